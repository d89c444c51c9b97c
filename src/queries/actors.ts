// Actors, their aliases and the events they take part in.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { ActorDetail, Actor, ActorListQuery } from '../contracts/actors.js';
import type { Page } from '../contracts/common.js';
import type { Db } from '../db/client.js';
import { actorAliases, actorSources, actors, eventParticipants, events } from '../db/schema.js';
import { after, countryIs, matchesWords, minConfidence, sourcesBySubject, toPage } from './shared.js';

type ActorRow = typeof actors.$inferSelect;

const actorOrder = [actors.kind, actors.name, actors.id] as const;

function aliasesByActor(db: Db, actorIds: readonly string[]): Map<string, string[]> {
  const byActor = new Map<string, string[]>();
  if (actorIds.length === 0) return byActor;
  const rows = db
    .select()
    .from(actorAliases)
    .where(inArray(actorAliases.actorId, [...actorIds]))
    .orderBy(asc(actorAliases.alias))
    .all();
  for (const { actorId, alias } of rows) {
    const list = byActor.get(actorId);
    if (list) list.push(alias);
    else byActor.set(actorId, [alias]);
  }
  return byActor;
}

export function hydrateActors(db: Db, rows: ActorRow[], documentId?: string): Actor[] {
  const ids = rows.map((r) => r.id);
  const aliasesOf = aliasesByActor(db, ids);
  const sourcesOf = sourcesBySubject(db, actorSources, ids, documentId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    country: r.country,
    title: r.title,
    aliases: aliasesOf.get(r.id) ?? [],
    confidence: r.confidence,
    sources: sourcesOf.get(r.id) ?? [],
  }));
}

export function listActors(db: Db, q: ActorListQuery): Page<Actor> {
  const where = and(
    q.kind === undefined ? undefined : eq(actors.kind, q.kind),
    countryIs(actors.country, q.country),
    matchesWords(actors.searchText, q.q),
    minConfidence(actors.confidence, q.minConfidence),
  );
  const total = db.select({ n: count() }).from(actors).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(actors)
    .where(and(where, after(actorOrder, q.cursor)))
    .orderBy(...actorOrder.map((c) => asc(c)))
    .limit(q.limit + 1)
    .all();
  return toPage(
    rows,
    q.limit,
    total,
    (r) => [r.kind, r.name, r.id],
    (page) => hydrateActors(db, page),
  );
}

export function getActor(db: Db, id: string): ActorDetail | undefined {
  const row = db.select().from(actors).where(eq(actors.id, id)).get();
  const actor = row && hydrateActors(db, [row])[0];
  if (!actor) return undefined;
  const takesPartIn = db
    .select({
      id: events.id,
      type: events.type,
      title: events.title,
      startDate: events.startDate,
      role: eventParticipants.role,
    })
    .from(eventParticipants)
    .innerJoin(events, eq(events.id, eventParticipants.eventId))
    .where(eq(eventParticipants.actorId, id))
    .orderBy(asc(events.sortKey), asc(events.id))
    .all();
  return { ...actor, events: takesPartIn };
}

/** Actors citing a document, each with only that document's sources. */
export function actorsCitingDocument(db: Db, documentId: string): Actor[] {
  const cited = db
    .select({ id: actorSources.subjectId })
    .from(actorSources)
    .where(eq(actorSources.documentId, documentId));
  const rows = db
    .select()
    .from(actors)
    .where(inArray(actors.id, cited))
    .orderBy(...actorOrder.map((c) => asc(c)))
    .all();
  return hydrateActors(db, rows, documentId);
}
