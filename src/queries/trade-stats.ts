// Trade figures and the balance between two countries.
import { aliasedTable, and, asc, count, desc, eq, inArray, or } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type { TradeBalance, TradeBalanceQuery, TradeStat, TradeStatListQuery } from '../contracts/trade-stats.js';
import type { Db } from '../db/client.js';
import { actors, tradeStatSources, tradeStats } from '../db/schema.js';
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
  const sourcesOf = sourcesBySubject(db, tradeStatSources, rows.map((r) => r.row.id), documentId);
  return rows.map(({ row: r, organizationName }) => ({
    id: r.id,
    exporter: r.exporter,
    importer: r.importer,
    period: r.period,
    valueUsd: r.valueUsd,
    qualifier: r.qualifier,
    sourceOrganization:
      r.sourceOrganizationId !== null && organizationName !== null ? { id: r.sourceOrganizationId, name: organizationName } : null,
    confidence: r.confidence,
    sources: sourcesOf.get(r.id) ?? [],
  }));
}

export function listTradeStats(db: Db, q: TradeStatListQuery): Page<TradeStat> {
  const where = and(
    countryIs(s.exporter, q.exporter),
    countryIs(s.importer, q.importer),
    q.period === undefined ? undefined : eq(s.period, q.period),
    minConfidence(s.confidence, q.minConfidence),
  );
  const total = db.select({ n: count() }).from(s).where(where).get()?.n ?? 0;
  const rows = select(db)
    .where(and(where, after(statOrder, q.cursor)))
    .orderBy(...statOrder.map((c) => asc(c)))
    .limit(q.limit + 1)
    .all();
  return toPage(rows, q.limit, total, (r) => [r.row.period, r.row.exporter, r.row.importer, r.row.id], (page) =>
    hydrate(db, page),
  );
}

/**
 * Per period, goods from a to b and from b to a. When the sources give several figures for one
 * direction and period, the most confident one counts.
 */
export function tradeBalance(db: Db, q: TradeBalanceQuery): TradeBalance {
  const rows = db
    .select({ exporter: s.exporter, importer: s.importer, period: s.period, valueUsd: s.valueUsd })
    .from(s)
    .where(
      or(
        and(countryIs(s.exporter, q.a), countryIs(s.importer, q.b)),
        and(countryIs(s.exporter, q.b), countryIs(s.importer, q.a)),
      ),
    )
    .orderBy(asc(s.period), desc(s.confidence), asc(s.id))
    .all();
  const periods = new Map<string, { aToB: number | null; bToA: number | null }>();
  for (const r of rows) {
    const entry = periods.get(r.period) ?? { aToB: null, bToA: null };
    const aToB = r.exporter.toUpperCase() === q.a;
    if (aToB && entry.aToB === null) entry.aToB = r.valueUsd;
    if (!aToB && entry.bToA === null) entry.bToA = r.valueUsd;
    periods.set(r.period, entry);
  }
  const data = [...periods].map(([period, { aToB, bToA }]) => ({
    period,
    aToB,
    bToA,
    balance: aToB !== null && bToA !== null ? aToB - bToA : null,
  }));
  return { a: q.a, b: q.b, data };
}

/** Trade figures citing a document, each with only that document's sources. */
export function tradeStatsCitingDocument(db: Db, documentId: string): TradeStat[] {
  const cited = db
    .select({ id: tradeStatSources.subjectId })
    .from(tradeStatSources)
    .where(eq(tradeStatSources.documentId, documentId));
  const rows = select(db).where(inArray(s.id, cited)).orderBy(...statOrder.map((c) => asc(c))).all();
  return hydrate(db, rows, documentId);
}
