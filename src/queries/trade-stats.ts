// Trade figures and the balance between two countries.
import { aliasedTable, and, asc, count, desc, eq, inArray, or } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type {
  TradeBalance,
  TradeBalanceQuery,
  TradeBalanceRow,
  TradeStat,
  TradeStatListQuery,
} from '../contracts/trade-stats.js';
import type { Db } from '../db/client.js';
import { actors, tradeStatSources, tradeStats } from '../db/schema.js';
import { negotiationRefs } from './negotiations.js';
import { after, countryIs, minConfidence, sourcesBySubject, toPage } from './shared.js';

const s = tradeStats;
const organization = aliasedTable(actors, 'organization');
const statOrder = [s.period, s.exporter, s.importer, s.id] as const;

type Selected = { row: typeof s.$inferSelect; organizationName: string | null };

function select(db: Db) {
  return db
    .select({ row: s, organizationName: organization.name })
    .from(s)
    .leftJoin(organization, eq(organization.id, s.sourceOrganizationId));
}

function hydrate(db: Db, rows: Selected[], documentId?: string): TradeStat[] {
  const sourcesOf = sourcesBySubject(
    db,
    tradeStatSources,
    rows.map((r) => r.row.id),
    documentId,
  );
  const refs = negotiationRefs(
    db,
    rows.map((r) => r.row.negotiationId),
  );
  return rows.map(({ row: r, organizationName }) => ({
    id: r.id,
    exporter: r.exporter,
    importer: r.importer,
    negotiation: (r.negotiationId && refs.get(r.negotiationId)) || null,
    period: r.period,
    valueUsd: r.valueUsd,
    qualifier: r.qualifier,
    sourceOrganization:
      r.sourceOrganizationId !== null && organizationName !== null
        ? { id: r.sourceOrganizationId, name: organizationName }
        : null,
    confidence: r.confidence,
    sources: sourcesOf.get(r.id) ?? [],
  }));
}

export function listTradeStats(db: Db, q: TradeStatListQuery): Page<TradeStat> {
  const where = and(
    countryIs(s.exporter, q.exporter),
    countryIs(s.importer, q.importer),
    q.negotiation === undefined ? undefined : eq(s.negotiationId, q.negotiation),
    q.period === undefined ? undefined : eq(s.period, q.period),
    minConfidence(s.confidence, q.minConfidence),
  );
  const total = db.select({ n: count() }).from(s).where(where).get()?.n ?? 0;
  const rows = select(db)
    .where(and(where, after(statOrder, q.cursor)))
    .orderBy(...statOrder.map((c) => asc(c)))
    .limit(q.limit + 1)
    .all();
  return toPage(
    rows,
    q.limit,
    total,
    (r) => [r.row.period, r.row.exporter, r.row.importer, r.row.id],
    (page) => hydrate(db, page),
  );
}

type Qualifier = TradeStat['qualifier'];
type BalanceQualifier = NonNullable<TradeBalanceRow['balanceQualifier']>;

/** Which way the true value may lie from a figure: above it (+1), below it (−1), on it (0). */
const lean = { exact: 0, more_than: 1, less_than: -1 } as const;

/** What the difference a − b of two qualified figures can claim (TradeBalanceRow.balanceQualifier). */
export function differenceQualifier(a: Qualifier, b: Qualifier): BalanceQualifier {
  if (a === 'approximately' || b === 'approximately') return 'approximately';
  // b pulls the difference the other way from the way it leans.
  const ways = [lean[a], -lean[b]];
  if (ways.includes(1) && ways.includes(-1)) return 'unbounded';
  return ways.includes(1) ? 'more_than' : ways.includes(-1) ? 'less_than' : 'exact';
}

type Figure = Pick<typeof s.$inferSelect, 'id' | 'valueUsd' | 'qualifier'>;

/**
 * Per period, goods from a to b and from b to a, each with its qualifier and passages. When the
 * sources give several figures for one direction and period, the most confident one counts.
 */
export function tradeBalance(db: Db, q: TradeBalanceQuery): TradeBalance {
  const rows = db
    .select({ id: s.id, exporter: s.exporter, period: s.period, valueUsd: s.valueUsd, qualifier: s.qualifier })
    .from(s)
    .where(
      or(
        and(countryIs(s.exporter, q.a), countryIs(s.importer, q.b)),
        and(countryIs(s.exporter, q.b), countryIs(s.importer, q.a)),
      ),
    )
    .orderBy(asc(s.period), desc(s.confidence), asc(s.id))
    .all();
  const periods = new Map<string, { aToB?: Figure; bToA?: Figure }>();
  for (const { exporter, period, ...figure } of rows) {
    const entry = periods.get(period) ?? {};
    const side = exporter.toUpperCase() === q.a ? 'aToB' : 'bToA';
    entry[side] ??= figure;
    periods.set(period, entry);
  }
  const picked = [...periods.values()].flatMap((e) => [e.aToB?.id, e.bToA?.id]).filter((id) => id !== undefined);
  const sourcesOf = sourcesBySubject(db, tradeStatSources, picked);
  const passages = (f: Figure | undefined) => (f ? (sourcesOf.get(f.id) ?? []) : []);
  const data = [...periods].map(([period, { aToB, bToA }]): TradeBalanceRow => ({
    period,
    aToB: aToB?.valueUsd ?? null,
    aToBQualifier: aToB?.qualifier ?? null,
    bToA: bToA?.valueUsd ?? null,
    bToAQualifier: bToA?.qualifier ?? null,
    balance: aToB && bToA ? aToB.valueUsd - bToA.valueUsd : null,
    balanceQualifier: aToB && bToA ? differenceQualifier(aToB.qualifier, bToA.qualifier) : null,
    aToBSources: passages(aToB),
    bToASources: passages(bToA),
    aToBId: aToB?.id ?? null,
    bToAId: bToA?.id ?? null,
  }));
  return { a: q.a, b: q.b, data };
}

/** Trade figures citing a document, each with only that document's sources. */
export function tradeStatsCitingDocument(db: Db, documentId: string): TradeStat[] {
  const cited = db
    .select({ id: tradeStatSources.subjectId })
    .from(tradeStatSources)
    .where(eq(tradeStatSources.documentId, documentId));
  const rows = select(db)
    .where(inArray(s.id, cited))
    .orderBy(...statOrder.map((c) => asc(c)))
    .all();
  return hydrate(db, rows, documentId);
}
