// Negotiations as a resource, on real documents: the seeds (Vietnam–US) and the negotiation
// articles of test/fixtures/negotiations (Japan–US, EU–US, an order on many countries; its
// README lists what each reports). Every count and part is checked against the resource it sums.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createLoadedApp, getJson, listIds, walk } from './helpers/app.js';
import { negotiationDetailExample } from '../src/contracts/negotiation-detail.js';
import { loadLimit } from './helpers/limits.js';
import { MANY_NEGOTIATIONS, SEED_PATHS } from './helpers/negotiations.js';

let app: App;
beforeAll(async () => {
  app = await createLoadedApp(MANY_NEGOTIATIONS);
}, loadLimit(MANY_NEGOTIATIONS.length));
afterAll(async () => {
  await app.close();
});

const ids = (url: string) => listIds(app, url);
const byId = async (id: string) => (await getJson(app, '/v1/negotiations')).body.data.find((n: any) => n.id === id);
const detail = async (id: string, on = '2025-05-01') => {
  const { status, body } = await getJson(app, `/v1/negotiations/${id}?on=${on}`);
  expect(status, id).toBe(200);
  return body;
};

/** The ids of a negotiation's events, as the events list filters them. */
const eventIdsOf = async (id: string): Promise<string[]> =>
  (await walk(app, `/v1/events?negotiation=${id}`, 100)).map((e) => e.id);

describe('GET /v1/negotiations', () => {
  it('lists eu-us, jp-us and us-vn by id, each with its two parties', async () => {
    const { status, body } = await getJson(app, '/v1/negotiations');
    expect(status).toBe(200);
    expect(body.page).toEqual({ limit: 50, nextCursor: null, total: 3 });
    expect(body.data.map((n: any) => [n.id, n.title, n.status])).toEqual([
      ['eu-us', 'European Union–United States trade negotiations', 'ongoing'],
      ['jp-us', 'Japan–United States trade negotiations', 'ongoing'],
      ['us-vn', 'United States–Vietnam trade negotiations', 'ongoing'],
    ]);
    expect(body.data.map((n: any) => n.parties)).toEqual([
      [
        { id: 'european-union', name: 'European Union', country: 'EU' },
        { id: 'united-states', name: 'United States', country: 'US' },
      ],
      [
        { id: 'japan', name: 'Japan', country: 'JP' },
        { id: 'united-states', name: 'United States', country: 'US' },
      ],
      [
        { id: 'united-states', name: 'United States', country: 'US' },
        { id: 'vietnam', name: 'Vietnam', country: 'VN' },
      ],
    ]);
    expect(Object.keys(body.data[0])).toEqual([
      'id',
      'title',
      'parties',
      'status',
      'firstDate',
      'lastDate',
      'eventCount',
      'roundCount',
      'documentCount',
      'latestRound',
    ]);
  });

  it('counts the events and rounds each negotiation has', async () => {
    const { body } = await getJson(app, '/v1/negotiations');
    expect(body.data.map((n: any) => [n.id, n.eventCount, n.roundCount, n.documentCount])).toEqual([
      ['eu-us', 3, 0, 1],
      ['jp-us', 4, 2, 4],
      ['us-vn', 5, 2, 3],
    ]);
    for (const n of body.data) {
      expect(n.eventCount, n.id).toBe((await eventIdsOf(n.id)).length);
      expect(n.roundCount, n.id).toBe((await detail(n.id)).rounds.length);
    }
    // The order on 14 countries belongs to none: it is no event of jp-us or us-vn.
    expect(await eventIdsOf('jp-us')).not.toContain('2025-07-07-tariff-action-trump');
    expect(await eventIdsOf('us-vn')).not.toContain('2025-07-07-tariff-action-trump');
  });

  it('dates each negotiation from its first event to its last, as precise as they are', async () => {
    const { body } = await getJson(app, '/v1/negotiations');
    expect(body.data.map((n: any) => [n.id, n.firstDate, n.lastDate])).toEqual([
      ['eu-us', '2025-05-30', '2025-06-12'],
      ['jp-us', '2025-04-02', '2025-05-23'],
      ['us-vn', '2025-04', '2025-06'],
    ]);
  });

  it('gives the latest round: jp-us round 3 held on 2025-05-23, us-vn round 3 planned for June, eu-us none', async () => {
    expect((await byId('jp-us')).latestRound).toEqual({
      number: 3,
      id: '2025-05-23-negotiation-round-3',
      startDate: '2025-05-23',
      endDate: null,
      datePrecision: 'day',
      status: 'occurred',
    });
    expect((await byId('us-vn')).latestRound).toMatchObject({ number: 3, startDate: '2025-06', status: 'scheduled' });
    expect((await byId('eu-us')).latestRound).toBeNull();
  });

  it('filters by party (either side, any case), status and words', async () => {
    expect(await ids('/v1/negotiations?party=JP')).toEqual(['jp-us']);
    expect(await ids('/v1/negotiations?party=us')).toEqual(['eu-us', 'jp-us', 'us-vn']);
    expect(await ids('/v1/negotiations?party=VN')).toEqual(['us-vn']);
    expect(await ids('/v1/negotiations?party=eu')).toEqual(['eu-us']);
    expect(await ids('/v1/negotiations?party=FR')).toEqual([]);
    expect(await ids('/v1/negotiations?status=ongoing')).toEqual(['eu-us', 'jp-us', 'us-vn']);
    expect(await ids('/v1/negotiations?status=agreement_reached')).toEqual([]);
    expect(await ids('/v1/negotiations?q=japan')).toEqual(['jp-us']);
    expect(await ids('/v1/negotiations?q=Viet%20NAM')).toEqual([]);
    expect(await ids('/v1/negotiations?q=vietnam%20united')).toEqual(['us-vn']);
    expect(await ids('/v1/negotiations?q=europ')).toEqual(['eu-us']);
    expect(await ids('/v1/negotiations?q=jp')).toEqual(['jp-us']);
    expect(await ids('/v1/negotiations?party=US&q=japan')).toEqual(['jp-us']);
  });

  it('refuses a party that is no two-letter code, naming it', async () => {
    const { status, type, body } = await getJson(app, '/v1/negotiations?party=USA');
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.errors.map((e: { name: string }) => e.name)).toEqual(['party']);
  });

  it('meets each negotiation once, walked one page at a time', async () => {
    const rows = await walk(app, '/v1/negotiations', 1);
    expect(rows.map((n) => n.id)).toEqual(['eu-us', 'jp-us', 'us-vn']);
    const filtered = await walk(app, '/v1/negotiations?party=US', 2);
    expect(filtered.map((n) => n.id)).toEqual(['eu-us', 'jp-us', 'us-vn']);
  });

  it('answers CSV with one row per negotiation', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/negotiations?party=JP&format=csv' });
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.body).toBe(
      'id,title,partyA,partyB,status,firstDate,lastDate,eventCount,roundCount,documentCount,latestRound,latestRoundStart\r\n' +
        'jp-us,Japan–United States trade negotiations,JP,US,ongoing,2025-04-02,2025-05-23,4,2,4,3,2025-05-23\r\n',
    );
  });
});

