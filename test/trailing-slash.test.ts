// A trailing slash names the same route on every path: `/v1/events/` is the list, not an event
// with an empty id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson } from './helpers/app.js';

let app: App;
let paths: string[];
beforeAll(async () => {
  app = await createTestApp();
  const doc = (await getJson(app, '/openapi.json')).body;
  // Path parameters filled from the fixtures (the documented examples come from the seeds).
  const ids: Record<string, string> = {
    events: '2025-05-12-negotiation-round-2',
    negotiations: 'us-vn',
    actors: 'tran-thi-dao',
    tariffs: 'us-vn-38-reciprocal',
    documents: 'doc-a',
    rounds: '2',
  };
  paths = Object.keys(doc.paths)
    .filter((path) => doc.paths[path].get)
    .map((path) =>
      path
        .replace(/^\/v1\/(\w+)\/\{\w+\}/, (_, kind: string) => `/v1/${kind}/${ids[kind]}`)
        // A nested round: /v1/negotiations/us-vn/rounds/{number}.
        .replace('{number}', ids.rounds!),
    );
});
afterAll(async () => {
  await app.close();
});

describe('a trailing slash', () => {
  it('on a list is the list', async () => {
    const plain = await getJson(app, '/v1/events?limit=2');
    const slashed = await getJson(app, '/v1/events/?limit=2');
    expect(slashed.status).toBe(200);
    expect(slashed.body).toEqual(plain.body);
  });

  it('on every GET route answers what the route answers without it', async () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const query =
        path === '/v1/tariffs/rate'
          ? '?imposer=US&target=VN&on=2025-05-01'
          : path === '/v1/trade-stats/balance'
            ? '?a=VN&b=US'
            : '';
      const plain = await app.inject({ method: 'GET', url: `${path}${query}` });
      const slashed = await app.inject({ method: 'GET', url: `${path}/${query}` });
      expect(plain.statusCode, path).toBe(200);
      expect(slashed.statusCode, `${path}/`).toBe(200);
      expect(slashed.body, `${path}/`).toBe(plain.body);
    }
  });
});
