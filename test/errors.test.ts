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
  expect(result.body, url).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.any(String),
    type: expect.any(String),
  });
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
      expect(e.message).toMatch(/^Expected .+; got .+\.$/);
      expect(e.message).not.toMatch(zodWording);
      expect(result.body.detail).toContain(`'${e.name}'`);
      expect(result.body.detail).toContain(e.message.slice(1));
    }
  });
});

// What zod says when nobody gave it words: none of it reaches a client.
const zodWording =
  /Invalid input|Invalid option|Too big|Too small|Unrecognized key|received|expected (number|string|int)|Required\.|[<>]=/;

describe('problems say in our words what was expected and what came', () => {
  const cases: Array<[url: string, name: string, message: string]> = [
    ['/v1/rounds/two', 'number', "Expected a whole number, 1 or more; got 'two'."],
    ['/v1/events?limit=1000', 'limit', "Expected a whole number from 1 to 100; got '1000'."],
    ['/v1/events?limit=2.5', 'limit', "Expected a whole number from 1 to 100; got '2.5'."],
    ['/v1/events?limit=', 'limit', "Expected a whole number from 1 to 100; got ''."],
    ['/v1/events?round=first', 'round', "Expected a whole number, 1 or more; got 'first'."],
    ['/v1/events?minConfidence=high', 'minConfidence', "Expected a number from 0 to 1; got 'high'."],
    [
      '/v1/events?type=picnic',
      'type',
      "Expected one of negotiation_round, meeting, call, tariff_action, proposal, agreement or statement; got 'picnic'.",
    ],
    ['/v1/events?status=maybe', 'status', "Expected one of occurred, scheduled or unconfirmed; got 'maybe'."],
    [
      '/v1/events?type=meeting&type=call',
      'type',
      "Expected one of negotiation_round, meeting, call, tariff_action, proposal, agreement or statement; got 2 values, 'meeting' and 'call'.",
    ],
    ['/v1/actors?kind=alien', 'kind', "Expected one of person, organization or country; got 'alien'."],
    [
      '/v1/tariffs?kind=free',
      'kind',
      expect.stringMatching(/^Expected one of reciprocal, .+ or general; got 'free'\.$/),
    ],
    ['/v1/events?format=xml', 'format', "Expected json or csv; got 'xml'."],
    ['/v1/events?actor=', 'actor', "Expected an id of 1 to 200 characters; got ''."],
    [
      '/v1/actors?country=Vietnam',
      'country',
      "Expected an ISO 3166-1 alpha-2 country code such as US or VN; got 'Vietnam'.",
    ],
    [
      '/v1/tariffs/rate?imposer=US&on=2025-05-01',
      'target',
      'Expected an ISO 3166-1 alpha-2 country code such as US or VN; got nothing.',
    ],
    ['/v1/tariffs/rate?imposer=US&target=VN', 'on', 'Expected an ISO day: YYYY-MM-DD; got nothing.'],
    ['/v1/tariffs/rate?imposer=US&target=VN&on=2025-05', 'on', "Expected an ISO day: YYYY-MM-DD; got '2025-05'."],
    ['/v1/events?from=yesterday', 'from', "Expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD; got 'yesterday'."],
    [
      '/v1/events?from=2025-06-01&to=2025-05-31',
      'to',
      "Expected a date no earlier than from (2025-06-01); got '2025-05-31'.",
    ],
    [
      '/v1/trade-stats?period=2023-13x',
      'period',
      "Expected a period: YYYY, YYYY-MM or YYYY-MM/YYYY-MM; got '2023-13x'.",
    ],
    ['/v1/trade-stats?period=2023-13', 'period', "Expected months from 01 to 12; got '2023-13'."],
    ['/v1/events?cursor=abc', 'cursor', "Expected the page.nextCursor of the previous page, unchanged; got 'abc'."],
    [
      '/v1/events?q=%20!?%20',
      'q',
      "Expected words to search for: at most 200 characters, with at least one letter or digit; got ' !? '.",
    ],
    [
      `/v1/events?q=${'word%20'.repeat(41)}`,
      'q',
      "Expected words to search for: at most 200 characters, with at least one letter or digit; got 'word word word word word word word word …' (205 characters).",
    ],
    [
      '/v1/documents?colour=red',
      'colour',
      "Expected a parameter this route takes (limit, cursor or format); got 'colour'.",
    ],
  ];

  it.each(cases)('%s', async (url, name, message) => {
    const { status, body } = await getJson(app, url);
    expect(status, url).toBe(400);
    expect(body.errors).toEqual([{ in: url.startsWith('/v1/rounds/') ? 'path' : 'query', name, message }]);
    expect(body.detail).not.toMatch(zodWording);
  });

  it('names each parameter in the detail, one sentence each', async () => {
    const { body } = await getJson(app, '/v1/events?limit=0&type=picnic');
    expect(body.detail).toBe(
      "Query parameter 'type': expected one of negotiation_round, meeting, call, tariff_action, proposal, agreement or statement; got 'picnic'. " +
        "Query parameter 'limit': expected a whole number from 1 to 100; got '0'.",
    );
  });
});

describe('impossible calendar dates are named as such', () => {
  it.each([
    [
      '/v1/events?from=2025-02-30',
      'from',
      "Expected a day of the calendar (February 2025 has 28 days); got '2025-02-30'.",
    ],
    ['/v1/events?to=2024-02-30', 'to', "Expected a day of the calendar (February 2024 has 29 days); got '2024-02-30'."],
    [
      '/v1/events?from=2025-04-31',
      'from',
      "Expected a day of the calendar (April 2025 has 30 days); got '2025-04-31'.",
    ],
    [
      '/v1/events?from=2025-01-00',
      'from',
      "Expected a day of the calendar (January 2025 has 31 days); got '2025-01-00'.",
    ],
    ['/v1/events?from=2025-13', 'from', "Expected a month from 01 to 12; got '2025-13'."],
    ['/v1/events?from=2025-13-45', 'from', "Expected a month from 01 to 12; got '2025-13-45'."],
    [
      '/v1/tariffs/rate?imposer=US&target=VN&on=2025-02-29',
      'on',
      "Expected a day of the calendar (February 2025 has 28 days); got '2025-02-29'.",
    ],
  ])('%s', async (url, name, message) => {
    const { status, body } = await getJson(app, url);
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ in: 'query', name, message }]);
  });

  it('still accepts the 29th of February of a leap year', async () => {
    expect((await getJson(app, '/v1/events?from=2024-02-29')).status).toBe(200);
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
    const result = await getJson(app, url);
    expectProblem(result, 400, url);
    expect(result.body.detail).toBe('The path is not valid URL encoding: expected %XX escapes of UTF-8 bytes.');
  });

  it('an over-long id is a problem, not a crash', async () => {
    const url = `/v1/events/${'x'.repeat(300)}`;
    const result = await getJson(app, url);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.type).toMatch(/^application\/problem\+json/);
    expect(result.body.detail).toBe('A path segment is too long: expected an id of 1 to 200 characters.');
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
