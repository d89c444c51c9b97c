import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { tariffMeasures, tariffStatusHistory } from '../src/db/schema.js';
import { createTestApp, getJson, listIds } from './helpers/app.js';
import { postDocument, TOKEN } from './helpers/ingest.js';

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
    expect(await ids('/v1/tariffs')).toEqual([
      'us-vn-38-reciprocal',
      'vn-us-0-proposed',
      'us-vn-10-baseline',
      'us-vn-20-negotiated',
    ]);
  });

  it('serves the Tariff shape with announcedBy as a reference or null', async () => {
    const { body } = await getJson(app, '/v1/tariffs?kind=reciprocal');
    const [tariff] = body.data;
    expect(Object.keys(tariff)).toEqual([
      'id',
      'imposingCountry',
      'targetCountry',
      'negotiation',
      'ratePercent',
      'kind',
      'status',
      'announcedDate',
      'datePrecision',
      'effectiveDate',
      'announcedBy',
      'conditions',
      'confidence',
      'sources',
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
    expect(await ids('/v1/tariffs?imposer=us')).toEqual([
      'us-vn-38-reciprocal',
      'us-vn-10-baseline',
      'us-vn-20-negotiated',
    ]);
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
    expect(found.body).toMatchObject({
      ratePercent: 20,
      effectiveDate: '2025-07-01',
      conditions: 'Replaces the 38 percent reciprocal tariff.',
    });
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
    expect(await measures('/v1/tariffs/rate?imposer=US&target=VN&on=2025-06-30')).toEqual([
      'us-vn-10-baseline',
      'us-vn-38-reciprocal',
    ]);
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
    expect(missing.body.errors[0].message).toBe(
      'Expected an ISO 3166-1 alpha-2 country code such as US or VN; got nothing.',
    );
    for (const [query, name] of [
      ['imposer=USA&target=VN&on=2025-05-01', 'imposer'],
      ['imposer=US&target=V1&on=2025-05-01', 'target'],
      ['imposer=US&target=VN&on=2025-05', 'on'],
      ['imposer=US&target=VN&on=2025-02-30', 'on'],
    ] as const) {
      const { status, body } = await getJson(app, `/v1/tariffs/rate?${query}`);
      expect(status, query).toBe(400);
      expect(
        body.errors.map((e: { name: string }) => e.name),
        query,
      ).toEqual([name]);
    }
  });
});

describe('GET /v1/tariffs/rate: which measure applies', () => {
  const rate = async (on: string) => (await getJson(app, `/v1/tariffs/rate?imposer=US&target=VN&on=${on}`)).body;
  const marks = (body: any) =>
    body.measures.map((t: { id: string; applies: boolean; reason: string }) => [t.id, t.applies, t.reason]);

  it('names the measure in force over one only announced', async () => {
    // What US tariff applied to Vietnamese goods on 1 May 2025: the baseline, the 38% was only announced.
    const body = await rate('2025-05-01');
    expect(body.applies).toBe('us-vn-10-baseline');
    expect(marks(body)).toEqual([
      ['us-vn-10-baseline', true, 'in_force'],
      ['us-vn-38-reciprocal', false, 'not_in_force'],
    ]);
  });

  it('names the later-started of two measures in force', async () => {
    const body = await rate('2025-07-01');
    expect(body.applies).toBe('us-vn-20-negotiated');
    expect(marks(body)).toEqual([
      ['us-vn-20-negotiated', true, 'in_force'],
      ['us-vn-10-baseline', false, 'replaced_by_later'],
    ]);
  });

  it('names the latest announced when none is in force, and nothing when nothing stands', async () => {
    const body = await rate('2025-04-01');
    expect(body.applies).toBe('us-vn-38-reciprocal');
    expect(marks(body)).toEqual([['us-vn-38-reciprocal', true, 'latest_announced']]);
    expect((await rate('2025-03-31')).applies).toBeNull();
  });
});

