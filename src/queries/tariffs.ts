// Tariff measures, and which of them stand on a given day.
import { aliasedTable, and, asc, count, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type { Tariff, TariffListQuery, TariffRate, TariffRateQuery } from '../contracts/tariffs.js';
import type { Db } from '../db/client.js';
import { actors, tariffMeasures, tariffSources } from '../db/schema.js';
import { after, countryIs, minConfidence, sourcesBySubject, toPage } from './shared.js';

const t = tariffMeasures;
const announcer = aliasedTable(actors, 'announcer');

/** Chronological by announcement (effective date when only that is known); undated last. */
const announcedKey = sql<string>`coalesce(${t.announcedDate}, ${t.effectiveDate}, '9999')`;
const tariffOrder = [announcedKey, t.id] as const;
/** When a measure starts to apply: its effective date, else its announcement. */
const startsKey = sql<string | null>`coalesce(${t.effectiveDate}, ${t.announcedDate})`;

const selection = {
  row: t,
  announcerName: announcer.name,
  sortKey: announcedKey,
};
type Selected = { row: typeof t.$inferSelect; announcerName: string | null; sortKey: string };

function select(db: Db) {
  return db.select(selection).from(t).leftJoin(announcer, eq(announcer.id, t.announcedBy));
}

function hydrate(db: Db, rows: Selected[], documentId?: string): Tariff[] {
  const sourcesOf = sourcesBySubject(db, tariffSources, rows.map((r) => r.row.id), documentId);
  return rows.map(({ row: r, announcerName }) => ({
    id: r.id,
    imposingCountry: r.imposingCountry,
    targetCountry: r.targetCountry,
    ratePercent: r.ratePercent,
    kind: r.kind,
    status: r.status,
    announcedDate: r.announcedDate,
    datePrecision: r.datePrecision,
    effectiveDate: r.effectiveDate,
    announcedBy: r.announcedBy !== null && announcerName !== null ? { id: r.announcedBy, name: announcerName } : null,
    conditions: r.conditions,
    confidence: r.confidence,
    sources: sourcesOf.get(r.id) ?? [],
  }));
}

export function listTariffs(db: Db, q: TariffListQuery): Page<Tariff> {
  const where = and(
    countryIs(t.imposingCountry, q.imposer),
    countryIs(t.targetCountry, q.target),
    q.status === undefined ? undefined : eq(t.status, q.status),
    q.kind === undefined ? undefined : eq(t.kind, q.kind),
    minConfidence(t.confidence, q.minConfidence),
  );
  const total = db.select({ n: count() }).from(t).where(where).get()?.n ?? 0;
  const rows = select(db)
    .where(and(where, after(tariffOrder, q.cursor)))
    .orderBy(asc(announcedKey), asc(t.id))
    .limit(q.limit + 1)
    .all();
  return toPage(rows, q.limit, total, (r) => [r.sortKey, r.row.id], (page) => hydrate(db, page));
}

export function getTariff(db: Db, id: string): Tariff | undefined {
  const row = select(db).where(eq(t.id, id)).get();
  return row && hydrate(db, [row])[0];
}

/**
 * Measures standing on day `on`: not proposed or withdrawn, and started (effective date, else
 * announcement date, at the lower bound of its precision) on or before `on`. Most recent first.
 */
export function tariffRate(db: Db, q: TariffRateQuery): TariffRate {
  const rows = select(db)
    .where(
      and(
        countryIs(t.imposingCountry, q.imposer),
        countryIs(t.targetCountry, q.target),
        notInArray(t.status, ['proposed', 'withdrawn']),
        // A date is its own lower bound as a string: '2025-04' <= '2025-04-01'.
        sql`${startsKey} IS NOT NULL AND ${startsKey} <= ${q.on}`,
      ),
    )
    .orderBy(desc(startsKey), asc(t.id))
    .all();
  return { imposer: q.imposer, target: q.target, on: q.on, measures: hydrate(db, rows) };
}

/** Tariff measures citing a document, each with only that document's sources. */
export function tariffsCitingDocument(db: Db, documentId: string): Tariff[] {
  const cited = db.select({ id: tariffSources.subjectId }).from(tariffSources).where(eq(tariffSources.documentId, documentId));
  const rows = select(db).where(inArray(t.id, cited)).orderBy(asc(announcedKey), asc(t.id)).all();
  return hydrate(db, rows, documentId);
}
