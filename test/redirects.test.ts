// Saved links never break: an id the rebuild renames (a later article dates a round to the day,
// or names a person in full) answers 308 to the id its row has now. Articles written for this test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { idRedirects } from '../src/db/schema.js';
import { createTestApp, getJson } from './helpers/app.js';
import { auth, postDocument, servedRows, TOKEN } from './helpers/ingest.js';
import { workerLimit } from './helpers/limits.js';

// Round three "in June", and "Trade Representative Greer" by his surname alone.
const roundPlanned = [
  'Vietnam and US Set Third Round of Tariff Talks for June',
  '- May 20, 2025',
  'HANOI, May 20, 2025 - Vietnam and the United States will hold a third round of trade negotiations in June 2025, officials in Hanoi said on Tuesday.',
  'Vietnamese Trade Minister Nguyen Hong Dien spoke by phone with Trade Representative Greer on Monday ahead of the round.',
].join('\n');
// The same round dated to the day, and Greer named in full.
const roundOpened = [
  'Third Round of Vietnam-US Talks Opens in Washington',
  '- June 10, 2025',
  'WASHINGTON, June 10, 2025 - The third round of trade negotiations between Vietnam and the United States opened in Washington on June 9, 2025.',
  'U.S. Trade Representative Jamieson Greer welcomed the Vietnamese delegation led by Trade Minister Nguyen Hong Dien.',
].join('\n');

const MONTH_ID = '2025-06-negotiation-round-3';
const DAY_ID = '2025-06-09-negotiation-round-3';

async function load(app: App, text: string): Promise<string> {
  const r = await postDocument(app, 'text/plain', text);
  expect(r.status).toBe(201);
  return r.body.document.id;
}

async function remove(app: App, id: string) {
  const r = await app.inject({ method: 'DELETE', url: `/v1/documents/${id}`, headers: auth });
  expect(r.statusCode).toBe(204);
}

async function expectMoved(app: App, url: string, location: string) {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, url).toBe(308);
  expect(r.headers['location'], url).toBe(location);
}

async function expectGone(app: App, url: string, detail: string) {
  const r = await getJson(app, url);
  expect(r.status, url).toBe(404);
  expect(r.type).toMatch(/^application\/problem\+json/);
  expect(r.body).toMatchObject({ type: 'tag:parley,2025:not-found', status: 404, detail });
}

const redirectRows = (app: App) =>
  app.db.select().from(idRedirects).orderBy(idRedirects.resource, idRedirects.fromId).all();

