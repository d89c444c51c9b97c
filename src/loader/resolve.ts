// resolve: every document's extraction → the merged rows the API serves. One fact reported by
// several documents becomes one row citing all of them; ids are readable slugs computed from the
// merged facts alone, so the same documents give the same ids whatever order they were loaded in.
import { COUNTRIES } from './data/countries.js';
import { sameFigure } from './recognise/money.js';
import { joinScope } from './recognise/tariffs/index.js';
import { slugify, fold } from './text.js';
import type {
  ActorKind,
  ActorMention,
  DatePrecision,
  DocumentExtraction,
  EventMention,
  EventStatus,
  Span,
  TariffKind,
  TariffScope,
  TariffStatus,
  TariffMention,
  TradeStatMention,
} from './types.js';

export interface ResolverInput {
  id: string;
  publishedDate: string | null;
  extraction: DocumentExtraction;
}

export interface SourceRow extends Span {
  documentId: string;
}

/** Where a merged row was read: its document and passage. */
interface Cited {
  id: string;
  sources: SourceRow[];
}

// Merged rows keep their mentions' fields, with document-local actor keys replaced by global ids.
export type ResolvedActor = Omit<ActorMention, 'key' | 'spans'> & Cited;

export type ResolvedEvent = Omit<EventMention, 'countries' | 'identity' | 'participants' | 'spans'> &
  Cited & {
    participants: Array<{ actorId: string; role: string }>;
    /** What each document reported of its status, oldest report first. */
    history: Array<{ status: EventStatus; documentId: string; reportedOn: string | null }>;
  };

// (the scope tells measures of one rate apart in the id; a row's kind says what it is)
export type ResolvedTariff = Omit<TariffMention, 'announcedByKey' | 'history' | 'spans' | 'scope'> &
  Cited & {
    announcedBy: string | null;
    /** Every status reported, ordered by when it began (else when it was reported). */
    history: Array<TariffMention['history'][number] & { documentId: string; reportedOn: string | null }>;
  };

export type ResolvedTradeStat = Omit<TradeStatMention, 'sourceOrganizationKey' | 'spans'> &
  Cited & { sourceOrganizationId: string | null };

export interface Resolved {
  actors: ResolvedActor[];
  events: ResolvedEvent[];
  tariffs: ResolvedTariff[];
  tradeStats: ResolvedTradeStat[];
}

const PRECISION_RANK: Record<DatePrecision, number> = { unknown: 0, year: 1, month: 2, day: 3 };
const COUNTRY_PREFIX = new RegExp(
  `^(?:${COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives])
    .map((n) => fold(n))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+`,
);
/** A folded organization name without a leading country ("US Census Bureau" → "census bureau"). */
const withoutCountry = (name: string) => fold(name).replace(COUNTRY_PREFIX, '');
const nonAscii = (s: string) => [...s].filter((ch) => ch.charCodeAt(0) > 127).length;
const tokens = (s: string) => fold(s).split(' ').filter(Boolean);

function addSources(into: SourceRow[], documentId: string, spans: Span[]) {
  for (const s of spans) {
    if (!into.some((x) => x.documentId === documentId && x.start === s.start && x.end === s.end)) {
      into.push({ documentId, ...s });
    }
  }
}

const bySource = (a: SourceRow, b: SourceRow) =>
  a.documentId.localeCompare(b.documentId) || a.start - b.start || a.end - b.end;

/** Assigns `base`, or `base-2`, `base-3`… in the order of `keys`, so equal slugs stay apart. */
function uniqueIds<T>(items: T[], base: (t: T) => string, order: (t: T) => string): Map<T, string> {
  const sorted = [...items].sort((a, b) => order(a).localeCompare(order(b)));
  const used = new Map<string, number>();
  const out = new Map<T, string>();
  for (const item of sorted) {
    const b = base(item);
    const n = (used.get(b) ?? 0) + 1;
    used.set(b, n);
    out.set(item, n === 1 ? b : `${b}-${n}`);
  }
  return out;
}

