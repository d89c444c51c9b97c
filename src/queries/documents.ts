// Documents and everything extracted from one of them.
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Page } from '../contracts/common.js';
import type {
  DocumentDetail,
  DocumentExtractions,
  DocumentListQuery,
  DocumentSummary,
} from '../contracts/documents.js';
import type { Db } from '../db/client.js';
import { documents } from '../db/schema.js';
import { actorsCitingDocument } from './actors.js';
import { eventsCitingDocument } from './events.js';
import { after, toPage } from './shared.js';
import { tariffsCitingDocument } from './tariffs.js';
import { tradeStatsCitingDocument } from './trade-stats.js';

const d = documents;
/** By publication day; undated documents last. */
const publishedKey = sql<string>`coalesce(${d.publishedDate}, '9999')`;

const summary = {
  id: d.id,
  title: d.title,
  author: d.author,
  publishedDate: d.publishedDate,
  publisher: d.publisher,
  url: d.url,
  sourceName: d.sourceName,
  format: d.format,
  // js_length: see src/db/functions.ts
  length: sql<number>`js_length(${d.text})`,
};

export function listDocuments(db: Db, q: DocumentListQuery): Page<DocumentSummary> {
  const total = countDocuments(db);
  const rows = db
    .select({ ...summary, sortKey: publishedKey })
    .from(d)
    .where(after([publishedKey, d.id], q.cursor))
    .orderBy(asc(publishedKey), asc(d.id))
    .limit(q.limit + 1)
    .all();
  return toPage(
    rows,
    q.limit,
    total,
    (r) => [r.sortKey, r.id],
    (page) => page.map(({ sortKey: _, ...doc }) => doc),
  );
}

export function getDocument(db: Db, id: string): DocumentDetail | undefined {
  return db
    .select({ ...summary, text: d.text })
    .from(d)
    .where(eq(d.id, id))
    .get();
}

export function countDocuments(db: Db): number {
  return db.select({ n: count() }).from(d).get()?.n ?? 0;
}

/** Every merged row citing the document, or undefined when there is no such document. */
export function documentExtractions(db: Db, id: string): DocumentExtractions | undefined {
  const exists = db.select({ id: d.id }).from(d).where(eq(d.id, id)).get();
  if (!exists) return undefined;
  return {
    events: eventsCitingDocument(db, id),
    actors: actorsCitingDocument(db, id),
    tariffs: tariffsCitingDocument(db, id),
    tradeStats: tradeStatsCitingDocument(db, id),
  };
}
