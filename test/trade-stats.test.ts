import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { differenceQualifier } from '../src/queries/trade-stats.js';
import { createTestApp, getJson, listIds } from './helpers/app.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const ids = (url: string) => listIds(app, url);

describe('GET /v1/trade-stats', () => {
  it('lists figures by period, exporter and importer in the TradeStat shape', async () => {
    const { body } = await getJson(app, '/v1/trade-stats');
    expect(body.data.map((t: { id: string }) => t.id)).toEqual(['us-vn-2023', 'vn-us-2023', 'vn-us-2024']);
    const [first] = body.data;
    expect(Object.keys(first)).toEqual([
      'id',
      'exporter',
      'importer',
      'negotiation',
      'period',
      'valueUsd',
      'qualifier',
      'sourceOrganization',
      'confidence',
      'sources',
    ]);
    expect(first).toMatchObject({
      exporter: 'US',
      importer: 'VN',
      period: '2023',
      valueUsd: 12e9,
      qualifier: 'approximately',
      sourceOrganization: { id: 'general-statistics-office', name: 'General Statistics Office' },
    });
    expect(body.data[2].sourceOrganization).toBeNull();
  });

  it('filters by exporter, importer (any case), period and confidence', async () => {
    expect(await ids('/v1/trade-stats?exporter=vn')).toEqual(['vn-us-2023', 'vn-us-2024']);
    expect(await ids('/v1/trade-stats?importer=VN')).toEqual(['us-vn-2023']);
    expect(await ids('/v1/trade-stats?period=2023')).toEqual(['us-vn-2023', 'vn-us-2023']);
    expect(await ids('/v1/trade-stats?exporter=VN&period=2024')).toEqual(['vn-us-2024']);
    expect(await ids('/v1/trade-stats?minConfidence=0.86')).toEqual(['vn-us-2023']);
    expect(await ids('/v1/trade-stats?period=2023-01/2023-06')).toEqual([]);
  });
});

describe('GET /v1/trade-stats/balance', () => {
  it('answers per period a→b, b→a and the balance, null when a side is missing', async () => {
    const { status, body } = await getJson(app, '/v1/trade-stats/balance?a=vn&b=us');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      a: 'VN',
      b: 'US',
      data: [
        { period: '2023', aToB: 90e9, bToA: 12e9, balance: 78e9 },
        { period: '2024', aToB: 100e9, bToA: null, balance: null },
      ],
    });
  });

  it('is antisymmetric in a and b', async () => {
    const { body } = await getJson(app, '/v1/trade-stats/balance?a=US&b=VN');
    expect(body.data[0]).toMatchObject({ period: '2023', aToB: 12e9, bToA: 90e9, balance: -78e9 });
    expect(body.data[1]).toMatchObject({ period: '2024', aToB: null, bToA: 100e9, balance: null });
  });

  it("gives each side's qualifier and passages, and what the balance can claim", async () => {
    const { body } = await getJson(app, '/v1/trade-stats/balance?a=VN&b=US');
    const [y2023, y2024] = body.data;
    // $90 billion exactly, less about $12 billion: an approximate balance, not an exact one.
    expect(y2023).toMatchObject({
      aToBQualifier: 'exact',
      bToAQualifier: 'approximately',
      balanceQualifier: 'approximately',
    });
    expect(y2023.aToBSources.map((x: { quote: string }) => x.quote)).toEqual([
      'Vietnam exported $90 billion of goods to the US in 2023',
    ]);
    expect(y2023.bToASources.map((x: { quote: string }) => x.quote)).toEqual([
      'the US sold about $12 billion to Vietnam',
    ]);
    expect(y2024).toMatchObject({
      aToBQualifier: 'more_than',
      bToAQualifier: null,
      balanceQualifier: null,
      bToASources: [],
    });
    expect(y2024.aToBSources[0]).toMatchObject({
      documentId: 'doc-b',
      quote: 'In 2024 Vietnamese exports to the US rose above $100 billion.',
    });
  });

  it('answers an empty list for countries without figures', async () => {
    const { body } = await getJson(app, '/v1/trade-stats/balance?a=FR&b=DE');
    expect(body).toEqual({ a: 'FR', b: 'DE', data: [] });
  });

  it('is a 400 problem naming a missing country', async () => {
    const { status, body } = await getJson(app, '/v1/trade-stats/balance?a=VN');
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { in: 'query', name: 'b', message: 'Expected an ISO 3166-1 alpha-2 country code such as US or VN; got nothing.' },
    ]);
  });
});

describe('differenceQualifier', () => {
  it.each([
    ['exact', 'exact', 'exact'],
    ['more_than', 'approximately', 'approximately'],
    ['exact', 'approximately', 'approximately'],
    ['more_than', 'exact', 'more_than'],
    ['more_than', 'less_than', 'more_than'],
    ['exact', 'more_than', 'less_than'],
    ['less_than', 'exact', 'less_than'],
    ['more_than', 'more_than', 'unbounded'],
    ['less_than', 'less_than', 'unbounded'],
  ] as const)('%s minus %s is %s', (a, b, expected) => {
    expect(differenceQualifier(a, b)).toBe(expected);
  });
});
