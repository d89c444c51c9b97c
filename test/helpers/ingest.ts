// Writing documents over HTTP in tests: the token, a POST helper, and a dump of every table to
// prove that a refused or failed write changed nothing.
import type { App } from '../../src/app.js';
import { walk } from './app.js';

export const TOKEN = 'test-ingest-token-4f1c';
export const auth = { authorization: `Bearer ${TOKEN}` };

/** POST /v1/documents with the token; `body` as given (string, Buffer or JSON object). */
export async function postDocument(
  app: App,
  contentType: string | undefined,
  body: string | Buffer | object,
  headers: Record<string, string> = auth,
) {
  const isJson = typeof body === 'object' && !Buffer.isBuffer(body);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/documents',
    headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
    payload: isJson ? JSON.stringify(body) : body,
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    type: String(response.headers['content-type'] ?? ''),
    body: response.body ? response.json() : undefined,
  };
}

/** Every row of every table, in a stable order: equal dumps mean an unchanged database. */
export function dumpTables(app: App): Record<string, unknown[]> {
  const client = app.db.$client;
  const tables = client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map(({ name }) => [name, client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

/** The merged rows the API serves, with sources reduced to their quotes (no ids, no offsets). */
export async function servedRows(app: App) {
  const strip = (rows: any[]) =>
    rows.map(({ sources, ...row }) => ({ ...row, quotes: sources.map((s: { quote: string }) => s.quote).sort() }));
  return {
    events: strip(await walk(app, '/v1/events', 100)),
    actors: strip(await walk(app, '/v1/actors', 100)),
    tariffs: strip(await walk(app, '/v1/tariffs', 100)),
    tradeStats: strip(await walk(app, '/v1/trade-stats', 100)),
  };
}
