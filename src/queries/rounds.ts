// Rounds: the numbered negotiation_round events, each of its negotiation, and the event that
// launched each negotiation's talks.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Event } from '../contracts/events.js';
import type { Round, RoundListQuery, RoundPage, TalksLaunch } from '../contracts/rounds.js';
import type { Db } from '../db/client.js';
import { events } from '../db/schema.js';
import { eventOrder, hydrateEvents } from './events.js';
import { negotiationRefs } from './negotiations.js';
import { after, toPage } from './shared.js';

const isRound = and(eq(events.type, 'negotiation_round'), isNotNull(events.round));
/** A round of no negotiation sorts after every negotiation's ('~' follows the letters). */
const negotiationKey = sql<string>`coalesce(${events.negotiationId}, '~')`;
const roundOrder = [negotiationKey, events.round, events.id] as const;

const ofNegotiation = (negotiation: string | undefined): SQL | undefined =>
  negotiation === undefined ? undefined : eq(events.negotiationId, negotiation);

function toRound(e: Event): Round {
  return {
    round: e.round ?? 0, // never 0: rounds are selected with round IS NOT NULL
    id: e.id,
    negotiation: e.negotiation,
    title: e.title,
    startDate: e.startDate,
    endDate: e.endDate,
    datePrecision: e.datePrecision,
    status: e.status,
    location: e.location,
    format: e.format,
    actors: e.actors,
    sources: e.sources,
  };
}

export function listRounds(db: Db, q: RoundListQuery): RoundPage {
  const where = and(isRound, ofNegotiation(q.negotiation));
  const total = db.select({ n: count() }).from(events).where(where).get()?.n ?? 0;
  const rows = db
    .select({ row: events, key: negotiationKey })
    .from(events)
    .where(and(where, after(roundOrder, q.cursor)))
    .orderBy(...roundOrder.map((c) => asc(c)))
    .limit(q.limit + 1)
    .all();
  const page = toPage(
    rows,
    q.limit,
    total,
    (r) => [r.key, r.row.round ?? 0, r.row.id],
    (p) =>
      hydrateEvents(
        db,
        p.map((r) => r.row),
      ).map(toRound),
  );
  const launches = talksLaunches(db, q.negotiation);
  return { ...page, launch: launches.length === 1 ? launches[0]! : null };
}

// "to officially launch negotiations", "open tariff talks", "the formal beginning of talks",
// "negotiations were launched", on folded text (lower case, words separated by single spaces).
const LAUNCH_WORDS = String.raw`(?:launch(?:ed|es|ing)?|open(?:ed|s|ing)?|start(?:ed|s)?|beg[iau]n(?:s|ning)?|kick(?:ed|s)? off)`;
const LAUNCHED_TALKS = new RegExp(
  String.raw`\b${LAUNCH_WORDS}(?: \w+){0,4} (?:negotiations|talks)\b|\b(?:negotiations|talks)(?: \w+){0,4} ${LAUNCH_WORDS}\b`,
);

/**
 * The event that launched each negotiation's talks (of one negotiation, when given): the earliest
 * meeting, call or unnumbered round whose title or summary says so. The loader keeps such a meeting
 * as a meeting, not a round: no article numbers it.
 */
export function talksLaunches(db: Db, negotiation?: string): TalksLaunch[] {
  const candidates = db
    .select({
      id: events.id,
      type: events.type,
      title: events.title,
      startDate: events.startDate,
      datePrecision: events.datePrecision,
      status: events.status,
      negotiationId: events.negotiationId,
      searchText: events.searchText,
    })
    .from(events)
    .where(
      and(
        inArray(events.type, ['meeting', 'call', 'negotiation_round']),
        isNull(events.round),
        ofNegotiation(negotiation),
      ),
    )
    .orderBy(...eventOrder.map((c) => asc(c)))
    .all();
  const first = new Map<string | null, (typeof candidates)[number]>();
  for (const c of candidates)
    if (!first.has(c.negotiationId) && LAUNCHED_TALKS.test(c.searchText)) first.set(c.negotiationId, c);
  const refs = negotiationRefs(db, [...first.keys()]);
  return [...first.values()].map(({ searchText: _, negotiationId, ...event }) => ({
    ...event,
    negotiation: (negotiationId && refs.get(negotiationId)) || null,
    href: `/v1/events/${encodeURIComponent(event.id)}`,
  }));
}

/**
 * The rounds numbered `round`, one per negotiation (of one negotiation, when given); where the
 * sources left two events of one negotiation claiming the number, the most confident.
 */
export function roundsNumbered(db: Db, round: number, negotiation?: string): Round[] {
  const rows = db
    .select()
    .from(events)
    .where(and(isRound, eq(events.round, round), ofNegotiation(negotiation)))
    .orderBy(asc(negotiationKey), desc(events.confidence), asc(events.sortKey), asc(events.id))
    .all();
  const seen = new Set<string | null>();
  const best = rows.filter((r) => !seen.has(r.negotiationId) && seen.add(r.negotiationId));
  return hydrateEvents(db, best).map(toRound);
}

/** Every numbered round of one negotiation, in number order (the detail of /v1/negotiations/{id}). */
export function roundsOfNegotiation(db: Db, negotiation: string): Round[] {
  const rows = db
    .select()
    .from(events)
    .where(and(isRound, ofNegotiation(negotiation)))
    .orderBy(asc(events.round), asc(events.id))
    .all();
  return hydrateEvents(db, rows).map(toRound);
}
