import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson } from './helpers/app.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

function expectProblem(result: { status: number; type: string; body: any }, status: number, url: string) {
  expect(result.status, url).toBe(status);
  expect(result.type, url).toMatch(/^application\/problem\+json/);
  expect(result.body, url).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.any(String) });
  expect(result.body.instance, url).toBe(url);
}

describe('invalid parameters are 400 problems naming the parameter', () => {
  const cases: Array<[url: string, names: string[]]> = [
    ['/v1/events?limit=0', ['limit']],
    ['/v1/events?limit=101', ['limit']],
    ['/v1/events?limit=abc', ['limit']],
    ['/v1/events?limit=2.5', ['limit']],
    ['/v1/events?type=picnic', ['type']],
    ['/v1/events?status=maybe', ['status']],
    ['/v1/events?from=2025-13-45', ['from']],
    ['/v1/events?to=2025-02-29', ['to']],
    ['/v1/events?from=yesterday', ['from']],
    ['/v1/events?from=2025-06-01&to=2025-05-31', ['to']],
    ['/v1/events?round=first', ['round']],
    ['/v1/events?minConfidence=2', ['minConfidence']],
    ['/v1/events?minConfidence=high', ['minConfidence']],
    ['/v1/events?q=%20!?%20', ['q']],
    ['/v1/events?cursor=%%%', ['cursor']],
    ['/v1/events?format=xml', ['format']],
    ['/v1/events?colour=red', ['colour']],
    ['/v1/events?limit=0&type=picnic', ['type', 'limit']],
    ['/v1/actors?kind=alien', ['kind']],
    ['/v1/actors?country=Vietnam', ['country']],
    ['/v1/tariffs?status=rumoured', ['status']],
    ['/v1/tariffs?imposer=U', ['imposer']],
    ['/v1/tariffs/rate?imposer=US', ['target', 'on']],
    ['/v1/trade-stats?limit=101', ['limit']],
    ['/v1/trade-stats?period=2023-13x', ['period']],
    [`/v1/events?q=${'word%20'.repeat(41)}`, ['q']],
    ['/v1/events?type=meeting&type=call', ['type']],
    ['/v1/trade-stats/balance', ['a', 'b']],
    ['/v1/documents?cursor=abc', ['cursor']],
    ['/v1/rounds?limit=-1', ['limit']],
  ];

  it.each(cases)('%s', async (url, names) => {
    const result = await getJson(app, url);
    expectProblem(result, 400, url);
    expect(result.body.type).toBe('tag:parley,2025:invalid-parameters');
    expect(result.body.errors.map((e: { name: string }) => e.name).sort()).toEqual([...names].sort());
    for (const e of result.body.errors) {
      expect(e.in).toBe('query');
      expect(e.message.length).toBeGreaterThan(0);
      expect(result.body.detail).toContain(`'${e.name}'`);
    }
  });
});

describe('unknown things are 404 problems', () => {
  it.each([
    '/v1/events/no-such-event',
    '/v1/actors/no-such-actor',
    '/v1/tariffs/no-such-tariff',
    '/v1/rounds/42',
    '/v1/documents/nope',
    '/v1/documents/nope/extractions',
    '/v1/nothing-here',
    '/nothing/at/all?x=1',
  ])('%s', async (url) => {
    expectProblem(await getJson(app, url), 404, url);
  });

  it('unknown methods on known paths are problems too', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/v1/events' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('malformed requests', () => {
  it('a malformed URL escape is a 400 problem, not a crash', async () => {
    const url = '/v1/events/%E0%A4%A';
    expectProblem(await getJson(app, url), 400, url);
  });

  it('an over-long id is a problem, not a crash', async () => {
    const url = `/v1/events/${'x'.repeat(300)}`;
    const result = await getJson(app, url);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.type).toMatch(/^application\/problem\+json/);
  });
});

describe('server errors', () => {
  it('are 500 problems that do not leak internals', async () => {
    const { copyTemplateDb } = await import('./helpers/db.js');
    const { buildApp } = await import('../src/app.js');
    const { db } = copyTemplateDb();
    const broken = buildApp({ db });
    await broken.ready();
    db.$client.exec('DROP TABLE events');
    const result = await getJson(broken, '/v1/events');
    expectProblem(result, 500, '/v1/events');
    expect(JSON.stringify(result.body)).not.toMatch(/no such table|sqlite/i);
    await broken.close();
  });
});
