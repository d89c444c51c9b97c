// Trade figures: one row per flow, period and figure.
import { flowKey } from '../identity.js';
import { sameFigure } from '../recognise/money.js';
import type { TradeStatMention } from '../types.js';
import { addSources, bySource, docOrder } from './common.js';
import { tradeStatIds } from './ids.js';
import type { IdOf, ResolvedTradeStat, ResolverInput, SourceRow } from './types.js';

type Reports = Array<{ doc: ResolverInput; s: TradeStatMention }>;

// Two sources giving figures more than 1% apart (customs and census counting the same trade
// differently) are two rows.
function group(docs: ResolverInput[]): Reports[][] {
  const groups = new Map<string, Reports[]>();
  for (const doc of [...docs].sort(docOrder)) {
    for (const s of doc.extraction.tradeStats) {
      const flow = flowKey({ exporter: s.exporter, importer: s.importer, period: s.period });
      const clusters = groups.get(flow) ?? [];
      const cluster = clusters.find((c) => sameFigure(c[0]!.s.valueUsd, s.valueUsd));
      if (cluster) cluster.push({ doc, s });
      else clusters.push([{ doc, s }]);
      groups.set(flow, clusters);
    }
  }
  return [...groups.values()];
}

/** The rows of one flow and period. */
function mergeFlow(clusters: Reports[], idOf: IdOf): ResolvedTradeStat[] {
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
    const { base, figure } = tradeStatIds(s);
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
      negotiationId: null,
      sources: sources.sort(bySource),
    };
  });
}

export function resolveTradeStats(docs: ResolverInput[], idOf: IdOf): ResolvedTradeStat[] {
  return group(docs)
    .flatMap((clusters) => mergeFlow(clusters, idOf))
    .sort((a, b) => a.id.localeCompare(b.id));
}
