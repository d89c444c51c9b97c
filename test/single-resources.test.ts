// Single resources take parameters the way lists do: an unknown one is the same 400 problem, and
// `format=csv` (or Accept: text/csv) answers the resource's row of its list's CSV.
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

const get = (url: string, accept?: string) => app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });

// [single resource, its list]
const resources: Array<[string, string]> = [
  ['/v1/events/2025-05-12-negotiation-round-2', '/v1/events'],
  ['/v1/negotiations/us-vn', '/v1/negotiations'],
  ['/v1/actors/tran-thi-dao', '/v1/actors'],
  ['/v1/tariffs/us-vn-38-reciprocal', '/v1/tariffs'],
  ['/v1/rounds/2', '/v1/rounds'],
  ['/v1/documents/doc-a', '/v1/documents'],
];
const others = [
  '/v1/tariffs/rate?imposer=US&target=VN&on=2025-05-01',
  '/v1/trade-stats/balance?a=VN&b=US',
  '/v1/documents/doc-a/extractions',
];

describe('unknown parameters', () => {
  it.each([...resources.map(([url]) => url), ...others])('%s refuses one as lists do', async (url) => {
    const sep = url.includes('?') ? '&' : '?';
    const { status, type, body } = await getJson(app, `${url}${sep}colour=red`);
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.type).toBe('tag:parley,2025:invalid-parameters');
    expect(body.errors).toEqual([
      {
        in: 'query',
        name: 'colour',
        message: expect.stringMatching(/^Expected a parameter this route takes \(.*format\); got 'colour'\.$/),
      },
    ]);
  });

  it('and a format other than json or csv, in the same words as lists', async () => {
    const single = await getJson(app, '/v1/events/2025-05-12-negotiation-round-2?format=xml');
    const list = await getJson(app, '/v1/events?format=xml');
    expect(single.status).toBe(400);
    expect(single.body.errors).toEqual(list.body.errors);
  });
});

describe('format=csv on a single resource', () => {
  it.each(resources)('%s answers its row of the %s CSV', async (url, listUrl) => {
    const list = (await get(`${listUrl}?format=csv&limit=100`)).body.split('\r\n');
    for (const response of [await get(`${url}?format=csv`), await get(url, 'text/csv')]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['vary']).toMatch(/Accept/);
      const [header, row, end] = response.body.split('\r\n');
      expect(header).toBe(list[0]);
      expect(list).toContain(row);
      expect(end).toBe('');
    }
  });

  it.each(resources)('%s answers JSON for format=json, as without it', async (url) => {
    const plain = await getJson(app, url);
    const json = await getJson(app, `${url}?format=json`, { accept: 'text/csv' });
    expect(json.status).toBe(200);
    expect(json.type).toMatch(/^application\/json/);
    expect(json.body).toEqual(plain.body);
  });

  it('an unknown id is still a 404 problem', async () => {
    const response = await get('/v1/events/no-such-event?format=csv');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('the tariff rate answers one row per measure: the tariff columns, statusOn, applies and reason', async () => {
    const url = '/v1/tariffs/rate?imposer=US&target=VN&on=2025-05-01';
    const json = (await getJson(app, url)).body;
    const lines = (await get(`${url}&format=csv`)).body.split('\r\n');
    const listHeader = (await get('/v1/tariffs?format=csv')).body.split('\r\n')[0];
    expect(lines[0]).toBe(`${listHeader},statusOn,applies,reason`);
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(
      json.measures.map((m: { id: string }) => m.id),
    );
    // The measure that applies says so in its row.
    const applying = lines.slice(1, -1).filter((line) => line.endsWith(',true,in_force'));
    expect(applying.map((line) => line.split(',')[0])).toEqual([json.applies]);
  });
});

describe("a document's extractions have no CSV form", () => {
  const url = '/v1/documents/doc-a/extractions';

  it('format=csv is a 400 saying so', async () => {
    const { status, body } = await getJson(app, `${url}?format=csv`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        in: 'query',
        name: 'format',
        message: "Expected json (the extractions are four lists of different rows, with no CSV form); got 'csv'.",
      },
    ]);
  });

  it('an Accept header refusing JSON is a 406 saying so', async () => {
    const { status, type, body } = await getJson(app, url, { accept: 'text/csv' });
    expect(status).toBe(406);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.detail).toBe(
      'This answer is JSON only: the extractions are four lists of different rows, with no CSV form. Accept application/json to get it.',
    );
  });

  it('JSON it is whenever JSON is acceptable', async () => {
    for (const accept of ['text/csv, application/json;q=0.1', '*/*', 'application/json']) {
      const { status, type } = await getJson(app, `${url}?format=json`, { accept });
      expect(status, accept).toBe(200);
      expect(type, accept).toMatch(/^application\/json/);
    }
  });
});
