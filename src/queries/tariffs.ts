// Tariff measures, and which of them stand on a given day.
import { aliasedTable, and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type { Tariff, TariffDetail, TariffListQuery, TariffRate, TariffRateQuery } from '../contracts/tariffs.js';
import type { Db } from '../db/client.js';
import { actors, tariffMeasures, tariffSources, tariffStatusHistory } from '../db/schema.js';
import { negotiationRefs } from './negotiations.js';
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
  const sourcesOf = sourcesBySubject(
    db,
    tariffSources,
    rows.map((r) => r.row.id),
    documentId,
  );
  const refs = negotiationRefs(
    db,
    rows.map((r) => r.row.negotiationId),
  );
  return rows.map(({ row: r, announcerName }) => ({
    id: r.id,
    imposingCountry: r.imposingCountry,
    targetCountry: r.targetCountry,
    negotiation: (r.negotiationId && refs.get(r.negotiationId)) || null,
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
    q.negotiation === undefined ? undefined : eq(t.negotiationId, q.negotiation),
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
  return toPage(
    rows,
    q.limit,
    total,
    (r) => [r.sortKey, r.row.id],
    (page) => hydrate(db, page),
  );
}

type History = TariffDetail['history'];

function historyOf(db: Db, ids: readonly string[]): Map<string, History> {
  const h = tariffStatusHistory;
  const out = new Map<string, History>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = db
    .select({
      tariffId: h.tariffId,
      status: h.status,
      date: h.date,
      datePrecision: h.datePrecision,
      documentId: h.documentId,
      reportedOn: h.reportedOn,
    })
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
type Status = TariffDetail['status'];
type Reason = TariffRate['measures'][number]['reason'];

/** When a status began: its own date, else its report's; '' (before every day) never counts. */
const began = (h: History[number]) => h.date ?? h.reportedOn ?? '';
/** Began by `day`; a date is its own lower bound as a string: '2025-04' <= '2025-04-01'. */
const begunBy = (h: History[number], day: string) => began(h) !== '' && began(h) <= day;

/** The last status in the history that began on or before `on`; null when none had. */
function historyStatusOn(history: History, on: string): Status | null {
  let current: Status | null = null;
  for (const h of history) if (begunBy(h, on)) current = h.status;
  return current;
}

const STOPS = new Set<Status>(['paused', 'withdrawn', 'superseded']);

/**
 * The status a measure had on day `on`. Announced with an effective date that has come by then
 * ("takes effect on July 9"), it is in effect, unless a stop (paused, withdrawn, superseded) says
 * otherwise: one begun from that date to `on`, or an undated one reported after the announcement.
 * The text said when it would start, and nothing reported since stopped it.
 */
function statusOn(history: History, effectiveDate: string | null, on: string): Status | null {
  const current = historyStatusOn(history, on);
  if (effectiveDate === null || effectiveDate > on) return current;
  // Undated announcements never begin on their own; the effective date dates them.
  const announced = current === 'announced' || (current === null && history.some((h) => h.status === 'announced'));
  if (!announced) return current;
  const announcement = history.findLastIndex((h) => h.status === 'announced');
  const stopped = history.some(
    (h, i) => STOPS.has(h.status) && (began(h) === '' ? i > announcement : begunBy(h, on) && began(h) >= effectiveDate),
  );
  return stopped ? current : 'in_effect';
}

type Ranked = Tariff & { statusOn: Standing };
type Marked = Ranked & { applies: boolean; reason: Reason };

/** Sector and additional measures do not compete for the main rate: they cover a sector or come on top. */
const isRival = (m: Ranked) => m.kind !== 'sectoral' && m.kind !== 'additional';
/** Announced to take effect after `on`: not the rate of that day, whatever else stands. */
const comesLater = (m: Ranked, on: string) =>
  m.statusOn === 'announced' && m.effectiveDate !== null && m.effectiveDate > on;
/** In force beats announced; paused, or announced for later, never applies. */
const tier = (m: Ranked, on: string) =>
  m.statusOn === 'in_effect' ? 0 : m.statusOn === 'announced' && !comesLater(m, on) ? 1 : 2;

/**
 * Which standing measures apply on `on`. `measures` comes most recently started first, so the main
 * rate is the first rival of the best tier. In-force sector and additional measures apply beside it.
 */
function whichApplies(measures: Ranked[], on: string): { applies: string | null; measures: Marked[] } {
  const rivals = measures.filter((m) => isRival(m) && tier(m, on) < 2);
  const best = Math.min(...rivals.map((m) => tier(m, on)));
  const main = rivals.find((m) => tier(m, on) === best);
  const mark = (m: Ranked): Pick<Marked, 'applies' | 'reason'> => {
    if (m.statusOn === 'paused') return { applies: false, reason: 'paused' };
    if (comesLater(m, on)) return { applies: false, reason: 'takes_effect_later' };
    if (!isRival(m)) {
      if (m.statusOn !== 'in_effect') return { applies: false, reason: 'not_in_force' };
      return { applies: true, reason: m.kind === 'additional' ? 'on_top' : 'sector_only' };
    }
    if (m === main) return { applies: true, reason: m.statusOn === 'in_effect' ? 'in_force' : 'latest_announced' };
    return { applies: false, reason: tier(m, on) > best ? 'not_in_force' : 'replaced_by_later' };
  };
  return { applies: main?.id ?? null, measures: measures.map((m) => ({ ...m, ...mark(m) })) };
}

/** Measures standing on day `on` (announced, in effect or paused then), most recently started first, and which applies. */
export function tariffRate(db: Db, q: TariffRateQuery): TariffRate {
  const rows = select(db)
    .where(and(countryIs(t.imposingCountry, q.imposer), countryIs(t.targetCountry, q.target)))
    .orderBy(desc(startsKey), asc(t.id))
    .all();
  const histories = historyOf(
    db,
    rows.map((r) => r.row.id),
  );
  const standing = hydrate(db, rows).flatMap((m) => {
    const status = statusOn(histories.get(m.id)!, m.effectiveDate, q.on);
    return status !== null && STANDING.has(status as Standing) ? [{ ...m, statusOn: status as Standing }] : [];
  });
  return { imposer: q.imposer, target: q.target, on: q.on, ...whichApplies(standing, q.on) };
}

/** Tariff measures citing a document, each with only that document's sources. */
export function tariffsCitingDocument(db: Db, documentId: string): Tariff[] {
  const cited = db
    .select({ id: tariffSources.subjectId })
    .from(tariffSources)
    .where(eq(tariffSources.documentId, documentId));
  const rows = select(db).where(inArray(t.id, cited)).orderBy(asc(announcedKey), asc(t.id)).all();
  return hydrate(db, rows, documentId);
}
