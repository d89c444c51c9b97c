// write: stores a document and rebuilds the merged rows, all in one transaction, so a reader
// sees the database before the document or after it, never half of it.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import {
  actorAliases,
  actorSources,
  actors,
  documents,
  eventParticipants,
  eventSources,
  eventStatusHistory,
  events,
  idRedirects,
  negotiations,
  redirectResources,
  type RedirectResource,
  tariffMeasures,
  tariffSources,
  tariffStatusHistory,
  tradeStatSources,
  tradeStats,
} from '../db/schema.js';
import { actorDerived, eventDerived } from './derived.js';
import { carryRedirects, type IdSpans, type SpanRef } from './renames.js';
import { resolve, type Resolved, type SourceRow } from './resolve.js';
import type { CleanDocument, DocumentExtraction } from './types.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// SQLite caps bound parameters per statement; insert in slices well under it.
function insertAll<T extends Record<string, unknown>>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[]) {
  for (let i = 0; i < rows.length; i += 200)
    tx.insert(table)
      .values(rows.slice(i, i + 200) as never)
      .run();
}

const sourceRows = (subjectId: string, sources: SourceRow[]) =>
  sources.map((s) => ({ subjectId, documentId: s.documentId, start: s.start, end: s.end, quote: s.quote }));

type SpansByResource = Record<RedirectResource, IdSpans>;

const spansOf = (rows: Array<{ id: string; sources: SpanRef[] }>): IdSpans =>
  new Map(rows.map((r) => [r.id, r.sources]));

/** Every merged row's source spans as stored, read before a write changes anything. */
function storedSpans(tx: Tx): SpansByResource {
  const read = (table: typeof eventSources | typeof actorSources | typeof tariffSources | typeof tradeStatSources) => {
    // The four source tables share one shape; widening to the first keeps drizzle's types simple.
    const t = table as typeof eventSources;
    const byId = new Map<string, SpanRef[]>();
    for (const { id, ...span } of tx
      .select({ id: t.subjectId, documentId: t.documentId, start: t.start, end: t.end })
      .from(t)
      .all()) {
      const list = byId.get(id);
      if (list) list.push(span);
      else byId.set(id, [span]);
    }
    return byId;
  };
  return {
    actors: read(actorSources),
    events: read(eventSources),
    tariffs: read(tariffSources),
    'trade-stats': read(tradeStatSources),
  };
}

const resolvedSpans = (r: Resolved): SpansByResource => ({
  actors: spansOf(r.actors),
  events: spansOf(r.events),
  tariffs: spansOf(r.tariffs),
  'trade-stats': spansOf(r.tradeStats),
});

/**
 * The spans stored before a write, plus the ids the new document's rows have when it is resolved
 * alone: the ids it answers by when loaded first. Counting them whatever came before keeps the
 * redirects of a pair of documents the same in either order (docs/decisions/003).
 */
function withOwnIds(stored: SpansByResource, own: Resolved): SpansByResource {
  const alone = resolvedSpans(own);
  const out = {} as SpansByResource;
  for (const resource of redirectResources) {
    const merged = new Map(stored[resource]);
    for (const [id, spans] of alone[resource]) merged.set(id, [...(merged.get(id) ?? []), ...spans]);
    out[resource] = merged;
  }
  return out;
}

/** Points the ids this rebuild dropped, and the older redirects, at the rows that carry them on. */
function updateRedirects(tx: Tx, before: SpansByResource, r: Resolved) {
  const after = resolvedSpans(r);
  const existing = tx.select().from(idRedirects).all();
  tx.delete(idRedirects).run();
  for (const resource of redirectResources) {
    const mine = existing.filter((e) => e.resource === resource).map((e) => ({ from: e.fromId, to: e.toId }));
    const next = carryRedirects(before[resource], after[resource], mine);
    insertAll(
      tx,
      idRedirects,
      next.map(({ from, to }) => ({ resource, fromId: from, toId: to })),
    );
  }
}

/** Recomputes the merged rows from every stored extraction; `before` is the state the write began in. */
function rebuild(tx: Tx, before: SpansByResource) {
  const docs = tx
    .select({ id: documents.id, publishedDate: documents.publishedDate, extraction: documents.extraction })
    .from(documents)
    .all()
    .map((d) => ({ ...d, extraction: d.extraction as DocumentExtraction }));
  const r: Resolved = resolve(docs);
  for (const t of [
    actorSources,
    eventSources,
    tariffSources,
    tradeStatSources,
    eventParticipants,
    actorAliases,
    eventStatusHistory,
    tariffStatusHistory,
  ]) {
    tx.delete(t).run();
  }
  for (const t of [events, tariffMeasures, tradeStats, negotiations, actors]) tx.delete(t).run();
  insertMerged(tx, r);
  updateRedirects(tx, before, r);
  return r;
}

