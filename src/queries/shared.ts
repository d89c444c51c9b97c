// Pieces every resource query uses: hydrating sources, keyset paging, common filters.
import { and, asc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Page, Source } from '../contracts/common.js';
import type { Db } from '../db/client.js';
import { actorSources, eventSources, tariffSources, tradeStatSources } from '../db/schema.js';
import { encodeCursor, type CursorValue } from '../lib/cursor.js';

type SourceTable = typeof eventSources | typeof actorSources | typeof tariffSources | typeof tradeStatSources;

/** Sources of the given subjects, grouped by subject; only those of `documentId` when given. */
export function sourcesBySubject(
  db: Db,
  table: SourceTable,
  subjectIds: readonly string[],
  documentId?: string,
): Map<string, Source[]> {
  const bySubject = new Map<string, Source[]>();
  if (subjectIds.length === 0) return bySubject;
  // The four source tables share one shape; widening to the first keeps drizzle's types simple.
  const t = table as typeof eventSources;
  const rows = db
    .select({ subjectId: t.subjectId, documentId: t.documentId, quote: t.quote, start: t.start, end: t.end })
    .from(t)
    .where(
      and(inArray(t.subjectId, [...subjectIds]), documentId === undefined ? undefined : eq(t.documentId, documentId)),
    )
    .orderBy(asc(t.documentId), asc(t.start), asc(t.end))
    .all();
  for (const { subjectId, ...source } of rows) {
    const list = bySubject.get(subjectId);
    if (list) list.push(source);
    else bySubject.set(subjectId, [source]);
  }
  return bySubject;
}

/** Keyset condition: rows strictly after `cursor` in the order of `keys` (SQLite row values). */
export function after(
  keys: ReadonlyArray<SQLiteColumn | SQL>,
  cursor: readonly CursorValue[] | undefined,
): SQL | undefined {
  if (cursor === undefined) return undefined;
  return sql`(${sql.join([...keys], sql`, `)}) > (${sql.join(
    cursor.map((value) => sql`${value}`),
    sql`, `,
  )})`;
}

/** Cuts the limit+1 rows fetched to a page, with the cursor of its last row when more follow. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  total: number,
  keyOf: (row: R) => CursorValue[],
  hydrate: (rows: R[]) => T[],
): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    data: hydrate(pageRows),
    page: { limit, nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null, total },
  };
}

export function minConfidence(column: SQLiteColumn, value: number | undefined): SQL | undefined {
  return value === undefined ? undefined : gte(column, value);
}

/** Country codes compare case-insensitively; the parameter is already upper case. */
export function countryIs(column: SQLiteColumn, code: string | undefined): SQL | undefined {
  return code === undefined ? undefined : sql`upper(${column}) = ${code}`;
}

/** Every folded word must begin a word of the folded search text. */
export function matchesWords(searchText: SQLiteColumn, words: readonly string[] | undefined): SQL | undefined {
  if (!words || words.length === 0) return undefined;
  return and(...words.map((word) => sql`instr(' ' || ${searchText}, ${` ${word}`}) > 0`));
}