describe('GET /v1/negotiations on the seeds alone', () => {
  it(
    'has exactly the Vietnam–US negotiation',
    async () => {
      const seeds = await createLoadedApp(SEED_PATHS);
      try {
        const { body } = await getJson(seeds, '/v1/negotiations');
        expect(body.data).toHaveLength(1);
        expect(body.data[0]).toMatchObject({
          id: 'us-vn',
          parties: [
            { id: 'united-states', country: 'US' },
            { id: 'vietnam', country: 'VN' },
          ],
          documentCount: 2,
          roundCount: 2,
          latestRound: { number: 3, id: '2025-06-negotiation-round-3' },
        });
        const one = await getJson(seeds, '/v1/negotiations/us-vn');
        expect(one.body.documents).toHaveLength(2);
        // The OpenAPI example is this answer, its rounds cut to the first with its lead and first passage.
        const { body: may } = await getJson(seeds, '/v1/negotiations/us-vn?on=2025-05-01');
        const [first] = may.rounds;
        may.rounds = [
          { ...first, actors: first.actors.filter((a: any) => a.role === 'lead'), sources: first.sources.slice(0, 1) },
        ];
        expect(negotiationDetailExample).toEqual(may);
      } finally {
        await seeds.close();
      }
    },
    loadLimit(SEED_PATHS.length),
  );
});

