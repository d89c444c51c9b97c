// Many talks in one timeline: the seeds (Vietnam–US) loaded with articles on the Japan–US talks
// (their own rounds 2 and 3), the EU–US talks and a US order on many countries
// (test/fixtures/negotiations/README.md says what each reports).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { loadPaths } from '../src/loader/index.js';
import { createLoadedApp, getJson, walk } from './helpers/app.js';
import { copyTemplateDb } from './helpers/db.js';
import { loadLimit } from './helpers/limits.js';
import { MANY_NEGOTIATIONS, SEED_PATHS } from './helpers/negotiations.js';

let app: App;
let seedsOnly: App;
beforeAll(
  async () => {
    app = await createLoadedApp(MANY_NEGOTIATIONS);
    seedsOnly = await createLoadedApp(SEED_PATHS);
  },
  loadLimit(MANY_NEGOTIATIONS.length + SEED_PATHS.length),
);
afterAll(async () => {
  await app?.close();
  await seedsOnly?.close();
});

type Row = { id: string; negotiation: { id: string; title: string } | null } & Record<string, any>;

describe('rounds of many negotiations', () => {
  it('keep their numbers apart: each negotiation lists its own rounds, in number order', async () => {
    const jp = await walk(app, '/v1/negotiations/jp-us/rounds', 50);
    expect(jp.map((r) => [r.round, r.startDate, r.negotiation.id])).toEqual([
      [2, '2025-05-01', 'jp-us'],
      [3, '2025-05-23', 'jp-us'],
    ]);
    const vn = await walk(app, '/v1/negotiations/us-vn/rounds', 50);
    expect(vn.map((r) => [r.round, r.startDate, r.endDate])).toEqual([
      [2, '2025-05-19', '2025-05-22'],
      [3, '2025-06', null],
    ]);
    const eu = await getJson(app, '/v1/negotiations/eu-us/rounds');
    expect(eu.status).toBe(200);
    expect(eu.body.data).toEqual([]);
  });

  it("answers round 3 of each negotiation with that negotiation's dates", async () => {
    const jp = await getJson(app, '/v1/negotiations/jp-us/rounds/3');
    expect(jp.status).toBe(200);
    expect(jp.body).toMatchObject({ round: 3, startDate: '2025-05-23', status: 'occurred' });
    expect(jp.body.title).toContain('Japan');
    // Three documents report it: two after it was held, one before.
    expect(new Set(jp.body.sources.map((s: { documentId: string }) => s.documentId)).size).toBe(3);
    const vn = await getJson(app, '/v1/negotiations/us-vn/rounds/3');
    expect(vn.body).toMatchObject({ round: 3, startDate: '2025-06', datePrecision: 'month', status: 'scheduled' });
    expect(vn.body.id).not.toBe(jp.body.id);
  });

  it('orders /v1/rounds by negotiation, then number', async () => {
    const all = await walk(app, '/v1/rounds', 1);
    expect(all.map((r) => `${r.negotiation?.id} ${r.round}`)).toEqual(['jp-us 2', 'jp-us 3', 'us-vn 2', 'us-vn 3']);
  });

  it('answers /v1/rounds/2 with a 409 naming both candidates, never one of them', async () => {
    const { status, type, body } = await getJson(app, '/v1/rounds/2');
    expect(status).toBe(409);
    expect(type).toContain('application/problem+json');
    expect(body.type).toBe('tag:parley,2025:ambiguous-round');
    expect(body.detail).toContain('jp-us');
    expect(body.detail).toContain('us-vn');
    expect(body.links.map((l: { rel: string; href: string }) => [l.rel, l.href])).toEqual([
      ['candidate', '/v1/negotiations/jp-us/rounds/2'],
      ['candidate', '/v1/negotiations/us-vn/rounds/2'],
    ]);
    for (const link of body.links) expect((await getJson(app, link.href)).status).toBe(200);
  });

  it('answers /v1/rounds/2 with the round on the seeds alone, where one negotiation has it', async () => {
    const { status, body } = await getJson(seedsOnly, '/v1/rounds/2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ round: 2, startDate: '2025-05-19', negotiation: { id: 'us-vn' } });
  });

  it("answers a number one negotiation lacks with a 404 naming that negotiation's talks", async () => {
    const { status, body } = await getJson(app, '/v1/negotiations/jp-us/rounds/7');
    expect(status).toBe(404);
    expect(body.detail).toContain('round 7 of the Japan–United States trade negotiations');
  });
});

describe('the negotiation filter', () => {
  const lists = ['/v1/events', '/v1/rounds', '/v1/tariffs', '/v1/trade-stats'];

  it.each(lists)('on %s meets each row of the negotiation once over a limit=1 walk', async (list) => {
    const everything: Row[] = await walk(app, list, 100);
    for (const id of ['us-vn', 'jp-us', 'eu-us']) {
      const rows: Row[] = await walk(app, `${list}?negotiation=${id}`, 1);
      const expected = everything.filter((r) => r.negotiation?.id === id).map((r) => r.id);
      expect(rows.map((r) => r.id)).toEqual(expected);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
  });

  it('finds rows in every negotiation and list the articles feed', async () => {
    for (const id of ['us-vn', 'jp-us', 'eu-us']) {
      for (const list of ['/v1/events', '/v1/tariffs', '/v1/trade-stats']) {
        const { body } = await getJson(app, `${list}?negotiation=${id}`);
        expect(body.page.total, `${list} ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('reads the id in any case and either order', async () => {
    const canonical = await getJson(app, '/v1/events?negotiation=jp-us');
    for (const spelling of ['US-JP', 'us-jp', 'JP-us']) {
      expect((await getJson(app, `/v1/events?negotiation=${spelling}`)).body).toEqual(canonical.body);
    }
  });

  it('is a 400 naming the parameter for a value that is no negotiation id', async () => {
    for (const list of lists) {
      const { status, body } = await getJson(app, `${list}?negotiation=japan`);
      expect(status, list).toBe(400);
      expect(body.errors).toEqual([
        {
          in: 'query',
          name: 'negotiation',
          message: "Expected a negotiation id: two country codes joined by a hyphen, such as us-vn; got 'japan'.",
        },
      ]);
    }
  });

  it('finds nothing for a well-formed id no negotiation has', async () => {
    const { status, body } = await getJson(app, '/v1/events?negotiation=fr-us');
    expect(status).toBe(200);
    expect(body.page.total).toBe(0);
  });
});

describe('membership', () => {
  it('puts each side pair in its negotiation: tariffs by imposer and target, figures by their flow', async () => {
    const tariffs: Row[] = await walk(app, '/v1/tariffs', 100);
    for (const t of tariffs.filter((x) => x.negotiation)) {
      expect(t.negotiation!.id).toBe(
        [t.imposingCountry, t.targetCountry]
          .map((c) => c.toLowerCase())
          .sort()
          .join('-'),
      );
    }
    const stats: Row[] = await walk(app, '/v1/trade-stats', 100);
    for (const s of stats) {
      expect(s.negotiation?.id).toBe(
        [s.exporter, s.importer]
          .map((c) => c.toLowerCase())
          .sort()
          .join('-'),
      );
    }
    expect(tariffs.find((t) => t.id === 'us-eu-30-percent')?.negotiation).toEqual({
      id: 'eu-us',
      title: 'European Union–United States trade negotiations',
    });
  });

  it('ties an act told among many countries to no negotiation, and makes none of sides no event ties', async () => {
    const { body } = await getJson(app, '/v1/events?q=executive+order+14+countries');
    expect(body.data.length).toBe(1);
    expect(body.data[0].negotiation).toBeNull();
    // Korea appears only in that order and its rate list: no Korea–US talks are reported.
    const korea = (await walk(app, '/v1/tariffs?target=KR', 100)) as Row[];
    expect(korea.length).toBeGreaterThan(0);
    for (const t of korea) expect(t.negotiation).toBeNull();
  });

  it('names the negotiation in CSV and in a document’s extractions', async () => {
    const csv = await app.inject({ method: 'GET', url: '/v1/rounds?format=csv' });
    const [header, first] = csv.body.split('\r\n');
    expect(header!.split(',')[2]).toBe('negotiation');
    expect(first!.split(',')[2]).toBe('jp-us');
    const docs = await walk(app, '/v1/documents', 100);
    const eu = docs.find((d) => d.title?.includes('EU') || d.title?.includes('Europe'));
    const { body } = await getJson(app, `/v1/documents/${eu.id}/extractions`);
    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events) expect(e.negotiation?.id).toBe('eu-us');
  });
});

describe('load order', () => {
  /** Every negotiation row, and which negotiation each event, measure and figure belongs to. */
  function memberships(paths: string[]) {
    const { db } = copyTemplateDb();
    loadPaths(db, paths);
    const all = (sql: string) => db.$client.prepare(sql).all();
    const out = {
      negotiations: all('SELECT * FROM negotiations ORDER BY id'),
      events: all('SELECT id, negotiation_id FROM events ORDER BY id'),
      tariffs: all('SELECT id, negotiation_id FROM tariff_measures ORDER BY id'),
      tradeStats: all('SELECT id, negotiation_id FROM trade_stats ORDER BY id'),
    };
    db.$client.close();
    return out;
  }

  it(
    'gives the same negotiations and memberships whatever order the documents come in',
    () => {
      const forward = memberships(MANY_NEGOTIATIONS);
      expect(forward.negotiations.map((n: any) => n.id)).toEqual(['eu-us', 'jp-us', 'us-vn']);
      expect(memberships([...MANY_NEGOTIATIONS].reverse())).toEqual(forward);
      // Interleaved: the Japan articles between the seeds, the order article first.
      const [a, b, ...rest] = MANY_NEGOTIATIONS;
      expect(memberships([rest.at(-1)!, a!, ...rest.slice(0, -1).reverse(), b!])).toEqual(forward);
    },
    loadLimit(3 * MANY_NEGOTIATIONS.length),
  );
});
