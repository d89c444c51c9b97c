// What a browser or a proxy sees beyond the JSON: cross-origin access, compression, caching of the
// documentation's assets, and the start-up line pointing to /docs.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createTestApp } from './helpers/app.js';
import { copyTemplateDb } from './helpers/db.js';
import { auth, TOKEN } from './helpers/ingest.js';
import { workerLimit } from './helpers/limits.js';

const DASHBOARD = 'https://dashboard.example';
const OTHER = 'https://elsewhere.example';

let app: App;
beforeAll(async () => {
  app = await createTestApp({ ingestToken: TOKEN, corsOrigins: [DASHBOARD] });
});
afterAll(async () => {
  await app.close();
});

const preflight = (url: string, origin: string, method: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': method, ...headers } });

describe('cross-origin reads', () => {
  it('answer GET and HEAD from any origin, exposing the paging headers', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const r = await app.inject({ method, url: '/v1/events?limit=1', headers: { origin: OTHER } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['access-control-allow-origin']).toBe('*');
      const exposed = String(r.headers['access-control-expose-headers']).split(/,\s*/);
      expect(exposed).toEqual(expect.arrayContaining(['Link', 'X-Total-Count', 'X-Next-Cursor', 'ETag']));
    }
  });

  it('answer the preflight of a GET with 204 and the methods allowed', async () => {
    const r = await preflight('/v1/events', OTHER, 'GET');
    expect(r.statusCode).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['access-control-allow-methods']).toBe('GET, HEAD');
    expect(Number(r.headers['access-control-max-age'])).toBeGreaterThan(0);
  });

  it('reach problems too, so a dashboard can read why a request failed', async () => {
    const r = await app.inject({ url: '/v1/events?limit=0', headers: { origin: OTHER } });
    expect(r.statusCode).toBe(400);
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('cross-origin writes', () => {
  it('are refused at the preflight from an origin CORS_ORIGINS does not list, with a problem saying so', async () => {
    for (const method of ['POST', 'DELETE']) {
      const r = await preflight('/v1/documents', OTHER, method, {
        'access-control-request-headers': 'authorization,content-type',
      });
      expect(r.statusCode).toBe(403);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().detail).toMatch(/origin https:\/\/elsewhere\.example .*CORS_ORIGINS/);
    }
  });

  it('are allowed from a listed origin, with the token header', { timeout: workerLimit(1) }, async () => {
    const r = await preflight('/v1/documents', DASHBOARD, 'POST', {
      'access-control-request-headers': 'authorization,content-type',
    });
    expect(r.statusCode).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(String(r.headers['access-control-allow-methods'])).toMatch(/POST/);
    expect(String(r.headers['access-control-allow-headers']).toLowerCase()).toMatch(/authorization/);
    expect(String(r.headers.vary)).toMatch(/Origin/);

    // A load rebuilds the merged rows from documents alone, dropping the fixture rows: its own app.
    const writer = await createTestApp({ fixtures: false, ingestToken: TOKEN, corsOrigins: [DASHBOARD] });
    const post = await writer.inject({
      method: 'POST',
      url: '/v1/documents',
      headers: { ...auth, origin: DASHBOARD, 'content-type': 'text/plain' },
      payload: 'Trade talks resume\n\nVietnam and the United States held a third round of trade talks on June 9, 2025.',
    });
    expect(post.statusCode).toBe(201);
    expect(post.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(String(post.headers['access-control-expose-headers'])).toMatch(/Location/);
    await writer.close();
  });

  it('carry no Access-Control-Allow-Origin from an unlisted origin, so a browser cannot read the answer', async () => {
    const r = await app.inject({
      method: 'DELETE',
      url: '/v1/documents/no-such-document',
      headers: { ...auth, origin: OTHER },
    });
    expect(r.statusCode).toBe(404);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('are listed comma-separated in CORS_ORIGINS, each a scheme and host', () => {
    expect(loadConfig({ CORS_ORIGINS: `${DASHBOARD}, http://localhost:5173` }).CORS_ORIGINS).toEqual([
      DASHBOARD,
      'http://localhost:5173',
    ]);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(() => loadConfig({ CORS_ORIGINS: 'dashboard.example/path' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('compression', () => {
  const decoders: Record<string, (b: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

  it.each([
    ['JSON lists', '/v1/events?limit=100'],
    ['CSV lists', '/v1/events?limit=100&format=csv'],
    ['the OpenAPI document', '/openapi.json'],
    ["Swagger UI's script", '/docs/static/swagger-ui-bundle.js'],
  ])('shrinks %s with br or gzip, as the client accepts, to the same bytes', async (_, url) => {
    const plain = await app.inject({ url });
    expect(plain.rawPayload.length, 'worth compressing').toBeGreaterThan(2048);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const r = await app.inject({ url, headers: { 'accept-encoding': encoding } });
      expect(r.headers['content-encoding'], url).toBe(encoding);
      expect(String(r.headers.vary).toLowerCase()).toMatch(/accept-encoding/);
      expect(r.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(decoders[encoding]!(r.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
  });

  it('prefers brotli when the client accepts both, and leaves small answers as they are', async () => {
    const r = await app.inject({ url: '/openapi.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(r.headers['content-encoding']).toBe('br');
    const small = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('caching of the documentation', () => {
  it("lets browsers keep Swagger UI's assets for a day and the OpenAPI document for five minutes", async () => {
    const asset = await app.inject({ url: '/docs/static/swagger-ui-bundle.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=86400');
    expect(asset.headers.etag).toBeDefined();
    expect((await app.inject({ url: '/openapi.json' })).headers['cache-control']).toBe('public, max-age=300');
  });

  it('leaves the data uncached: a load changes it at once', async () => {
    expect((await app.inject({ url: '/v1/events' })).headers['cache-control']).toBeUndefined();
  });
});

describe('starting to listen', () => {
  it('logs where Swagger UI is', async () => {
    const lines: Array<{ msg?: string }> = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as { msg?: string });
        done();
      },
    });
    const { db, path } = copyTemplateDb();
    const server = buildApp({ db, logger: { level: 'info', stream } });
    try {
      await server.listen({ port: 0, host: '127.0.0.1' });
      const port = (server.server.address() as { port: number }).port;
      expect(lines.map((l) => l.msg)).toContain(`API documentation (Swagger UI) at http://127.0.0.1:${port}/docs`);
    } finally {
      await server.close();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });
});
