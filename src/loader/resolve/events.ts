// Events: one row per meeting, round, call or act, however many documents report it.
import { eventKey, PRECISION_RANK, type EventKey } from '../identity.js';
import type { EventMention } from '../types.js';
import { addSources, bySource, docOrder } from './common.js';
import { eventBaseId, uniqueIds } from './ids.js';
import type { IdOf, ResolvedActor, ResolvedEvent, ResolverInput, SourceRow } from './types.js';

type Reports = Array<{ doc: ResolverInput; e: EventMention }>;
interface Group {
  key: EventKey;
  list: Reports;
}

const SPECIFIC_ROLE = (r: string) => r !== 'participant' && r !== 'party';

/** What tells the event apart: its identity, else its day, else its date and the people in it. */
function keyOf(e: EventMention, people: string[]): EventKey {
  const sides = e.countries;
  if (e.identity) return { sides, identity: e.identity };
  if (e.datePrecision === 'day' && e.startDate) return { sides, type: e.type, day: e.startDate };
  return { sides, type: e.type, date: e.startDate, people };
}

function group(docs: ResolverInput[], idOf: IdOf): Group[] {
  const groups = new Map<string, Group>();
  for (const doc of [...docs].sort(docOrder)) {
    const kinds = new Map(doc.extraction.actors.map((a) => [a.key, a.kind]));
    for (const e of doc.extraction.events) {
      const people = e.participants
        .filter((p) => kinds.get(p.actorKey) === 'person')
        .map((p) => idOf(doc.id, p.actorKey))
        .filter((x): x is string => Boolean(x))
        .sort();
      const key = keyOf(e, people);
      const g = groups.get(eventKey(key));
      if (g) g.list.push({ doc, e });
      else groups.set(eventKey(key), { key, list: [{ doc, e }] });
    }
  }
  return [...groups.values()];
}

// "early July" in one report and "July 2" in another: a month-precise event joins the one
// day-precise event of the same kind, sides and month.
function monthsIntoDays(groups: Group[]): Group[] {
  const kept = [...groups];
  for (const g of groups) {
    const e = g.list[0]!.e;
    if (e.identity || e.datePrecision !== 'month' || !e.startDate) continue;
    // Not within one report: it told them apart ("met Lutnick twice last week … will hold talks
    // with Rubio on Thursday").
    const docs = new Set(g.list.map((x) => x.doc.id));
    const days = kept.filter((o) => {
      const d = o.list[0]!.e;
      return (
        o !== g &&
        !d.identity &&
        d.datePrecision === 'day' &&
        d.startDate?.startsWith(e.startDate!) &&
        d.type === e.type &&
        d.countries.join('-') === e.countries.join('-') &&
        !o.list.some((x) => docs.has(x.doc.id))
      );
    });
    if (days.length !== 1) continue;
    days[0]!.list.push(...g.list);
    days[0]!.list.sort((a, b) => docOrder(a.doc, b.doc));
    kept.splice(kept.indexOf(g), 1);
  }
  return kept;
}

/** The participants of every report, each once, with the most specific role any report gives. */
function participantsOf(list: Reports, idOf: IdOf): ResolvedEvent['participants'] {
  const participants: ResolvedEvent['participants'] = [];
  for (const { doc, e } of list) {
    for (const p of e.participants) {
      const actorId = idOf(doc.id, p.actorKey);
      if (!actorId) continue;
      const existing = participants.find((x) => x.actorId === actorId);
      if (!existing) participants.push({ actorId, role: p.role });
      else if (!SPECIFIC_ROLE(existing.role) && SPECIFIC_ROLE(p.role)) existing.role = p.role;
    }
  }
  return participants.sort((a, b) => a.actorId.localeCompare(b.actorId));
}

// The most precise date wins; among equals a span ("July 28-30" over "concluded on Wednesday"),
// then the latest report.
const bestOf = (list: Reports) =>
  [...list].sort(
    (a, b) =>
      PRECISION_RANK[b.e.datePrecision] - PRECISION_RANK[a.e.datePrecision] ||
      Number(Boolean(b.e.endDate)) - Number(Boolean(a.e.endDate)) ||
      docOrder(b.doc, a.doc),
  )[0]!;

/** A report's pair: what it says, or for an extraction stored before negotiations, its two sides. */
const pairOfReport = (e: EventMention) =>
  e.negotiation !== undefined ? e.negotiation : e.countries.length === 2 ? e.countries : null;

/** The pair every report that ties the event to one agrees on; none when they disagree. */
function pairOf(list: Reports): string[] | null {
  const pairs = new Map(
    list.flatMap(({ e }) => (pairOfReport(e) ? [[pairOfReport(e)!.join('|'), pairOfReport(e)!]] : [])),
  );
  return pairs.size === 1 ? [...[...pairs.values()][0]!].sort() : null;
}

function merge(list: Reports, idOf: IdOf): ResolvedEvent {
  const best = bestOf(list);
  const latest = list[list.length - 1]!;
  const sources: SourceRow[] = [];
  for (const { doc, e } of list) addSources(sources, doc.id, e.spans);
  const e = best.e;
  return {
    id: '',
    type: e.type,
    title: e.title,
    summary: list[0]!.e.summary,
    startDate: e.startDate,
    endDate: e.endDate,
    datePrecision: e.datePrecision,
    status: latest.e.status === 'scheduled' && best.e.status === 'occurred' ? 'occurred' : latest.e.status,
    round: e.round,
    location: list.map((x) => x.e.location).find(Boolean) ?? null,
    format: list.map((x) => x.e.format).find(Boolean) ?? null,
    confidence: Math.max(...list.map((x) => x.e.confidence)),
    pair: pairOf(list),
    negotiationId: null,
    participants: participantsOf(list, idOf),
    history: list.map((x) => ({ status: x.e.status, documentId: x.doc.id, reportedOn: x.doc.publishedDate })),
    sources: sources.sort(bySource),
  };
}

export function resolveEvents(
  docs: ResolverInput[],
  idOf: IdOf,
  actorById: Map<string, ResolvedActor>,
): ResolvedEvent[] {
  const merged = monthsIntoDays(group(docs, idOf)).map((g) => {
    const row = merge(g.list, idOf);
    return { key: g.key, row, identity: bestOf(g.list).e.identity };
  });
  const ids = uniqueIds(
    merged,
    (m) => eventBaseId(m.row, m.identity, actorById),
    (m) => eventKey(m.key),
  );
  return merged.map((m) => ({ ...m.row, id: ids.get(m)! })).sort((a, b) => a.id.localeCompare(b.id));
}
