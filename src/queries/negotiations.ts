// Negotiations: the talks between two parties, and what the other resources show of them.
import { and, asc, count, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type { Negotiation, NegotiationListQuery, NegotiationRef } from '../contracts/negotiations.js';
import type { Db } from '../db/client.js';
import { actors, events, negotiations } from '../db/schema.js';
import { countryByCode } from '../loader/recognise/countries.js';
import { after, countryIs, matchesWords, toPage } from './shared.js';

/** The {id, title} of each negotiation id given (nulls skipped), for rows that carry one. */
export function negotiationRefs(db: Db, ids: ReadonlyArray<string | null>): Map<string, NegotiationRef> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = db
    .select({ id: negotiations.id, title: negotiations.title })
    .from(negotiations)
    .where(inArray(negotiations.id, wanted))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

type NegotiationRow = typeof negotiations.$inferSelect;
type LatestRound = NonNullable<Negotiation['latestRound']>;

const nameOfCountry = (code: string) => countryByCode(code)?.name ?? code;

function actorNames(db: Db, rows: readonly NegotiationRow[]): Map<string, string> {
  const ids = [...new Set(rows.flatMap((r) => [r.partyAActor, r.partyBActor]).filter((id) => id !== null))];
  if (ids.length === 0) return new Map();
  const found = db.select({ id: actors.id, name: actors.name }).from(actors).where(inArray(actors.id, ids)).all();
  return new Map(found.map((a) => [a.id, a.name]));
}

/** Each negotiation's highest-numbered round; of two events claiming it, the most confident (as /v1/rounds/{number}). */
function latestRounds(db: Db, ids: readonly string[]): Map<string, LatestRound> {
  const latest = new Map<string, LatestRound>();
  if (ids.length === 0) return latest;
  const rows = db
    .select({
      negotiationId: events.negotiationId,
      number: events.round,
      id: events.id,
      startDate: events.startDate,
      endDate: events.endDate,
      datePrecision: events.datePrecision,
      status: events.status,
    })
    .from(events)
    .where(and(inArray(events.negotiationId, [...ids]), eq(events.type, 'negotiation_round'), isNotNull(events.round)))
    .orderBy(desc(events.round), desc(events.confidence), asc(events.sortKey), asc(events.id))
    .all();
  for (const { negotiationId, number, ...round } of rows) {
    if (negotiationId !== null && number !== null && !latest.has(negotiationId))
      latest.set(negotiationId, { number, ...round });
  }
  return latest;
}

export function hydrateNegotiations(db: Db, rows: NegotiationRow[]): Negotiation[] {
  const names = actorNames(db, rows);
  const latest = latestRounds(
    db,
    rows.map((r) => r.id),
  );
  const party = (country: string, id: string | null) => ({
    id,
    name: (id !== null && names.get(id)) || nameOfCountry(country),
    country,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    parties: [party(r.partyA, r.partyAActor), party(r.partyB, r.partyBActor)],
    status: r.status,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
    eventCount: r.eventCount,
    roundCount: r.roundCount,
    documentCount: r.documentCount,
    latestRound: latest.get(r.id) ?? null,
  }));
}

export function listNegotiations(db: Db, q: NegotiationListQuery): Page<Negotiation> {
  const n = negotiations;
  const where = and(
    q.party === undefined ? undefined : or(countryIs(n.partyA, q.party), countryIs(n.partyB, q.party)),
    q.status === undefined ? undefined : eq(n.status, q.status),
    matchesWords(n.searchText, q.q),
  );
  const total = db.select({ c: count() }).from(n).where(where).get()?.c ?? 0;
  const rows = db
    .select()
    .from(n)
    .where(and(where, after([n.id], q.cursor)))
    .orderBy(asc(n.id))
    .limit(q.limit + 1)
    .all();
  return toPage(
    rows,
    q.limit,
    total,
    (r) => [r.id],
    (page) => hydrateNegotiations(db, page),
  );
}

/** The negotiation with this (canonical) id, as the list shows it. */
export function getNegotiationSummary(db: Db, id: string): Negotiation | undefined {
  const row = db.select().from(negotiations).where(eq(negotiations.id, id)).get();
  return row && hydrateNegotiations(db, [row])[0];
}

/** The {id, title} of one negotiation, when there is one of that id. */
export const negotiationRef = (db: Db, id: string): NegotiationRef | undefined => negotiationRefs(db, [id]).get(id);