// Each test loads articles through its app's reading worker, started once.
describe('renamed ids', { timeout: workerLimit(1) }, () => {
  let app: App;
  beforeEach(async () => {
    app = await createTestApp({ fixtures: false, ingestToken: TOKEN });
  });
  afterEach(async () => {
    await app.close();
  });

  it('a round dated to the day later answers 308 at its first id, query kept; following it gives the re-dated round', async () => {
    await load(app, roundPlanned);
    expect((await getJson(app, `/v1/events/${MONTH_ID}`)).body).toMatchObject({
      startDate: '2025-06',
      datePrecision: 'month',
    });
    await load(app, roundOpened);

    await expectMoved(app, `/v1/events/${MONTH_ID}`, `/v1/events/${DAY_ID}`);
    await expectMoved(app, `/v1/events/${MONTH_ID}?format=csv`, `/v1/events/${DAY_ID}?format=csv`);
    const followed = await getJson(app, `/v1/events/${DAY_ID}`);
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ id: DAY_ID, round: 3, startDate: '2025-06-09', datePrecision: 'day' });
    // The same row: it cites both articles.
    expect(new Set(followed.body.sources.map((s: { documentId: string }) => s.documentId)).size).toBe(2);
  });

  it('an actor later named in full answers 308 at its surname id', async () => {
    await load(app, roundPlanned);
    expect((await getJson(app, '/v1/actors/greer')).body).toMatchObject({ name: 'Greer' });
    await load(app, roundOpened);

    await expectMoved(app, '/v1/actors/greer', '/v1/actors/jamieson-greer');
    const followed = await getJson(app, '/v1/actors/jamieson-greer');
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ id: 'jamieson-greer', name: 'Jamieson Greer' });
    // Live ids are never redirected; ids that never answered stay 404 problems.
    expect((await getJson(app, '/v1/actors/nguyen-hong-dien')).status).toBe(200);
    await expectGone(app, '/v1/actors/no-such-actor', "No actor 'no-such-actor'.");
  });

  it('deleting the later article makes the first ids live again, and the later ids point back at them', async () => {
    await load(app, roundPlanned);
    const opened = await load(app, roundOpened);
    await remove(app, opened);

    expect((await getJson(app, `/v1/events/${MONTH_ID}`)).body).toMatchObject({ id: MONTH_ID, startDate: '2025-06' });
    expect((await getJson(app, '/v1/actors/greer')).status).toBe(200);
    await expectMoved(app, `/v1/events/${DAY_ID}`, `/v1/events/${MONTH_ID}`);
    await expectMoved(app, '/v1/actors/jamieson-greer', '/v1/actors/greer');
  });

  it('once every article citing a row is deleted, its old ids are 404 problems', async () => {
    const planned = await load(app, roundPlanned);
    const opened = await load(app, roundOpened);
    await remove(app, opened);
    await expectMoved(app, `/v1/events/${DAY_ID}`, `/v1/events/${MONTH_ID}`);
    await remove(app, planned);

    await expectGone(app, `/v1/events/${DAY_ID}`, `No event '${DAY_ID}'.`);
    await expectGone(app, `/v1/events/${MONTH_ID}`, `No event '${MONTH_ID}'.`);
    await expectGone(app, '/v1/actors/jamieson-greer', "No actor 'jamieson-greer'.");
    expect(redirectRows(app)).toEqual([]);
  });
});

// Two apps, each starting its reading worker.
describe('renamed ids and load order', { timeout: workerLimit(2) }, () => {
  let apps: App[];
  beforeEach(async () => {
    apps = [
      await createTestApp({ fixtures: false, ingestToken: TOKEN }),
      await createTestApp({ fixtures: false, ingestToken: TOKEN }),
    ];
  });
  afterEach(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  it('gives the same live ids and the same redirects either way, and after a delete', async () => {
    const [forward, backward] = apps as [App, App];
    await load(forward, roundPlanned);
    const opened = await load(forward, roundOpened);
    await load(backward, roundOpened);
    await load(backward, roundPlanned);
    expect(await servedRows(backward)).toEqual(await servedRows(forward));

    // Loaded precise-first, the month id never answered; it is the id the vague report has on its
    // own, so it redirects all the same: the set of documents decides, not the order.
    expect(redirectRows(backward)).toEqual(redirectRows(forward));
    for (const app of apps) await expectMoved(app, `/v1/events/${MONTH_ID}`, `/v1/events/${DAY_ID}`);

    for (const app of apps) await remove(app, opened);
    expect(await servedRows(backward)).toEqual(await servedRows(forward));
    expect(redirectRows(backward)).toEqual(redirectRows(forward));
    for (const app of apps) await expectMoved(app, `/v1/events/${DAY_ID}`, `/v1/events/${MONTH_ID}`);
  });
});

describe('GET one resource by a renamed id', () => {
  let app: App;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it.each([
    ['events', '2025-04-24-negotiation-round-1'],
    ['actors', 'tran-thi-dao'],
    ['tariffs', 'us-vn-38-reciprocal'],
  ] as const)('/v1/%s/{old id} answers 308 to the current id', async (resource, toId) => {
    app.db.insert(idRedirects).values({ resource, fromId: 'an-old-id', toId }).run();
    await expectMoved(app, `/v1/${resource}/an-old-id`, `/v1/${resource}/${toId}`);
    const r = await app.inject({ method: 'GET', url: `/v1/${resource}/an-old-id` });
    expect(r.body).toBe('');
    expect((await getJson(app, `/v1/${resource}/${toId}`)).status).toBe(200);
    // Another collection's redirect is not this one's.
    expect((await getJson(app, `/v1/${resource === 'events' ? 'actors' : 'events'}/an-old-id`)).status).toBe(404);
  });
});
