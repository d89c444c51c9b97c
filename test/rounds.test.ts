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

describe('GET /v1/rounds', () => {
  it('lists numbered negotiation rounds by number, in the Round shape', async () => {
    const { status, body } = await getJson(app, '/v1/rounds');
    expect(status).toBe(200);
    expect(body.data.map((r: { round: number }) => r.round)).toEqual([1, 2, 3]);
    expect(body.page).toEqual({ limit: 50, nextCursor: null, total: 3 });
    const third = body.data[2];
    expect(Object.keys(third)).toEqual([
      'round', 'id', 'title', 'startDate', 'endDate', 'datePrecision', 'status', 'location', 'format', 'actors', 'sources',
    ]);
    expect(third).toMatchObject({ id: '2025-06-negotiation-round-3', status: 'scheduled', startDate: '2025-06', datePrecision: 'month' });
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

  it('is a 400 problem naming `number` when it is not a positive integer', async () => {
    for (const bad of ['abc', '0', '1.5']) {
      const { status, body } = await getJson(app, `/v1/rounds/${bad}`);
      expect(status, bad).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ in: 'path', name: 'number' })]);
    }
  });
});