describe('GET /v1/tariffs/rate: effective dates, stops and kinds', () => {
  // Made-up measures on pairs the fixture leaves alone, each with the history a loader would write.
  let local: App;
  type Entry = {
    status: 'announced' | 'in_effect' | 'paused' | 'withdrawn';
    date: string | null;
    reportedOn?: string | null;
  };
  const measure = (
    id: string,
    target: string,
    kind: string,
    ratePercent: number,
    effectiveDate: string | null,
    history: Entry[],
  ) => {
    local.db
      .insert(tariffMeasures)
      .values({
        id,
        imposingCountry: 'US',
        targetCountry: target,
        ratePercent,
        kind: kind as 'general',
        status: history.at(-1)!.status,
        announcedDate: history[0]!.date,
        datePrecision: 'day',
        effectiveDate,
        announcedBy: null,
        conditions: null,
        confidence: 0.8,
      })
      .run();
    history.forEach((h, seq) =>
      local.db
        .insert(tariffStatusHistory)
        .values({
          tariffId: id,
          seq,
          status: h.status,
          date: h.date,
          datePrecision: h.date ? 'day' : 'unknown',
          documentId: 'doc-a',
          reportedOn: h.reportedOn === undefined ? h.date : h.reportedOn,
        })
        .run(),
    );
  };
  const rate = async (target: string, on: string) => {
    const { status, body } = await getJson(local, `/v1/tariffs/rate?imposer=US&target=${target}&on=${on}`);
    expect(status).toBe(200);
    return body;
  };
  const statuses = (body: any) => body.measures.map((t: { id: string; statusOn: string }) => [t.id, t.statusOn]);

  beforeAll(async () => {
    local = await createTestApp();
    // Reported as announced on July 2, 'takes effect on July 9'; the 46% announced in April stands too.
    measure('kr-46-announced', 'KR', 'reciprocal', 46, null, [{ status: 'announced', date: '2025-04-02' }]);
    measure('kr-20-takes-effect', 'KR', 'negotiated', 20, '2025-07-09', [{ status: 'announced', date: '2025-07-02' }]);
    // Said to take effect on April 9, then paused that day.
    measure('jp-24-paused', 'JP', 'reciprocal', 24, '2025-04-09', [
      { status: 'announced', date: '2025-04-02' },
      { status: 'paused', date: '2025-04-09' },
    ]);
    // Announced in an undated passage of an undated report: only its effective date dates it.
    measure('th-36-undated', 'TH', 'reciprocal', 36, '2025-08-01', [
      { status: 'announced', date: null, reportedOn: null },
    ]);
    // The same, then reported withdrawn, with no date either: the withdrawal outranks the effective date.
    measure('my-24-withdrawn', 'MY', 'reciprocal', 24, '2025-08-01', [
      { status: 'announced', date: null, reportedOn: null },
      { status: 'withdrawn', date: null, reportedOn: null },
    ]);
    // A main rate, a penalty on top of it and one sector's rate, all in force.
    measure('in-25-reciprocal', 'IN', 'reciprocal', 25, '2025-08-07', [{ status: 'in_effect', date: '2025-08-07' }]);
    measure('in-25-additional', 'IN', 'additional', 25, '2025-08-27', [{ status: 'in_effect', date: '2025-08-27' }]);
    measure('in-50-steel', 'IN', 'sectoral', 50, '2025-06-04', [{ status: 'in_effect', date: '2025-06-04' }]);
  });
  afterAll(async () => {
    await local.close();
  });

  it('puts a measure announced with an effective date in effect from that date', async () => {
    const before = await rate('KR', '2025-07-08');
    expect(statuses(before)).toEqual([
      ['kr-20-takes-effect', 'announced'],
      ['kr-46-announced', 'announced'],
    ]);
    const on = await rate('KR', '2025-07-09');
    expect(statuses(on)).toEqual([
      ['kr-20-takes-effect', 'in_effect'],
      ['kr-46-announced', 'announced'],
    ]);
    expect(on.applies).toBe('kr-20-takes-effect');
  });

  it('does not name a measure announced for a later day as the one applying', async () => {
    const body = await rate('KR', '2025-07-02');
    expect(body.applies).toBe('kr-46-announced');
    expect(body.measures.map((t: { id: string; reason: string }) => [t.id, t.reason])).toEqual([
      ['kr-20-takes-effect', 'takes_effect_later'],
      ['kr-46-announced', 'latest_announced'],
    ]);
  });

  it('lets a later pause in the history overrule the effective date', async () => {
    expect(statuses(await rate('JP', '2025-04-08'))).toEqual([['jp-24-paused', 'announced']]);
    const paused = await rate('JP', '2025-04-10');
    expect(statuses(paused)).toEqual([['jp-24-paused', 'paused']]);
    expect(paused.applies).toBeNull();
    expect(paused.measures[0]).toMatchObject({ applies: false, reason: 'paused' });
  });

  it('dates an undated announcement by its effective date', async () => {
    expect((await rate('TH', '2025-07-31')).measures).toEqual([]);
    expect(statuses(await rate('TH', '2025-08-01'))).toEqual([['th-36-undated', 'in_effect']]);
    expect((await rate('MY', '2025-08-01')).measures).toEqual([]);
  });

  it('keeps sector and additional measures beside the main rate, not in its place', async () => {
    const body = await rate('IN', '2025-09-01');
    expect(body.applies).toBe('in-25-reciprocal');
    expect(
      body.measures.map((t: { id: string; applies: boolean; reason: string }) => [t.id, t.applies, t.reason]),
    ).toEqual([
      ['in-25-additional', true, 'on_top'],
      ['in-25-reciprocal', true, 'in_force'],
      ['in-50-steel', true, 'sector_only'],
    ]);
  });
});

describe('GET /v1/tariffs/rate on a loaded article', () => {
  // Written for this test: a deal announces a lower rate that 'takes effect on July 9'.
  const article = [
    'Washington and Hanoi Strike Tariff Deal',
    '- July 2, 2025',
    'WASHINGTON, July 2, 2025 - The United States and Vietnam reached a trade agreement on July 2, 2025.',
    'Under the deal, Vietnamese goods will face a 20% tariff, down from the 46% rate announced in April.',
    'The 20% tariff takes effect on July 9, 2025.',
  ].join('\n');
  let loaded: App;
  beforeAll(async () => {
    loaded = await createTestApp({ fixtures: false, ingestToken: TOKEN });
    expect((await postDocument(loaded, 'text/plain', article)).status).toBe(201);
  });
  afterAll(async () => {
    await loaded.close();
  });
  const answer = async (on: string) => {
    const { body } = await getJson(loaded, `/v1/tariffs/rate?imposer=US&target=VN&on=${on}`);
    return [body.applies, body.measures.map((t: any) => [t.ratePercent, t.statusOn, t.applies, t.reason])];
  };

  it('names the 46% before the deal, nothing while the 20% is still to come, and the 20% from the day it takes effect', async () => {
    expect(await answer('2025-07-01')).toEqual(['us-vn-46-percent', [[46, 'announced', true, 'latest_announced']]]);
    // The article reports the 46% replaced; the 20% is announced but not in effect before July 9.
    expect(await answer('2025-07-08')).toEqual([null, [[20, 'announced', false, 'takes_effect_later']]]);
    expect(await answer('2025-07-09')).toEqual(['us-vn-20-percent', [[20, 'in_effect', true, 'in_force']]]);
  });
});
