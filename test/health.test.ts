import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { openDb, shippedMigrationCount } from '../src/db/client.js';
import { createTestApp, getJson } from './helpers/app.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('GET /healthz', () => {
  it('answers 200 whatever the data', async () => {
    app = await createTestApp({ fixtures: false });
    const { status, body } = await getJson(app, '/healthz');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });
});

describe('GET /readyz', () => {
  it('is a 503 problem while no document is loaded', async () => {
    app = await createTestApp({ fixtures: false });
    const { status, type, body } = await getJson(app, '/readyz');
    expect(status).toBe(503);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 503, type: 'tag:parley,2025:not-ready' });
    expect(body.detail).toMatch(/no documents/);
  });

  it('is a 503 problem when migrations are missing', async () => {
    app = buildApp({ db: openDb(':memory:', { migrate: false }) });
    const { status, body } = await getJson(app, '/readyz');
    expect(status).toBe(503);
    expect(body.detail).toMatch(/migrations/);
  });

  it('is a 503 problem when the database is closed', async () => {
    app = await createTestApp();
    app.db.$client.close();
    const { status } = await getJson(app, '/readyz');
    expect(status).toBe(503);
  });

  it('answers 200 once migrated and holding documents', async () => {
    app = await createTestApp();
    const { status, body } = await getJson(app, '/readyz');
    expect(status).toBe(200);
    const shipped = shippedMigrationCount();
    expect(body).toEqual({ status: 'ready', migrations: { applied: shipped, shipped }, documents: 2 });
  });
});
