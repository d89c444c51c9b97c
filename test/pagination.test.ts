import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { encodeCursor } from '../src/lib/cursor.js';
import { createTestApp, getJson, walk } from './helpers/app.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const keyOf = (row: { id: string }) => row.id;

const lists = [
  '/v1/events',
  '/v1/events?type=tariff_action',
  '/v1/events?from=2025-04-20',
  '/v1/events?q=round',
  '/v1/negotiations',
  '/v1/rounds',
  '/v1/actors',
  '/v1/actors?country=VN',
  '/v1/tariffs',
  '/v1/tariffs?imposer=US',
  '/v1/trade-stats',
  '/v1/trade-stats?exporter=VN',
  '/v1/documents',
];

describe('keyset pagination', () => {
  it.each(lists)(
    '%s: walking limit=1 and limit=2 pages meets every row once, in the order of one big page',
    async (path) => {
      const sep = path.includes('?') ? '&' : '?';
      const { body: big } = await getJson(app, `${path}${sep}limit=100`);
      const all = big.data.map(keyOf);
      expect(all.length).toBeGreaterThan(0);
      expect(big.page.total).toBe(all.length);
      expect(big.page.nextCursor).toBeNull();
      expect((await walk(app, path, 1)).map(keyOf)).toEqual(all);
      expect((await walk(app, path, 2)).map(keyOf)).toEqual(all);
    },
  );

  it('reports the page size, the filtered total and a cursor while rows remain', async () => {
    const first = await getJson(app, '/v1/events?limit=4');
    expect(first.body.data).toHaveLength(4);
    expect(first.body.page).toMatchObject({ limit: 4, total: 9 });
    expect(typeof first.body.page.nextCursor).toBe('string');
    const second = await getJson(app, `/v1/events?limit=4&cursor=${first.body.page.nextCursor}`);
    expect(second.body.data[0].id).not.toBe(first.body.data[3].id);
    expect(second.body.page.total).toBe(9);
  });

  it('keeps the last page cursor-free even when it is exactly full', async () => {
    const { body } = await getJson(app, '/v1/rounds?limit=3');
    expect(body.data).toHaveLength(3);
    expect(body.page.nextCursor).toBeNull();
  });

  it('rejects cursors of the wrong shape as malformed', async () => {
    for (const cursor of [encodeCursor([1]), encodeCursor(['a', 'b', 'c']), 'bm90LWpzb24', '%%%']) {
      const { status, body } = await getJson(app, `/v1/events?cursor=${encodeURIComponent(cursor)}`);
      expect(status, cursor).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ in: 'query', name: 'cursor' })]);
    }
    // A rounds cursor holds a number first.
    const { status } = await getJson(app, `/v1/rounds?cursor=${encodeCursor(['x', 'y'])}`);
    expect(status).toBe(400);
  });
});
