import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson, listIds } from './helpers/app.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const ids = (url: string) => listIds(app, url);

describe('GET /v1/tariffs', () => {
  it('lists measures by announcement (or effective) date, then id', async () => {
    expect(await ids('/v1/tariffs')).toEqual(['us-vn-38-reciprocal', 'vn-us-0-proposed', 'us-vn-10-baseline', 'us-vn-20-negotiated']);
  });

  it('serves the Tariff shape with announcedBy as a reference or null', async () => {
    const { body } = await getJson(app, '/v1/tariffs?kind=reciprocal');
    const [tariff] = body.data;
    expect(Object.keys(tariff)).toEqual([
      'id', 'imposingCountry', 'targetCountry', 'ratePercent', 'kind', 'status', 'announcedDate', 'datePrecision',
      'effectiveDate', 'announcedBy', 'conditions', 'confidence', 'sources',
    ]);
    expect(tariff).toMatchObject({
      id: 'us-vn-38-reciprocal',
      ratePercent: 38,
      status: 'superseded',
      announcedDate: '2025-04',
      announcedBy: { id: 'united-states', name: 'United States' },
    });
    expect(tariff.sources).toHaveLength(2);
    const baseline = await getJson(app, '/v1/tariffs/us-vn-10-baseline');
    expect(baseline.body.announcedBy).toBeNull();
  });

  it('filters by imposer and target (any case), status, kind and confidence', async () => {
    expect(await ids('/v1/tariffs?imposer=us')).toEqual(['us-vn-38-reciprocal', 'us-vn-10-baseline', 'us-vn-20-negotiated']);
    expect(await ids('/v1/tariffs?target=US')).toEqual(['vn-us-0-proposed']);
    expect(await ids('/v1/tariffs?imposer=VN&target=vn')).toEqual([]);
    expect(await ids('/v1/tariffs?status=proposed')).toEqual(['vn-us-0-proposed']);
    expect(await ids('/v1/tariffs?kind=baseline')).toEqual(['us-vn-10-baseline']);
    expect(await ids('/v1/tariffs?minConfidence=0.85')).toEqual(['us-vn-38-reciprocal', 'us-vn-10-baseline']);
  });
});

describe('GET /v1/tariffs/:id', () => {
  it('lists each status with when it began and the document that reported it', async () => {
    const { body } = await getJson(app, '/v1/tariffs/us-vn-38-reciprocal');
    expect(body.history).toEqual([
      { status: 'announced', date: '2025-04', datePrecision: 'month', documentId: 'doc-a', reportedOn: '2025-04-25' },
      { status: 'superseded', date: '2025-07-01', datePrecision: 'day', documentId: 'doc-b', reportedOn: null },
    ]);
  });

  it('answers the measure, or a 404 problem', async () => {
    const found = await getJson(app, '/v1/tariffs/us-vn-20-negotiated');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ ratePercent: 20, effectiveDate: '2025-07-01', conditions: 'Replaces the 38 percent reciprocal tariff.' });
    const missing = await getJson(app, '/v1/tariffs/nope');
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /v1/tariffs/rate', () => {
  const measures = async (url: string) => {
    const { status, body } = await getJson(app, url);
    expect(status, url).toBe(200);
    return body.measures.map((t: { id: string }) => t.id);
  };

  it('answers the measures standing on the day, most recently started first', async () => {
    const { body } = await getJson(app, '/v1/tariffs/rate?imposer=us&target=vn&on=2025-05-01');
    expect(body).toMatchObject({ imposer: 'US', target: 'VN', on: '2025-05-01' });
    expect(body.measures.map((t: { id: string }) => t.id)).toEqual(['us-vn-10-baseline', 'us-vn-38-reciprocal']);
    expect(body.measures[0].sources.length).toBeGreaterThan(0);
  });

  it('starts a measure at its effective date, else its announcement at the lower bound of its precision', async () => {
    // '2025-04' counts from 2025-04-01; the baseline only from its effective day.
    expect(await measures('/v1/tariffs/rate?imposer=US&target=VN&on=2025-04-01')).toEqual(['us-vn-38-reciprocal']);
    expect(await measures('/v1/tariffs/rate?imposer=US&target=VN&on=2025-03-31')).toEqual([]);
    expect(await measures('/v1/tariffs/rate?imposer=US&target=VN&on=2025-06-30')).not.toContain('us-vn-20-negotiated');
  });

  it('answers from the status history: a measure superseded by then no longer stands', async () => {
    expect(await measures('/v1/tariffs/rate?imposer=US&target=VN&on=2025-06-30')).toEqual(['us-vn-10-baseline', 'us-vn-38-reciprocal']);
    const { body } = await getJson(app, '/v1/tariffs/rate?imposer=US&target=VN&on=2025-07-01');
    expect(body.measures.map((t: { id: string; statusOn: string }) => [t.id, t.statusOn])).toEqual([
      ['us-vn-20-negotiated', 'in_effect'],
      ['us-vn-10-baseline', 'in_effect'],
    ]);
  });

  it('gives each measure its status on the day asked about', async () => {
    const { body } = await getJson(app, '/v1/tariffs/rate?imposer=US&target=VN&on=2025-05-01');
    const reciprocal = body.measures.find((t: { id: string }) => t.id === 'us-vn-38-reciprocal');
    // Superseded today, but announced and standing on 1 May.
    expect(reciprocal).toMatchObject({ status: 'superseded', statusOn: 'announced' });
  });

  it('leaves out proposed measures, dated or not', async () => {
    expect(await measures('/v1/tariffs/rate?imposer=VN&target=US&on=2030-01-01')).toEqual([]);
  });

  it('is a 400 problem naming each missing or malformed parameter', async () => {
    const missing = await getJson(app, '/v1/tariffs/rate?imposer=US');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { name: string }) => e.name).sort()).toEqual(['on', 'target']);
    expect(missing.body.errors[0].message).toBe('Expected an ISO 3166-1 alpha-2 country code such as US or VN; got nothing.');
    for (const [query, name] of [
      ['imposer=USA&target=VN&on=2025-05-01', 'imposer'],
      ['imposer=US&target=V1&on=2025-05-01', 'target'],
      ['imposer=US&target=VN&on=2025-05', 'on'],
      ['imposer=US&target=VN&on=2025-02-30', 'on'],
    ] as const) {
      const { status, body } = await getJson(app, `/v1/tariffs/rate?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors.map((e: { name: string }) => e.name), query).toEqual([name]);
    }
  });
});