describe('GET /v1/negotiations/{id}', () => {
  it('gives the rounds of its own negotiation by number, with their own dates', async () => {
    const rounds = (n: any) => n.rounds.map((r: any) => [r.round, r.id, r.startDate, r.endDate, r.status]);
    expect(rounds(await detail('jp-us'))).toEqual([
      [2, '2025-05-01-negotiation-round-2', '2025-05-01', null, 'occurred'],
      [3, '2025-05-23-negotiation-round-3', '2025-05-23', null, 'occurred'],
    ]);
    expect(rounds(await detail('us-vn'))).toEqual([
      [2, '2025-05-19-negotiation-round-2', '2025-05-19', '2025-05-22', 'occurred'],
      [3, '2025-06-negotiation-round-3', '2025-06', null, 'scheduled'],
    ]);
    expect((await detail('eu-us')).rounds).toEqual([]);
    // In the Round shape of /v1/rounds.
    const listed = (await getJson(app, '/v1/rounds?limit=100')).body.data;
    const round2 = (await detail('jp-us')).rounds[0];
    expect(round2).toEqual(listed.find((r: any) => r.id === round2.id));
  });

  it('gives each direction what /v1/tariffs/rate answers for that pair and day', async () => {
    for (const id of ['jp-us', 'us-vn', 'eu-us']) {
      for (const on of ['2025-05-01', '2025-07-01']) {
        const { tariffs, parties } = await detail(id, on);
        const [a, b] = parties.map((p: any) => p.country);
        expect(tariffs.map((t: any) => [t.imposer, t.target, t.on])).toEqual([
          [a, b, on],
          [b, a, on],
        ]);
        for (const t of tariffs) {
          const rate = await getJson(app, t.href);
          expect(t.href).toBe(`/v1/tariffs/rate?imposer=${t.imposer}&target=${t.target}&on=${on}`);
          expect(t.applies?.id ?? null, t.href).toBe(rate.body.applies);
          const beside = rate.body.measures.filter((m: any) => m.applies && m.id !== rate.body.applies);
          expect(
            t.alsoApplying.map((m: any) => m.id),
            t.href,
          ).toEqual(beside.map((m: any) => m.id));
        }
      }
    }
  });

  it('names the measures that apply: the car tariff beside the US rate on Japan, the threat on the EU once made', async () => {
    const usOnJapan = (await detail('jp-us', '2025-07-01')).tariffs[1];
    expect(usOnJapan.alsoApplying).toEqual([
      {
        id: 'us-jp-25-percent-sectoral',
        ratePercent: 25,
        kind: 'sectoral',
        statusOn: 'in_effect',
        reason: 'sector_only',
      },
    ]);
    expect((await detail('jp-us', '2025-07-01')).tariffs[0]).toMatchObject({ imposer: 'JP', applies: null });
    expect((await detail('eu-us', '2025-05-01')).tariffs[1].applies).toBeNull();
    expect((await detail('eu-us', '2025-07-01')).tariffs[1].applies).toMatchObject({
      id: 'us-eu-30-percent',
      ratePercent: 30,
      statusOn: 'announced',
    });
    expect((await detail('us-vn', '2025-05-01')).tariffs[0].applies).toMatchObject({ id: 'us-vn-46-percent' });
  });

  it('gives the tariffs as of today (UTC) when no day is asked', async () => {
    const { body } = await getJson(app, '/v1/negotiations/jp-us');
    const today = new Date().toISOString().slice(0, 10);
    expect(body.tariffs.map((t: any) => t.on)).toEqual([today, today]);
  });

  it('gives the latest trade figures each way and the balance /v1/trade-stats/balance answers', async () => {
    const jp = (await detail('jp-us')).trade;
    expect(jp).toEqual({
      a: 'JP',
      b: 'US',
      aToB: { id: 'jp-to-us-2024', period: '2024', valueUsd: 148e9, qualifier: 'approximately' },
      bToA: { id: 'us-to-jp-2024', period: '2024', valueUsd: 80e9, qualifier: 'approximately' },
      balance: { period: '2024', valueUsd: 68e9, qualifier: 'approximately' },
      href: '/v1/trade-stats/balance?a=JP&b=US',
    });
    for (const id of ['jp-us', 'us-vn', 'eu-us']) {
      const { trade } = await detail(id);
      const last = (await getJson(app, trade.href)).body.data.at(-1);
      expect([trade.balance.period, trade.balance.valueUsd, trade.balance.qualifier], id).toEqual([
        last.period,
        last.balance,
        last.balanceQualifier,
      ]);
      expect([trade.aToB.valueUsd, trade.bToA.valueUsd], id).toEqual([last.aToB, last.bToA]);
      const stats = (await getJson(app, '/v1/trade-stats?limit=100')).body.data;
      for (const figure of [trade.aToB, trade.bToA])
        expect(
          stats.find((s: any) => s.id === figure.id),
          figure.id,
        ).toMatchObject(figure);
    }
    // a is the first code: the US, whose imports from Vietnam far exceed its exports.
    expect((await detail('us-vn')).trade).toMatchObject({
      a: 'US',
      aToB: { id: 'us-to-vn-2023', valueUsd: 15e9 },
      bToA: { id: 'vn-to-us-2023', valueUsd: 120e9, qualifier: 'more_than' },
      balance: { period: '2023', valueUsd: -105e9, qualifier: 'approximately' },
    });
  });

  it('lists every document its events, tariffs and trade figures cite, as many as documentCount', async () => {
    for (const id of ['jp-us', 'us-vn', 'eu-us']) {
      const n = await detail(id);
      expect(n.documents, id).toHaveLength(n.documentCount);
      const cited = new Set<string>();
      for (const eventId of await eventIdsOf(id))
        for (const s of (await getJson(app, `/v1/events/${eventId}`)).body.sources) cited.add(s.documentId);
      const [a, b] = n.parties.map((p: any) => p.country);
      for (const [from, to] of [
        [a, b],
        [b, a],
      ]) {
        for (const row of [
          ...(await getJson(app, `/v1/tariffs?imposer=${from}&target=${to}&limit=100`)).body.data,
          ...(await getJson(app, `/v1/trade-stats?exporter=${from}&importer=${to}&limit=100`)).body.data,
        ])
          for (const s of row.sources) cited.add(s.documentId);
      }
      expect(n.documents.map((d: any) => d.id).sort(), id).toEqual([...cited].sort());
    }
    expect((await detail('eu-us')).documents).toEqual([
      {
        id: 'eu-trade-chief-holds-call-with-us-trade-cf6278',
        title: 'EU Trade Chief Holds Call With US Trade Representative as Tariff Deadline Looms',
        publishedDate: '2025-06-13',
      },
    ]);
    // By publication day, the undated seed last.
    expect((await detail('us-vn')).documents.map((d: any) => d.publishedDate)).toEqual([
      '2025-05-30',
      '2025-07-08',
      null,
    ]);
  });

  it('answers its row of the list CSV', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/negotiations/eu-us?format=csv' });
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.body.split('\r\n')[1]).toBe(
      'eu-us,European Union–United States trade negotiations,EU,US,ongoing,2025-05-30,2025-06-12,3,0,1,,',
    );
  });

  it('redirects another spelling of the id to the canonical one, query kept', async () => {
    for (const spelling of ['VN-US', 'vn-us', 'US-VN']) {
      const response = await app.inject({ method: 'GET', url: `/v1/negotiations/${spelling}?on=2025-05-01` });
      expect(response.statusCode, spelling).toBe(308);
      expect(response.headers.location, spelling).toBe('/v1/negotiations/us-vn?on=2025-05-01');
    }
  });

  it('is a 404 problem for a pair no article ties into talks, pointing to the list', async () => {
    const { status, type, body } = await getJson(app, '/v1/negotiations/fr-us');
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.type).toBe('tag:parley,2025:not-found');
    expect(body.detail).toContain("No negotiation has the id 'fr-us'");
    expect(body.detail).toContain('/v1/negotiations');
    expect(body.links).toEqual([{ rel: 'collection', href: '/v1/negotiations', title: 'Every negotiation' }]);
  });

  it('refuses an id that is no pair of codes, naming id, and unknown parameters', async () => {
    const bad = await getJson(app, '/v1/negotiations/japan');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      {
        in: 'path',
        name: 'id',
        message: "Expected a negotiation id: two country codes joined by a hyphen, such as us-vn; got 'japan'.",
      },
    ]);
    const unknown = await getJson(app, '/v1/negotiations/us-vn?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { name: string }) => e.name)).toEqual(['colour']);
    const day = await getJson(app, '/v1/negotiations/us-vn?on=2025-05');
    expect(day.body.errors.map((e: { name: string }) => e.name)).toEqual(['on']);
  });
});
