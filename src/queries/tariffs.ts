// Tariff measures, and which of them stand on a given day.
import { aliasedTable, and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type { Tariff, TariffDetail, TariffListQuery, TariffRate, TariffRateQuery } from '../contracts/tariffs.js';
import type { Db } from '../db/client.js';
import { actors, tariffMeasures, tariffSources, tariffStatusHistory } from '../db/schema.js';
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

type History = TariffDetail['history'];

function historyOf(db: Db, ids: readonly string[]): Map<string, History> {
  const h = tariffStatusHistory;
  const out = new Map<string, History>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = db
    .select({ tariffId: h.tariffId, status: h.status, date: h.date, datePrecision: h.datePrecision, documentId: h.documentId, reportedOn: h.reportedOn })
    .from(h)
    .where(inArray(h.tariffId, [...ids]))
    .orderBy(asc(h.tariffId), asc(h.seq))
    .all();
  for (const { tariffId, ...entry } of rows) out.get(tariffId)!.push(entry);
  return out;
}

export function getTariff(db: Db, id: string): TariffDetail | undefined {
  const row = select(db).where(eq(t.id, id)).get();
  return row && { ...hydrate(db, [row])[0]!, history: historyOf(db, [id]).get(id)! };
}

const STANDING = new Set(['announced', 'in_effect', 'paused'] as const);
type Standing = TariffRate['measures'][number]['statusOn'];

/**
 * The status a measure had on day `on`: the last status in its history that began on or before
 * that day (a status's date, else its report's date, at the lower bound of its precision).
 * Null when nothing had begun yet or the history has no dates at all.
 */
function statusOn(history: History, on: string): TariffDetail['status'] | null {
  let current: TariffDetail['status'] | null = null;
  for (const h of history) {
    const began = h.date ?? h.reportedOn;
    // A date is its own lower bound as a string: '2025-04' <= '2025-04-01'.
    if (began !== null && began <= on) current = h.status;
  }
  return current;
}

/** Measures standing on day `on` (announced, in effect or paused then), most recently started first. */
export function tariffRate(db: Db, q: TariffRateQuery): TariffRate {
  const rows = select(db)
    .where(and(countryIs(t.imposingCountry, q.imposer), countryIs(t.targetCountry, q.target)))
    .orderBy(desc(startsKey), asc(t.id))
    .all();
  const histories = historyOf(db, rows.map((r) => r.row.id));
  const measures = hydrate(db, rows).flatMap((m) => {
    const status = statusOn(histories.get(m.id)!, q.on);
    return status !== null && STANDING.has(status as Standing) ? [{ ...m, statusOn: status as Standing }] : [];
  });
  return { imposer: q.imposer, target: q.target, on: q.on, measures };
}

/** Tariff measures citing a document, each with only that document's sources. */
export function tariffsCitingDocument(db: Db, documentId: string): Tariff[] {
  const cited = db.select({ id: tariffSources.subjectId }).from(tariffSources).where(eq(tariffSources.documentId, documentId));
  const rows = select(db).where(inArray(t.id, cited)).orderBy(asc(announcedKey), asc(t.id)).all();
  return hydrate(db, rows, documentId);
}
