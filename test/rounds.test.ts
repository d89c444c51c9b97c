import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson } from './helpers/app.js';
import { postDocument, TOKEN } from './helpers/ingest.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /v1/rounds', () => {
  it('lists numbered negotiation rounds by number, in the Round shape', async () => {
    const { status, body } = await getJson(app, '/v1/rounds');
    expect(status).toBe(200);
    expect(body.data.map((r: { round: number }) => r.round)).toEqual([1, 2, 3]);
    expect(body.page).toEqual({ limit: 50, nextCursor: null, total: 3 });
    const third = body.data[2];
    expect(Object.keys(third)).toEqual([
      'round',
      'id',
      'negotiation',
      'title',
      'startDate',
      'endDate',
      'datePrecision',
      'status',
      'location',
      'format',
      'actors',
      'sources',
    ]);
    expect(third).toMatchObject({
      id: '2025-06-negotiation-round-3',
      status: 'scheduled',
      startDate: '2025-06',
      datePrecision: 'month',
    });
  });

  it('names the event that launched the talks, which is no round', async () => {
    const { body } = await getJson(app, '/v1/rounds?limit=1');
    expect(body.launch).toEqual({
      id: '2025-04-10-meeting-launch',
      type: 'meeting',
      title: 'Talks on tariffs open',
      startDate: '2025-04-10',
      datePrecision: 'day',
      status: 'occurred',
      negotiation: { id: 'us-vn', title: 'United States–Vietnam trade negotiations' },
      href: '/v1/events/2025-04-10-meeting-launch',
    });
  });
});

describe('GET /v1/rounds/:number', () => {
  it('answers the round with that number', async () => {
    const { status, body } = await getJson(app, '/v1/rounds/2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ round: 2, id: '2025-05-12-negotiation-round-2', location: 'Washington' });
    expect(body.actors).toHaveLength(2);
  });

  it('is a 404 problem for a round nobody held', async () => {
    const { status, body } = await getJson(app, '/v1/rounds/9');
    expect(status).toBe(404);
    expect(body.detail).toContain('9');
  });

  it('says in the 404 what a round is, and points to the event that launched the talks', async () => {
    const { body } = await getJson(app, '/v1/rounds/9');
    expect(body.detail).toMatch(/^No article reports a round 9\. A round is a negotiation session the articles number/);
    expect(body.detail).toContain("'Talks on tariffs open'");
    expect(body.links).toEqual([
      { rel: 'launch', href: '/v1/events/2025-04-10-meeting-launch', title: 'Talks on tariffs open' },
    ]);
    expect((await getJson(app, body.links[0].href)).status).toBe(200);
  });

  it('is a 400 problem naming `number` when it is not a positive integer', async () => {
    for (const bad of ['abc', '0', '1.5']) {
      const { status, body } = await getJson(app, `/v1/rounds/${bad}`);
      expect(status, bad).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ in: 'path', name: 'number' })]);
    }
  });
});

describe('rounds of talks launched by a meeting no article numbers', () => {
  // Written for this test: an online meeting launches the talks; the next session is the second round.
  const article = [
    'Canberra and Ottawa Begin Trade Talks',
    '- March 20, 2025',
    "OTTAWA, March 20, 2025 - Canada's Trade Minister Mary Ng held an online meeting with Australian Trade Minister Don Farrell on March 3, 2025, to officially launch negotiations on a trade agreement.",
    'The second round of negotiations took place in Canberra from March 17 to 19, 2025.',
  ].join('\n');
  let loaded: App;
  beforeAll(async () => {
    loaded = await createTestApp({ fixtures: false, ingestToken: TOKEN });
  });
  afterAll(async () => {
    await loaded.close();
  });

  it('answers round 1 with a 404 that says so and links the launch, and the list names it', async () => {
    const empty = await getJson(loaded, '/v1/rounds/1');
    expect(empty.status).toBe(404);
    expect(empty.body.links).toBeUndefined();
    expect((await getJson(loaded, '/v1/rounds')).body.launch).toBeNull();

    expect((await postDocument(loaded, 'text/plain', article)).status).toBe(201);
    const rounds = await getJson(loaded, '/v1/rounds');
    expect(rounds.body.data.map((r: { round: number }) => r.round)).toEqual([2]);
    expect(rounds.body.launch).toMatchObject({ type: 'meeting', startDate: '2025-03-03' });
    const { status, body } = await getJson(loaded, '/v1/rounds/1');
    expect(status).toBe(404);
    expect(body.detail).toContain('No article reports a round 1.');
    expect(body.links).toEqual([{ rel: 'launch', href: rounds.body.launch.href, title: rounds.body.launch.title }]);
    const launch = await getJson(loaded, body.links[0].href);
    expect(launch.body.summary).toContain('to officially launch negotiations');
  });
});
