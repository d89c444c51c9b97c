// The app under test is built by the same buildApp the server uses, on a private database copy.
import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import { dirname } from 'node:path';
import { buildApp, type App } from '../../src/app.js';
import { loadPaths } from '../../src/loader/index.js';
import { copyTemplateDb } from './db.js';
import { insertFixtures } from './fixtures.js';

export async function createTestApp(
  options: { fixtures?: boolean; ingestToken?: string; extractTimeoutMs?: number; corsOrigins?: string[] } = {},
): Promise<App> {
  const { db, path } = copyTemplateDb();
  if (options.fixtures ?? true) insertFixtures(db);
  const app = buildApp({
    db,
    ingestToken: options.ingestToken,
    extractTimeoutMs: options.extractTimeoutMs,
    corsOrigins: options.corsOrigins,
  });
  app.addHook('onClose', async () => rmSync(dirname(path), { recursive: true, force: true }));
  await app.ready();
  return app;
}

/** An app over a database holding exactly these documents, loaded as `npm run load` would. */
export async function createLoadedApp(paths: readonly string[]): Promise<App> {
  const { db, path } = copyTemplateDb();
  loadPaths(db, [...paths]);
  const app = buildApp({ db });
  app.addHook('onClose', async () => rmSync(dirname(path), { recursive: true, force: true }));
  await app.ready();
  return app;
}

/** GET `url` and parse the JSON body (problem or not). */
export async function getJson<T = any>(app: App, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  return {
    status: response.statusCode,
    type: String(response.headers['content-type'] ?? ''),
    body: response.json() as T,
    headers: response.headers,
  };
}

/** The ids of one list page, asserting the request succeeded. */
export async function listIds(app: App, url: string): Promise<string[]> {
  const { status, body } = await getJson(app, url);
  expect(status, url).toBe(200);
  return body.data.map((row: { id: string }) => row.id);
}

/** Every row of a list, following nextCursor with the given page size. */
export async function walk(app: App, path: string, limit: number): Promise<any[]> {
  const rows: any[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body }: { status: number; body: any } = await getJson(app, url);
    if (status !== 200) throw new Error(`${url} answered ${status}: ${JSON.stringify(body)}`);
    rows.push(...body.data);
    cursor = body.page.nextCursor;
    if (cursor === null) return rows;
  }
  throw new Error(`${path}: more than 1000 pages`);
}