/** Writes the merged rows, with their derived columns, aliases, participants, histories and sources. */
function insertMerged(tx: Tx, r: Resolved) {
  insertAll(
    tx,
    actors,
    r.actors.map(({ aliases, sources, ...a }) => ({ ...a, ...actorDerived({ name: a.name, aliases }) })),
  );
  insertAll(
    tx,
    actorAliases,
    r.actors.flatMap((a) => a.aliases.map((alias) => ({ actorId: a.id, alias }))),
  );
  insertAll(
    tx,
    actorSources,
    r.actors.flatMap((a) => sourceRows(a.id, a.sources)),
  );
  insertAll(tx, negotiations, r.negotiations);
  insertAll(
    tx,
    events,
    r.events.map(({ participants, sources, history, pair, ...e }) => ({ ...e, ...eventDerived(e) })),
  );
  insertAll(
    tx,
    eventParticipants,
    r.events.flatMap((e) => e.participants.map((p) => ({ eventId: e.id, ...p }))),
  );
  insertAll(
    tx,
    eventSources,
    r.events.flatMap((e) => sourceRows(e.id, e.sources)),
  );
  insertAll(
    tx,
    eventStatusHistory,
    r.events.flatMap((e) => e.history.map((h, seq) => ({ eventId: e.id, seq, ...h }))),
  );
  insertAll(
    tx,
    tariffMeasures,
    r.tariffs.map(({ sources, history, ...t }) => t),
  );
  insertAll(
    tx,
    tariffStatusHistory,
    r.tariffs.flatMap((t) => t.history.map((h, seq) => ({ tariffId: t.id, seq, ...h }))),
  );
  insertAll(
    tx,
    tariffSources,
    r.tariffs.flatMap((t) => sourceRows(t.id, t.sources)),
  );
  insertAll(
    tx,
    tradeStats,
    r.tradeStats.map(({ sources, ...s }) => s),
  );
  insertAll(
    tx,
    tradeStatSources,
    r.tradeStats.flatMap((s) => sourceRows(s.id, s.sources)),
  );
}

export interface WriteResult {
  id: string;
  /** Rows that cite this document, after merging. */
  counts: { actors: number; events: number; tariffs: number; tradeStats: number };
  /** False when the same content was already loaded. */
  created: boolean;
}

const citing = (rows: Array<{ sources: SourceRow[] }>, id: string) =>
  rows.filter((r) => r.sources.some((s) => s.documentId === id)).length;

/** Stores (or replaces) one document with its extraction and rebuilds the merged rows. */
export function writeDocument(db: Db, doc: CleanDocument, extraction: DocumentExtraction): WriteResult {
  return db.transaction((tx) => {
    const stored = storedSpans(tx);
    const existing = tx
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.contentHash, doc.contentHash))
      .get();
    if (existing) tx.delete(documents).where(eq(documents.id, existing.id)).run();
    // The same content keeps its id, even when new metadata gives it another title.
    const id = existing?.id ?? doc.id;
    tx.insert(documents)
      .values({
        id,
        title: doc.title,
        author: doc.author,
        publishedDate: doc.publishedDate,
        publisher: doc.publisher,
        url: doc.url,
        sourceName: doc.sourceName,
        format: doc.format,
        contentHash: doc.contentHash,
        text: doc.text,
        extraction,
      })
      .run();
    const own = resolve([{ id, publishedDate: doc.publishedDate, extraction }]);
    const r = rebuild(tx, withOwnIds(stored, own));
    return {
      id,
      created: !existing,
      counts: {
        actors: citing(r.actors, id),
        events: citing(r.events, id),
        tariffs: citing(r.tariffs, id),
        tradeStats: citing(r.tradeStats, id),
      },
    };
  });
}

/** Removes a document and every row resting on it alone; rows other documents cite stay. */
export function deleteDocument(db: Db, id: string): boolean {
  return db.transaction((tx) => {
    const before = storedSpans(tx);
    const gone = tx.delete(documents).where(eq(documents.id, id)).returning({ id: documents.id }).all();
    if (gone.length) rebuild(tx, before);
    return gone.length > 0;
  });
}

/**
 * Recomputes the merged rows from the stored extractions, as a load does: after a migration that
 * adds to what the merged rows hold (a column, a table), so an existing database serves it too.
 */
export function rebuildMerged(db: Db): void {
  db.transaction((tx) => {
    rebuild(tx, storedSpans(tx));
  });
}
