// Tariff measures: one row per measure, with every status any document reported.
import { byCount, measureKey, PRECISION_RANK, sameRate, type MeasureKey } from '../identity.js';
import { joinScope } from '../recognise/tariffs/index.js';
import type { TariffKind, TariffMention, TariffStatus } from '../types.js';
import { addSources, bySource, docOrder } from './common.js';
import { tariffId } from './ids.js';
import { supersedeAnnounced } from './supersede.js';
import type { IdOf, ResolvedTariff, ResolverInput, SourceRow } from './types.js';

type Reports = Array<{ doc: ResolverInput; t: TariffMention }>;
interface Group {
  key: MeasureKey;
  list: Reports;
}

const KIND_RANK = (k: TariffKind) => (k === 'general' ? 0 : 1);

/** The kind most mentions give; on a tie, a specific kind over 'general'. */
const mostSaid = (kinds: TariffKind[]): TariffKind => byCount(kinds, (a, b) => KIND_RANK(b) - KIND_RANK(a))[0]!.value;

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

function group(docs: ResolverInput[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const doc of [...docs].sort(docOrder)) {
    for (const t of doc.extraction.tariffs) {
      const key = { imposer: t.imposingCountry, target: t.targetCountry, rate: t.ratePercent, scope: t.scope };
      const g = groups.get(measureKey(key));
      if (g) g.list.push({ doc, t });
      else groups.set(measureKey(key), { key, list: [{ doc, t }] });
    }
  }
  return groups;
}

// A rate told plainly ("a 25% tariff") joins the measure of that rate other reports tell in more
// detail ("the 25% tariff on cars"), as within one document.
function joinPlain(groups: Map<string, Group>): Group[] {
  for (const [k, g] of [...groups]) {
    if (g.key.scope !== 'plain') continue;
    const others = [...groups].filter(([o, x]) => o !== k && sameRate(x.key, g.key));
    const into = joinScope(
      others.map(([o, x]) => [o, x.key.scope]),
      'plain',
    );
    if (!into) continue;
    groups.get(into)!.list.push(...g.list);
    groups.delete(k);
  }
  return [...groups.values()];
}

/** Every status reported, ordered by when it began (an entry's own date, else its report's date). */
function historyOf(list: Reports): ResolvedTariff['history'] {
  return (
    list
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
      .map(({ order, ...h }) => h)
  );
}

function merge({ key, list }: Group, idOf: IdOf): ResolvedTariff {
  const first = list[0]!.t;
  const scope = key.scope === 'sectoral' || key.scope === 'additional' ? key.scope : undefined;
  // The status is the one that began last.
  const history = historyOf(list);
  const dated = [...list].sort((a, b) => PRECISION_RANK[b.t.datePrecision] - PRECISION_RANK[a.t.datePrecision])[0]!;
  const announcer = list.map((x) => idOf(x.doc.id, x.t.announcedByKey)).find(Boolean) ?? null;
  const sources: SourceRow[] = [];
  for (const { doc, t } of list) addSources(sources, doc.id, t.spans);
  return {
    id: tariffId(first, scope),
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
    negotiationId: null,
    history,
    sources: sources.sort(bySource),
  };
}

export function resolveTariffs(docs: ResolverInput[], idOf: IdOf): ResolvedTariff[] {
  const resolved = joinPlain(group(docs)).map((g) => merge(g, idOf));
  return supersedeAnnounced(resolved).sort((a, b) => a.id.localeCompare(b.id));
}
