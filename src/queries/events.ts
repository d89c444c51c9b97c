// Events, rounds and their participants.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type { Event, EventDetail, EventListQuery } from '../contracts/events.js';
import type { Db } from '../db/client.js';
import { actors, eventParticipants, eventSources, eventStatusHistory, events } from '../db/schema.js';
import { lowerBound, upperBound } from '../lib/dates.js';
import { negotiationRefs } from './negotiations.js';
import { after, matchesWords, minConfidence, sourcesBySubject, toPage } from './shared.js';

export type EventRow = typeof events.$inferSelect;
type EventActor = Event['actors'][number];

/** Chronological order: sort_key is start_date, or '9999' so undated events come last. */
export const eventOrder = [events.sortKey, events.id] as const;

function eventFilters(q: Omit<EventListQuery, 'limit' | 'cursor' | 'format'>): SQL | undefined {
  return and(
    // An event spans [start, end ?? start] at its precision; it is kept when that span meets [from, to].
    q.from === undefined
      ? undefined
      : sql`${events.startDate} IS NOT NULL AND (coalesce(${events.endDate}, ${events.startDate}) || '~') >= ${lowerBound(q.from)}`,
    q.to === undefined ? undefined : sql`${events.startDate} <= ${upperBound(q.to)}`,
    q.type === undefined ? undefined : eq(events.type, q.type),
    q.status === undefined ? undefined : eq(events.status, q.status),
    q.round === undefined ? undefined : eq(events.round, q.round),
    q.negotiation === undefined ? undefined : eq(events.negotiationId, q.negotiation),
    q.actor === undefined
      ? undefined
      : sql`EXISTS (SELECT 1 FROM ${eventParticipants} WHERE ${eventParticipants.eventId} = ${events.id} AND ${eventParticipants.actorId} = ${q.actor})`,
    matchesWords(events.searchText, q.q),
    minConfidence(events.confidence, q.minConfidence),
  );
}

function actorsByEvent(db: Db, eventIds: readonly string[]): Map<string, EventActor[]> {
  const byEvent = new Map<string, EventActor[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = db
    .select({
      eventId: eventParticipants.eventId,
      id: actors.id,
      name: actors.name,
      kind: actors.kind,
      role: eventParticipants.role,
    })
    .from(eventParticipants)
    .innerJoin(actors, eq(actors.id, eventParticipants.actorId))
    .where(inArray(eventParticipants.eventId, [...eventIds]))
    .orderBy(asc(actors.name), asc(actors.id))
    .all();
  for (const { eventId, ...actor } of rows) {
    const list = byEvent.get(eventId);
    if (list) list.push(actor);
    else byEvent.set(eventId, [actor]);
  }
  return byEvent;
}

/** Full Event objects for rows, with participants and (optionally one document's) sources. */
export function hydrateEvents(db: Db, rows: EventRow[], documentId?: string): Event[] {
  const ids = rows.map((r) => r.id);
  const actorsOf = actorsByEvent(db, ids);
  const sourcesOf = sourcesBySubject(db, eventSources, ids, documentId);
  const refs = negotiationRefs(
    db,
    rows.map((r) => r.negotiationId),
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    summary: r.summary,
    startDate: r.startDate,
    endDate: r.endDate,
    datePrecision: r.datePrecision,
    status: r.status,
    round: r.round,
    negotiation: (r.negotiationId && refs.get(r.negotiationId)) || null,
    location: r.location,
    format: r.format,
    confidence: r.confidence,
    actors: actorsOf.get(r.id) ?? [],
    sources: sourcesOf.get(r.id) ?? [],
  }));
}

export function listEvents(db: Db, q: EventListQuery): Page<Event> {
  const where = eventFilters(q);
  const total = db.select({ n: count() }).from(events).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(events)
    .where(and(where, after(eventOrder, q.cursor)))
    .orderBy(...eventOrder.map((c) => asc(c)))
    .limit(q.limit + 1)
    .all();
  return toPage(
    rows,
    q.limit,
    total,
    (r) => [r.sortKey, r.id],
    (page) => hydrateEvents(db, page),
  );
}

export function getEvent(db: Db, id: string): EventDetail | undefined {
  const row = db.select().from(events).where(eq(events.id, id)).get();
  if (!row) return undefined;
  const history = db
    .select({
      status: eventStatusHistory.status,
      documentId: eventStatusHistory.documentId,
      reportedOn: eventStatusHistory.reportedOn,
    })
    .from(eventStatusHistory)
    .where(eq(eventStatusHistory.eventId, id))
    .orderBy(asc(eventStatusHistory.seq))
    .all();
  return { ...hydrateEvents(db, [row])[0]!, history };
}

/** Events citing a document, each with only that document's sources. */
export function eventsCitingDocument(db: Db, documentId: string): Event[] {
  const cited = db
    .select({ id: eventSources.subjectId })
    .from(eventSources)
    .where(eq(eventSources.documentId, documentId));
  const rows = db
    .select()
    .from(events)
    .where(inArray(events.id, cited))
    .orderBy(...eventOrder.map((c) => asc(c)))
    .all();
  return hydrateEvents(db, rows, documentId);
}