// Later documents tell the current state: order mentions by publication, undated first.
const docOrder = (a: ResolverInput, b: ResolverInput) =>
  (a.publishedDate ?? '').localeCompare(b.publishedDate ?? '') || a.id.localeCompare(b.id);

// ---------- actors

interface ActorCluster {
  kind: ActorKind;
  names: Set<string>;
  titles: string[];
  countries: string[];
  confidence: number;
  sources: SourceRow[];
  members: Array<{ doc: string; key: string }>;
}

function resolveActors(docs: ResolverInput[]) {
  const clusters: ActorCluster[] = [];
  const byMember = new Map<string, ActorCluster>();
  const member = (doc: string, key: string) => `${doc}\u0000${key}`;
  const mentions = docs.flatMap((d) => d.extraction.actors.map((a) => ({ doc: d.id, a })));

  const join = (c: ActorCluster, doc: string, a: DocumentExtraction['actors'][number]) => {
    c.names.add(a.name);
    for (const n of a.aliases) c.names.add(n);
    if (a.title) c.titles.push(a.title);
    if (a.country) c.countries.push(a.country);
    c.confidence = Math.max(c.confidence, a.confidence);
    addSources(c.sources, doc, a.spans);
    c.members.push({ doc, key: a.key });
    byMember.set(member(doc, a.key), c);
  };
  const create = (doc: string, a: DocumentExtraction['actors'][number]) => {
    const c: ActorCluster = {
      kind: a.kind,
      names: new Set(),
      titles: [],
      countries: [],
      confidence: 0,
      sources: [],
      members: [],
    };
    clusters.push(c);
    join(c, doc, a);
  };

  // Countries by code; organizations by folded name or acronym; people by folded full name, then
  // partial names ("Greer", "Jamieson Greer") join the one longer name they fit.
  const countryClusters = new Map<string, ActorCluster>();
  const named = new Map<string, ActorCluster>();
  const partial: typeof mentions = [];
  const ordered = [...mentions].sort(
    (x, y) =>
      tokens(y.a.name).length - tokens(x.a.name).length || x.doc.localeCompare(y.doc) || x.a.key.localeCompare(y.a.key),
  );
  for (const { doc, a } of ordered) {
    if (a.key.startsWith('country:')) {
      const code = a.key.slice('country:'.length);
      const c = countryClusters.get(code);
      if (c) join(c, doc, a);
      else {
        create(doc, a);
        countryClusters.set(code, clusters.at(-1)!);
      }
      continue;
    }
    // Organizations of the same name in different countries ("Ministry of Commerce") stay apart.
    const k =
      a.kind === 'organization' && a.country ? `${a.kind}:${a.country}:${fold(a.name)}` : `${a.kind}:${fold(a.name)}`;
    const byName = named.get(k) ?? (a.kind === 'organization' ? findByAlias(a) : undefined);
    if (byName) {
      join(byName, doc, a);
      continue;
    }
    if (a.kind === 'person' && tokens(a.name).length === 1) {
      partial.push({ doc, a });
      continue;
    }
    if (a.kind === 'person') {
      const fits = personFits(a);
      if (fits) {
        join(fits, doc, a);
        continue;
      }
    }
    create(doc, a);
    named.set(k, clusters.at(-1)!);
  }
  for (const { doc, a } of partial) {
    const fits = personFits(a);
    if (fits) join(fits, doc, a);
    else {
      const k = `person:${fold(a.name)}`;
      const c = named.get(k);
      if (c) join(c, doc, a);
      else {
        create(doc, a);
        named.set(k, clusters.at(-1)!);
      }
    }
  }

  /** The one organization sharing a name or acronym, with no country conflict. */
  function findByAlias(a: DocumentExtraction['actors'][number]) {
    // "Census Bureau" is "US Census Bureau" without its country.
    const names = new Set([a.name, ...a.aliases].flatMap((n) => [fold(n), withoutCountry(n)]));
    const fits = clusters.filter(
      (c) =>
        c.kind === 'organization' &&
        (!a.country || !c.countries.length || c.countries.includes(a.country)) &&
        [...c.names].some((n) => names.has(fold(n)) || names.has(withoutCountry(n))),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** The one person whose name contains this one (same last word), with no country conflict. */
  function personFits(a: DocumentExtraction['actors'][number]): ActorCluster | undefined {
    const t = tokens(a.name);
    const candidates = clusters.filter((c) => {
      if (c.kind !== 'person') return false;
      if (a.country && c.countries.length && !c.countries.includes(a.country)) return false;
      return [...c.names].some((n) => {
        const ct = tokens(n);
        if (ct.length <= t.length) return false;
        return t.length === 1
          ? ct[0] === t[0] || ct[ct.length - 1] === t[0]
          : t.every((x) => ct.includes(x)) && ct[ct.length - 1] === t[t.length - 1];
      });
    });
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  const canonical = (c: ActorCluster): string => {
    if (c.kind === 'country') {
      const first = docs.flatMap((d) => d.extraction.actors).find((a) => c.members.some((m) => m.key === a.key));
      return first?.name ?? [...c.names][0]!;
    }
    return (
      [...c.names]
        .filter(
          (n) =>
            !/^(?:Minister|President|Ambassador|Representative|Secretary|Chairman|Governor|Senator|Premier|Chancellor)\s/.test(
              n,
            ),
        )
        .sort(
          (x, y) =>
            tokens(y).length - tokens(x).length ||
            nonAscii(y) - nonAscii(x) ||
            y.length - x.length ||
            x.localeCompare(y),
        )[0] ?? [...c.names][0]!
    );
  };
  const mostCommon = (xs: string[]) => {
    const counts = new Map<string, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  };

  const names = new Map(clusters.map((c) => [c, canonical(c)]));
  const ids = uniqueIds(
    clusters,
    (c) => slugify(names.get(c)!) || c.kind,
    (c) => `${c.kind}:${fold(names.get(c)!)}`,
  );
  const actors: ResolvedActor[] = clusters.map((c) => {
    const name = names.get(c)!;
    return {
      id: ids.get(c)!,
      name,
      kind: c.kind,
      country: c.kind === 'country' ? (c.countries[0] ?? null) : mostCommon(c.countries),
      title: c.titles.sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null,
      aliases: [...c.names].filter((n) => n !== name).sort(),
      confidence: c.confidence,
      sources: c.sources.sort(bySource),
    };
  });
  const idOf = (doc: string, key: string | null): string | null => {
    if (!key) return null;
    const c = byMember.get(member(doc, key));
    return c ? ids.get(c)! : null;
  };
  return { actors: actors.sort((a, b) => a.id.localeCompare(b.id)), idOf };
}

// ---------- events

function eventKey(e: EventMention, people: string[]): string {
  const sides = e.countries.join('-');
  if (e.identity) return `${sides}|${e.identity}`;
  if (e.datePrecision === 'day' && e.startDate) return `${sides}|${e.type}|${e.startDate}`;
  return `${sides}|${e.type}|${e.startDate ?? 'undated'}|${people.join(',')}`;
}

const SPECIFIC_ROLE = (r: string) => r !== 'participant' && r !== 'party';

function resolveEvents(
  docs: ResolverInput[],
  idOf: (doc: string, key: string | null) => string | null,
  actorById: Map<string, ResolvedActor>,
) {
  const groups = new Map<string, Array<{ doc: ResolverInput; e: EventMention }>>();
  for (const doc of [...docs].sort(docOrder)) {
    for (const e of doc.extraction.events) {
      const people = e.participants
        .filter((p) => p.actorKey.startsWith('person:'))
        .map((p) => idOf(doc.id, p.actorKey))
        .filter((x): x is string => Boolean(x))
        .sort();
      const key = eventKey(e, people);
      groups.set(key, [...(groups.get(key) ?? []), { doc, e }]);
    }
  }
  // "early July" in one report and "July 2" in another: a month-precise event joins the one
  // day-precise event of the same kind, sides and month.
  for (const [key, list] of [...groups]) {
    const e = list[0]!.e;
    if (e.identity || e.datePrecision !== 'month' || !e.startDate) continue;
    // Not within one report: it told them apart ("met Lutnick twice last week … will hold talks
    // with Rubio on Thursday").
    const docs = new Set(list.map((x) => x.doc.id));
    const days = [...groups].filter(([k, l]) => {
      const d = l[0]!.e;
      return (
        k !== key &&
        !d.identity &&
        d.datePrecision === 'day' &&
        d.startDate?.startsWith(e.startDate!) &&
        d.type === e.type &&
        d.countries.join('-') === e.countries.join('-') &&
        !l.some((x) => docs.has(x.doc.id))
      );
    });
    if (days.length !== 1) continue;
    days[0]![1].push(...list);
    days[0]![1].sort((a, b) => docOrder(a.doc, b.doc));
    groups.delete(key);
  }
  const merged = [...groups].map(([key, list]) => {
    // The most precise date wins; among equals a span ("July 28-30" over "concluded on Wednesday"),
    // then the latest report.
    const best = [...list].sort(
      (a, b) =>
        PRECISION_RANK[b.e.datePrecision] - PRECISION_RANK[a.e.datePrecision] ||
        Number(Boolean(b.e.endDate)) - Number(Boolean(a.e.endDate)) ||
        docOrder(b.doc, a.doc),
    )[0]!;
    const latest = list[list.length - 1]!;
    const participants: ResolvedEvent['participants'] = [];
    const sources: SourceRow[] = [];
    for (const { doc, e } of list) {
      addSources(sources, doc.id, e.spans);
      for (const p of e.participants) {
        const actorId = idOf(doc.id, p.actorKey);
        if (!actorId) continue;
        const existing = participants.find((x) => x.actorId === actorId);
        if (!existing) participants.push({ actorId, role: p.role });
        else if (!SPECIFIC_ROLE(existing.role) && SPECIFIC_ROLE(p.role)) existing.role = p.role;
      }
    }
    const e = best.e;
    return {
      key,
      identity: e.identity,
      row: {
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
        participants: participants.sort((a, b) => a.actorId.localeCompare(b.actorId)),
        history: list.map((x) => ({ status: x.e.status, documentId: x.doc.id, reportedOn: x.doc.publishedDate })),
        sources: sources.sort(bySource),
      } satisfies ResolvedEvent,
    };
  });
  const shortName = (actorId: string) => {
    const a = actorById.get(actorId);
    if (!a) return actorId;
    if (a.kind === 'person') return slugify(a.name.split(/\s+/).pop()!);
    return a.kind === 'country' && a.country ? a.country.toLowerCase() : a.id;
  };
  const baseId = (m: (typeof merged)[number]) => {
    const { row } = m;
    const type = row.type.replace(/_/g, '-');
    const date = row.startDate ?? 'undated';
    if (row.round != null) return `${date}-${type}-${row.round}`;
    const tariff = /^tariff:(\w+)>(\w+):([^:]+)/.exec(m.identity ?? '');
    if (tariff)
      return `${date}-${type}-${tariff
        .slice(1)
        .map((x) => slugify(x))
        .join('-')}`;
    const people = row.participants
      .filter((p) => actorById.get(p.actorId)?.kind === 'person')
      .map((p) => shortName(p.actorId));
    const sides = row.participants
      .filter((p) => actorById.get(p.actorId)?.kind === 'country')
      .map((p) => shortName(p.actorId));
    const who = (people.length ? people : sides).slice(0, 3).join('-');
    return [date, type, who].filter(Boolean).join('-');
  };
  const ids = uniqueIds(merged, baseId, (m) => m.key);
  return merged.map((m) => ({ ...m.row, id: ids.get(m)! })).sort((a, b) => a.id.localeCompare(b.id));
}

// ---------- tariffs and trade figures

const KIND_RANK = (k: TariffKind) => (k === 'general' ? 0 : 1);

/** The kind most mentions give; on a tie, a specific kind over 'general'. */
function mostSaid(kinds: TariffKind[]): TariffKind {
  const counts = new Map<TariffKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || KIND_RANK(b[0]) - KIND_RANK(a[0]))[0]![0];
}

/**
 * The state a measure is in: the last in its history, except that an undated "announced" is a
 * later report restating it, and a replaced or withdrawn rate stays so whatever older news a later
 * article recalls ("before the pause expired on July 9").
 */
function statusOf(history: ResolvedTariff['history']): TariffStatus | undefined {
  const ended = history.filter((h) => h.status === 'superseded' || h.status === 'withdrawn').at(-1);
  if (ended) return ended.status;
  return history.filter((h) => h.status !== 'announced' || h.date).at(-1)?.status ?? history.at(-1)?.status;
}

// When a status began. A change known at no time at all (an undated report's "was put on hold")
// follows every announcement; an announcement or offer known at no time precedes everything.
const whenOf = (h: { date: string | null; reportedOn: string | null; status: TariffStatus }) =>
  h.date ?? h.reportedOn ?? (h.status === 'announced' || h.status === 'proposed' ? '' : '9999');

function resolveTariffs(
  docs: ResolverInput[],
  idOf: (doc: string, key: string | null) => string | null,
): ResolvedTariff[] {
  const groups = new Map<string, Array<{ doc: ResolverInput; t: DocumentExtraction['tariffs'][number] }>>();
  for (const doc of [...docs].sort(docOrder)) {
    for (const t of doc.extraction.tariffs) {
      const key = `${t.imposingCountry}|${t.targetCountry}|${t.ratePercent}|${t.scope}`;
      groups.set(key, [...(groups.get(key) ?? []), { doc, t }]);
    }
  }
  // A rate told plainly ("a 25% tariff") joins the measure of that rate other reports tell in more
  // detail ("the 25% tariff on cars"), as within one document.
  for (const [key, list] of [...groups]) {
    if (!key.endsWith('|plain')) continue;
    const sides = key.slice(0, -'plain'.length);
    const others = [...groups.keys()].filter((k) => k !== key && k.startsWith(sides));
    const into = joinScope(
      others.map((k) => [k, k.slice(sides.length) as TariffScope]),
      'plain',
    );
    if (!into) continue;
    groups.set(into, [...groups.get(into)!, ...list]);
    groups.delete(key);
  }
  const resolved = [...groups].map(([key, list]): ResolvedTariff => {
    const first = list[0]!.t;
    const scope = key.endsWith('|sectoral') ? 'sectoral' : key.endsWith('|additional') ? 'additional' : undefined;
    // The status is the one that began last: an entry's own date, else its report's date.
    const history = list
      .flatMap(({ doc, t }, docIndex) =>
        t.history.map((h, i) => ({
          ...h,
          documentId: doc.id,
          reportedOn: doc.publishedDate,
          order: docIndex * 1000 + i,
        })),
      )
      // (a month and a day in it do not tell which came first: "in force since March" told in August
      // and "announced on March 4" told in March are ordered by report)
      .sort((a, b) => {
        const [x, y] = [whenOf(a), whenOf(b)];
        const vague = a.status !== b.status && x !== y && x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
        return (
          (vague ? (a.reportedOn ?? '').localeCompare(b.reportedOn ?? '') : x.localeCompare(y)) || a.order - b.order
        );
      })
      .map(({ order, ...h }) => h);
    const dated = [...list].sort((a, b) => PRECISION_RANK[b.t.datePrecision] - PRECISION_RANK[a.t.datePrecision])[0]!;
    const announcer = list.map((x) => idOf(x.doc.id, x.t.announcedByKey)).find(Boolean) ?? null;
    const sources: SourceRow[] = [];
    for (const { doc, t } of list) addSources(sources, doc.id, t.spans);
    return {
      id: `${first.imposingCountry}-${first.targetCountry}-${slugify(String(first.ratePercent))}-percent${scope ? `-${scope}` : ''}`.toLowerCase(),
      imposingCountry: first.imposingCountry,
      targetCountry: first.targetCountry,
      ratePercent: first.ratePercent,
      kind: mostSaid(list.map((x) => x.t.kind)),
      status: statusOf(history) ?? list[list.length - 1]!.t.status,
      announcedDate: dated.t.announcedDate,
      datePrecision: dated.t.datePrecision,
      effectiveDate: list.map((x) => x.t.effectiveDate).find(Boolean) ?? null,
      announcedBy: announcer,
      conditions: list.map((x) => x.t.conditions).find(Boolean) ?? null,
      confidence: Math.max(...list.map((x) => x.t.confidence)),
      history,
      sources: sources.sort(bySource),
    };
  });
  return supersedeAnnounced(resolved).sort((a, b) => a.id.localeCompare(b.id));
}

// Rates one country applies across the board to another: a later one replaces an earlier one.
// Sectoral rates, offers and retaliation stand beside the others.
const HEADLINE_KINDS: ReadonlySet<TariffKind> = new Set(['general', 'reciprocal', 'baseline', 'negotiated']);

// "an additional 40%, raising the total to 50%": rates told together as parts of a sum stand together.
const STACKING = /\b(?:additional|on\s+top\s+of|in\s+addition|total|combined|stack\w*)\b/i;
/** The passages that cite both rates. */
const sharedPassages = (a: ResolvedTariff, b: ResolvedTariff) =>
  a.sources.filter((s) => b.sources.some((x) => x.documentId === s.documentId && x.start === s.start));
const told = (a: ResolvedTariff, b: ResolvedTariff) => sharedPassages(a, b).length > 0;
const stacked = (a: ResolvedTariff, b: ResolvedTariff) => sharedPassages(a, b).some((s) => STACKING.test(s.quote));

/** A rate announced (or paused) and never reported as applied or dropped, for which a later rate of the
 * same side on the same country was announced or applied: replaced ("the 46% announced in April"
 * once the 20% is in force). Recorded in its history, dated when the replacement is. */
function supersedeAnnounced(tariffs: ResolvedTariff[]): ResolvedTariff[] {
  const dateOf = (t: ResolvedTariff) => t.announcedDate ?? t.history.find((h) => h.date)?.date ?? null;
  // The replacement's latest date, or failing any, the day it was reported, unless the two rates
  // are told in one passage ("a 20% rate, with 40% for transshipped goods"): then only a date counts.
  const latestOf = (t: ResolvedTariff, together: boolean) =>
    // (a date it was only due to take effect says nothing of when it was decided)
    [t.announcedDate, ...t.history.map((h) => h.date)]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ??
    // (only for a rate newly announced: one in force "since April" may be the older of the two)
    (together || t.status !== 'announced'
      ? null
      : t.history
          .map((h) => h.reportedOn)
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1)) ??
    null;
  // Dates of different precision compare only when neither is a prefix of the other.
  const later = (a: string, b: string) => !a.startsWith(b) && !b.startsWith(a) && a > b;
  for (const t of tariffs) {
    // (a baseline in force gives way to a country's own rate once that is in force: "the 10% baseline
    // applied from April 5 … the 20% rate took effect on August 7")
    const baselineInForce = t.status === 'in_effect' && t.kind === 'baseline';
    const since = baselineInForce
      ? (t.history.find((h) => h.status === 'in_effect' && h.date)?.date ?? null)
      : dateOf(t);
    if (
      (t.status !== 'announced' && t.status !== 'paused' && !baselineInForce) ||
      !since ||
      !HEADLINE_KINDS.has(t.kind)
    )
      continue;
    const replacement = tariffs
      .filter(
        (o) =>
          o !== t &&
          o.imposingCountry === t.imposingCountry &&
          o.targetCountry === t.targetCountry &&
          HEADLINE_KINDS.has(o.kind),
      )
      .filter(
        (o) =>
          (baselineInForce
            ? o.status === 'in_effect' && o.kind !== 'baseline'
            : o.status === 'announced' || o.status === 'in_effect') &&
          o.ratePercent > 0 &&
          !stacked(t, o),
      )
      // A paused rate is replaced only by one with a date of its own: the baseline charged
      // meanwhile does not replace it.
      .map((o) => ({ o, date: latestOf(o, t.status === 'paused' || told(t, o)) }))
      .filter((x): x is { o: ResolvedTariff; date: string } => x.date !== null && later(x.date, since))
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!replacement) continue;
    const report = replacement.o.history.at(-1);
    t.status = 'superseded';
    t.history.push({
      status: 'superseded',
      date: replacement.date,
      datePrecision: replacement.date.length === 10 ? 'day' : replacement.date.length === 7 ? 'month' : 'year',
      documentId: report?.documentId ?? replacement.o.sources[0]!.documentId,
      reportedOn: report?.reportedOn ?? null,
    });
  }
  return tariffs;
}

