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

describe('GET /v1/actors', () => {
  it('lists actors by kind, name and id', async () => {
    expect(await ids('/v1/actors')).toEqual([
      'united-states',
      'vietnam',
      'general-statistics-office',
      'le-van-hung',
      'margaret-oneil',
      'tran-thi-dao',
    ]);
  });

  it('serves the Actor shape with sorted aliases', async () => {
    const { body } = await getJson(app, '/v1/actors?q=dao');
    expect(body.data).toHaveLength(1);
    const [actor] = body.data;
    expect(Object.keys(actor)).toEqual(['id', 'name', 'kind', 'country', 'title', 'aliases', 'confidence', 'sources']);
    expect(actor).toMatchObject({
      id: 'tran-thi-dao',
      name: 'Trần Thị Đào',
      kind: 'person',
      country: 'VN',
      title: 'Minister of Industry and Trade',
      aliases: ['Minister Đào', 'Tran Thi Dao'],
      confidence: 0.95,
    });
    expect(actor.sources.map((s: { documentId: string }) => s.documentId)).toEqual(['doc-a', 'doc-b']);
  });

  it('finds names and aliases accent-insensitively', async () => {
    expect(await ids('/v1/actors?q=%C4%90%C3%A0o')).toEqual(['tran-thi-dao']); // "Đào"
    expect(await ids('/v1/actors?q=tran%20dao')).toEqual(['tran-thi-dao']);
    expect(await ids('/v1/actors?q=hung')).toEqual(['le-van-hung']);
    expect(await ids('/v1/actors?q=gso')).toEqual(['general-statistics-office']);
    expect(await ids("/v1/actors?q=o'neil")).toEqual(['margaret-oneil']);
    expect(await ids('/v1/actors?q=viet%20nam')).toEqual(['vietnam']);
    expect(await ids('/v1/actors?q=dao%20hung')).toEqual([]);
  });

  it('filters by kind, country (any case) and confidence', async () => {
    expect(await ids('/v1/actors?kind=person')).toEqual(['le-van-hung', 'margaret-oneil', 'tran-thi-dao']);
    expect(await ids('/v1/actors?kind=organization')).toEqual(['general-statistics-office']);
    expect(await ids('/v1/actors?country=vn')).toEqual([
      'vietnam',
      'general-statistics-office',
      'le-van-hung',
      'tran-thi-dao',
    ]);
    expect(await ids('/v1/actors?country=US&kind=person')).toEqual(['margaret-oneil']);
    expect(await ids('/v1/actors?minConfidence=0.95')).toEqual(['united-states', 'vietnam', 'tran-thi-dao']);
  });
});

describe('GET /v1/actors/:id', () => {
  it('adds the events the actor takes part in, chronologically, with its role', async () => {
    const { status, body } = await getJson(app, '/v1/actors/tran-thi-dao');
    expect(status).toBe(200);
    expect(body.aliases).toEqual(['Minister Đào', 'Tran Thi Dao']);
    expect(body.events).toEqual([
      {
        id: '2025-04-10-meeting-launch',
        type: 'meeting',
        title: 'Talks on tariffs open',
        startDate: '2025-04-10',
        role: 'head of delegation',
      },
      {
        id: '2025-04-24-negotiation-round-1',
        type: 'negotiation_round',
        title: 'First negotiation round in Hanoi',
        startDate: '2025-04-24',
        role: 'head of delegation',
      },
      {
        id: '2025-05-12-negotiation-round-2',
        type: 'negotiation_round',
        title: 'Second negotiation round in Washington',
        startDate: '2025-05-12',
        role: 'head of delegation',
      },
    ]);
  });

  it('answers an empty events list for an actor in no event', async () => {
    const { body } = await getJson(app, '/v1/actors/general-statistics-office');
    expect(body.events).toEqual([]);
  });

  it('is a 404 problem for an unknown id', async () => {
    const { status, type } = await getJson(app, '/v1/actors/no-such-actor');
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
  });
});