function resolveTradeStats(
  docs: ResolverInput[],
  idOf: (doc: string, key: string | null) => string | null,
): ResolvedTradeStat[] {
  // One row per flow, period and figure: two sources giving figures more than 1% apart (customs
  // and census counting the same trade differently) are two rows.
  const groups = new Map<string, Array<Array<{ doc: ResolverInput; s: DocumentExtraction['tradeStats'][number] }>>>();
  for (const doc of [...docs].sort(docOrder)) {
    for (const s of doc.extraction.tradeStats) {
      const flow = `${s.exporter}|${s.importer}|${s.period}`;
      const clusters = groups.get(flow) ?? [];
      const cluster = clusters.find((c) => sameFigure(c[0]!.s.valueUsd, s.valueUsd));
      if (cluster) cluster.push({ doc, s });
      else clusters.push([{ doc, s }]);
      groups.set(flow, clusters);
    }
  }
  return [...groups.values()]
    .flatMap((clusters) => {
      // The figure most sources give keeps the plain id; the others are told apart by their source.
      const ranked = [...clusters].sort((a, b) => b.length - a.length || a[0]!.s.valueUsd - b[0]!.s.valueUsd);
      const sourceIds = ranked.map((list) => new Set(list.map((x) => idOf(x.doc.id, x.s.sourceOrganizationKey))));
      return ranked.map((list, rank) => {
        // The latest exact figure, over an "about" given later.
        const latest = list.filter((x) => x.s.qualifier === 'exact').at(-1) ?? list[list.length - 1]!;
        const sources: SourceRow[] = [];
        for (const { doc, s } of list) addSources(sources, doc.id, s.spans);
        const s = latest.s;
        const sourceOrganizationId = list.map((x) => idOf(x.doc.id, x.s.sourceOrganizationKey)).find(Boolean) ?? null;
        const base = `${s.exporter}-to-${s.importer}-${slugify(s.period)}`.toLowerCase();
        const figure = `usd-${slugify(String(s.valueUsd / 1e9))}bn`;
        // By source when that tells the rows apart, else by figure (which always does: clusters differ).
        const bySourceFree = !sourceIds.some((ids, j) => j > 0 && j !== rank && ids.has(sourceOrganizationId));
        const suffix = sourceOrganizationId && bySourceFree ? sourceOrganizationId : figure;
        return {
          id: rank === 0 ? base : `${base}-${suffix}`,
          exporter: s.exporter,
          importer: s.importer,
          period: s.period,
          valueUsd: s.valueUsd,
          qualifier: s.qualifier,
          sourceOrganizationId,
          confidence: Math.max(...list.map((x) => x.s.confidence)),
          sources: sources.sort(bySource),
        };
      });
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function resolve(docs: ResolverInput[]): Resolved {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const { actors, idOf } = resolveActors(sorted);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  return {
    actors,
    events: resolveEvents(sorted, idOf, actorById),
    tariffs: resolveTariffs(sorted, idOf),
    tradeStats: resolveTradeStats(sorted, idOf),
  };
}
