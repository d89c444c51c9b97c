// POST and DELETE /v1/documents: the token, every body type, idempotent loads, refusals that
// change nothing, and deletes that keep what other documents also say. Articles written for
// these tests, or the fixtures in test/fixtures/articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { MAX_DOCUMENT_BYTES } from '../src/loader/read.js';
import { createTestApp, getJson } from './helpers/app.js';
import { auth, dumpTables, postDocument, servedRows, TOKEN } from './helpers/ingest.js';
import { workerLimit } from './helpers/limits.js';

const articles = join(import.meta.dirname, 'fixtures', 'articles');
const fixture = (name: string) => readFileSync(join(articles, name), 'utf8');

// Two short articles sharing one fact: the 25% US tariff on South Korean steel.
const steelTalks = [
  'Korea and US Discuss Steel Duties',
  '- March 3, 2025',
  "SEOUL, March 3, 2025 - South Korea's Trade Minister Ahn Duk-geun held talks with U.S. Commerce Secretary Howard Lutnick in Washington on Monday.",
  'The United States imposed a 25% tariff on South Korean steel on March 12, 2025.',
].join('\n');
const steelExports = [
  'Steel Duties Weigh on Korean Exporters',
  '- March 20, 2025',
  'The United States imposed a 25% tariff on South Korean steel on March 12, 2025.',
  'South Korea exported $128 billion of goods to the United States in 2024, according to the Korea International Trade Association.',
].join('\n');

describe('the ingest token', { timeout: workerLimit(1) }, () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp({ ingestToken: TOKEN });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['no Authorization header', {}, 'Bearer realm="parley"'],
    ['a wrong token', { authorization: 'Bearer not-the-token' }, 'Bearer realm="parley", error="invalid_token"'],
    [
      'a token one character short',
      { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      'Bearer realm="parley", error="invalid_token"',
    ],
    [
      'another scheme',
      { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` },
      'Bearer realm="parley"',
    ],
  ])('answers 401 to POST with %s, and writes nothing', async (_, headers, challenge) => {
    const before = dumpTables(app);
    const r = await postDocument(app, 'text/plain', steelTalks, headers);
    expect(r.status).toBe(401);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(r.headers['www-authenticate']).toBe(challenge);
    expect(r.body).toMatchObject({ type: 'tag:parley,2025:unauthorized', status: 401 });
    expect(dumpTables(app)).toEqual(before);
  });

  it('answers 401 to DELETE without the token, and deletes nothing', async () => {
    const r = await app.inject({ method: 'DELETE', url: '/v1/documents/doc-a' });
    expect(r.statusCode).toBe(401);
    expect((await getJson(app, '/v1/documents/doc-a')).status).toBe(200);
  });

  it('accepts the scheme in any case', async () => {
    const r = await postDocument(app, 'text/plain', steelTalks, { authorization: `bearer ${TOKEN}` });
    expect(r.status).toBe(201);
  });

  it('leaves reads open', async () => {
    expect((await getJson(app, '/v1/documents')).status).toBe(200);
  });
});

describe('writes without INGEST_TOKEN', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['POST', '/v1/documents'],
    ['DELETE', '/v1/documents/doc-a'],
  ] as const)('%s %s is a 403 problem saying writes are disabled, whatever token is sent', async (method, url) => {
    const before = dumpTables(app);
    const r = await app.inject({
      method,
      url,
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: method === 'POST' ? steelTalks : undefined,
    });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({
      type: 'tag:parley,2025:writes-disabled',
      status: 403,
      detail: expect.stringMatching(/INGEST_TOKEN/),
    });
    expect(dumpTables(app)).toEqual(before);
  });
});

describe('POST /v1/documents', { timeout: workerLimit(1) }, () => {
  let app: App;
  beforeEach(async () => {
    app = await createTestApp({ fixtures: false, ingestToken: TOKEN });
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers 201 with the document, the rows citing it and its Location; the same content again is a 200 with the same id', async () => {
    const first = await postDocument(app, 'text/plain', steelTalks);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      document: {
        id: expect.stringMatching(/^korea-and-us-discuss-steel-duties-[0-9a-f]{6}$/),
        title: 'Korea and US Discuss Steel Duties',
        author: null,
        publishedDate: '2025-03-03',
        publisher: null,
        url: null,
        sourceName: 'upload.txt',
        format: 'txt',
        length: expect.any(Number),
      },
      created: true,
      rows: { events: 2, actors: 4, tariffs: 1, tradeStats: 0 },
    });
    const id = first.body.document.id;
    expect(first.headers['location']).toBe(`/v1/documents/${id}`);
    const stored = await getJson(app, `/v1/documents/${id}`);
    expect(stored.body.text).toMatch(/^SEOUL, March 3, 2025/);

    const before = dumpTables(app);
    const again = await postDocument(app, 'text/plain; charset=utf-8', steelTalks);
    expect(again.status).toBe(200);
    expect(again.headers['location']).toBeUndefined();
    expect(again.body).toEqual({ ...first.body, created: false });
    // Nothing duplicated: the same rows, the same sources.
    expect(dumpTables(app)).toEqual(before);
    expect((await getJson(app, '/v1/documents')).body.page.total).toBe(1);
  });

  it('the same text with new metadata keeps its id and takes the new metadata', async () => {
    const first = await postDocument(app, 'text/plain', steelTalks);
    const again = await postDocument(app, 'application/json', {
      text: steelTalks,
      title: 'Seoul and Washington Talk Steel',
      author: 'Mina Park',
    });
    expect(again.status).toBe(200);
    expect(again.body.document).toMatchObject({
      id: first.body.document.id,
      title: 'Seoul and Washington Talk Steel',
      author: 'Mina Park',
    });
    expect((await getJson(app, `/v1/documents/${first.body.document.id}`)).body.title).toBe(
      'Seoul and Washington Talk Steel',
    );
    expect((await getJson(app, '/v1/documents')).body.page.total).toBe(1);
  });

  it('reads text/markdown with its front matter', async () => {
    const r = await postDocument(app, 'text/markdown', fixture('japan-us-fourth-round.md'));
    expect(r.status).toBe(201);
    expect(r.body.document).toMatchObject({
      title: 'Japan and US Hold Fourth Round of Tariff Talks in Washington',
      publishedDate: '2025-06-02',
      author: 'Keiko Watanabe',
      publisher: 'Example Wire',
      url: 'https://wire.example/world/japan-us-fourth-round',
      sourceName: 'upload.md',
      format: 'md',
    });
    expect(r.body.rows.events).toBeGreaterThan(0);
  });

  it('reads text/html, finding the article and the page metadata', async () => {
    const r = await postDocument(app, 'text/html; charset=UTF-8', fixture('japan-us-fourth-round.html'));
    expect(r.status).toBe(201);
    expect(r.body.document).toMatchObject({
      title: 'Japan and US Hold Fourth Round of Tariff Talks in Washington',
      publishedDate: '2025-06-02',
      format: 'html',
    });
    const { body } = await getJson(app, `/v1/documents/${r.body.document.id}`);
    expect(body.text).toBe(
      (
        await getJson(
          app,
          `/v1/documents/${(await postDocument(app, 'text/plain', fixture('japan-us-fourth-round.txt'))).body.document.id}`,
        )
      ).body.text,
    );
    expect(body.text).not.toMatch(/Advertisement|googletag|kanto_trader|Related coverage|Tariff tracker/);
  });

  it('reads JSON with text, its metadata winning over what the text says', async () => {
    const r = await postDocument(app, 'application/json', {
      text: steelTalks,
      title: 'Steel Talks in Washington',
      publishedDate: '2025-03-04',
      author: 'Ji-woo Han',
      publisher: 'Example Daily',
      url: 'https://daily.example/steel-talks',
    });
    expect(r.status).toBe(201);
    expect(r.body.document).toMatchObject({
      id: expect.stringMatching(/^steel-talks-in-washington-[0-9a-f]{6}$/),
      title: 'Steel Talks in Washington',
      publishedDate: '2025-03-04',
      author: 'Ji-woo Han',
      publisher: 'Example Daily',
      url: 'https://daily.example/steel-talks',
      format: 'txt',
    });
  });

  it('reads JSON with html, its metadata winning over the page metadata', async () => {
    const r = await postDocument(app, 'application/json', {
      html: fixture('japan-us-fourth-round.html'),
      publishedDate: '2025-06-03',
      publisher: 'Syndicated',
    });
    expect(r.status).toBe(201);
    expect(r.body.document).toMatchObject({
      title: 'Japan and US Hold Fourth Round of Tariff Talks in Washington',
      publishedDate: '2025-06-03',
      author: 'Keiko Watanabe',
      publisher: 'Syndicated',
      sourceName: 'upload.html',
      format: 'html',
    });
  });

  it('answers 400 naming the body field for invalid JSON metadata, both or neither of text and html, and unknown fields', async () => {
    const before = dumpTables(app);
    const cases: Array<[object | string, string[]]> = [
      [{ text: steelTalks, publishedDate: 'March 4' }, ['publishedDate']],
      [{ text: steelTalks, url: 'not a url' }, ['url']],
      [{ text: steelTalks, html: '<p>x</p>' }, ['text']],
      [{ title: 'Nothing else' }, ['text']],
      [{ text: steelTalks, source: 'x' }, ['source']],
    ];
    for (const [body, names] of cases) {
      const r = await postDocument(app, 'application/json', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors.map((e: { in: string; name: string }) => `${e.in}:${e.name}`)).toEqual(
        names.map((n) => `body:${n}`),
      );
      for (const e of r.body.errors) expect(e.message).toMatch(/^Expected .+; got .+\.$/);
    }
    const both = await postDocument(app, 'application/json', { text: steelTalks, html: '<p>x</p>' });
    expect(both.body.errors[0].message).toBe('Expected exactly one of text or html; got both.');
    const neither = await postDocument(app, 'application/json', { title: 'Nothing else' });
    expect(neither.body.detail).toBe("Body field 'text': expected exactly one of text or html; got neither.");
    const day = await postDocument(app, 'application/json', { text: steelTalks, publishedDate: '2025-02-30' });
    expect(day.body.errors[0].message).toBe(
      "Expected a day of the calendar (February 2025 has 28 days); got '2025-02-30'.",
    );
    const malformed = await postDocument(app, 'application/json', '{"text": "unterminated');
    expect(malformed.status).toBe(400);
    expect(malformed.body.title).toBe('Invalid JSON body');
    expect(dumpTables(app)).toEqual(before);
  });
});

describe('refused documents change nothing', { timeout: workerLimit(1) }, () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp({ ingestToken: TOKEN });
  });
  afterAll(async () => {
    await app.close();
  });

  const refusals: Array<[string, string | undefined, string | Buffer | object, number, RegExp]> = [
    ['an empty body', 'text/plain', '', 422, /the document is empty/],
    ['only white space', 'text/markdown', ' \n\t\n', 422, /only white space/],
    [
      'binary bytes',
      'text/plain',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      422,
      /binary/,
    ],
    [
      'bytes that are not UTF-8',
      'text/plain',
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks in Seoul')]),
      422,
      /not valid UTF-8/,
    ],
    [
      'JSON that is not UTF-8',
      'application/json',
      Buffer.concat([Buffer.from('{"text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
      422,
      /not valid UTF-8/,
    ],
    ['an empty JSON text', 'application/json', { text: '' }, 422, /the document is empty/],
    ['a NUL in JSON text', 'application/json', { text: 'Talks\u0000resumed' }, 422, /binary/],
    [
      'an unpaired surrogate in JSON text',
      'application/json',
      '{"text":"Talks \\ud800 resumed"}',
      422,
      /not valid UTF-8/,
    ],
    ['a document over 2 MiB', 'text/plain', 'a'.repeat(MAX_DOCUMENT_BYTES + 1), 413, /over the 2097152-byte limit/],
    [
      'a body over the request limit',
      'text/plain',
      'a'.repeat(3 * 1024 * 1024),
      413,
      /request body is over the \d+-byte limit/,
    ],
    [
      'an unsupported content type',
      'application/octet-stream',
      Buffer.from([1, 2, 3]),
      415,
      /'application\/octet-stream' is not supported/,
    ],
    ['an image', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 415, /'image\/png' is not supported/],
    ['no content type', undefined, Buffer.from('Talks resumed in Seoul.'), 415, /no content type/],
    [
      'another character set',
      'text/plain; charset=iso-8859-1',
      'Talks resumed in Seoul.',
      415,
      /'iso-8859-1' is not supported/,
    ],
    [
      'an HTML page with no article',
      'text/html',
      '<html><body><nav><a href="/">Home</a></nav><script>track()</script></body></html>',
      422,
      /no article text/,
    ],
    [
      'Markdown with broken front matter',
      'text/markdown',
      '---\ntitle: [unclosed\n---\nTalks resumed in Seoul.',
      422,
      /front matter is not valid YAML/,
    ],
    [
      'text that is all page furniture',
      'text/plain',
      'Advertisement\nShare this article\n© 2025 Example Media',
      422,
      /no article text/,
    ],
  ];

  it.each(refusals)('%s (%s): a problem naming the reason', async (_, type, body, status, reason) => {
    const before = dumpTables(app);
    const r = await postDocument(app, type, body);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ type: 'tag:parley,2025:document-refused', status });
    expect(r.body.detail).toMatch(reason);
    expect(r.body.detail).toMatch(/Nothing was written\.$/);
    expect(dumpTables(app)).toEqual(before);
  });
});

// The crafted document waits out the 1 s limit; the worker stopped for it is started again for the next.
describe('a document that takes too long to read', { timeout: workerLimit(2, 1000) }, () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp({ ingestToken: TOKEN, extractTimeoutMs: 1000 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is refused with a 422 once the time limit passes, writes nothing, and the next document loads', async () => {
    // 28 KB of nested emphasis that the Markdown parser needs several seconds for.
    const crafted = `# Crafted\n\n${'*_'.repeat(7000)}a${'_*'.repeat(7000)}\n`;
    const before = dumpTables(app);
    const r = await postDocument(app, 'text/markdown', crafted);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ type: 'tag:parley,2025:document-refused', status: 422 });
    expect(r.body.detail).toMatch(
      /took longer than 1000 ms; the document is refused as too complex\. Nothing was written\.$/,
    );
    expect(dumpTables(app)).toEqual(before);
    expect((await postDocument(app, 'text/plain', steelTalks)).status).toBe(201);
  });

  it('answers other requests while a document is being read', async () => {
    const crafted = `# Crafted\n\n${'*_'.repeat(7000)}a${'_*'.repeat(7000)}\n`;
    const order: string[] = [];
    const post = postDocument(app, 'text/markdown', crafted).then((r) => order.push(`post ${r.status}`));
    const health = app.inject({ method: 'GET', url: '/healthz' }).then((r) => order.push(`health ${r.statusCode}`));
    await Promise.all([post, health]);
    // Read on the request's own thread, the post would block the loop and answer first.
    expect(order).toEqual(['health 200', 'post 422']);
  });
});

describe('DELETE /v1/documents/:id', { timeout: workerLimit(1) }, () => {
  let app: App;
  beforeEach(async () => {
    app = await createTestApp({ fixtures: false, ingestToken: TOKEN });
  });
  afterEach(async () => {
    await app.close();
  });

  it('removes the rows resting on the document alone; rows another document also cites keep their other sources', async () => {
    const a = (await postDocument(app, 'text/plain', steelTalks)).body.document.id;
    const b = (await postDocument(app, 'text/plain', steelExports)).body.document.id;
    const tariff = (await getJson(app, '/v1/tariffs')).body.data;
    expect(tariff).toHaveLength(1);
    expect(tariff[0].sources.map((s: { documentId: string }) => s.documentId).sort()).toEqual([a, b].sort());

    const r = await app.inject({ method: 'DELETE', url: `/v1/documents/${a}`, headers: auth });
    expect(r.statusCode).toBe(204);
    expect(r.body).toBe('');

    expect((await getJson(app, `/v1/documents/${a}`)).status).toBe(404);
    const after = await getJson(app, '/v1/tariffs');
    expect(after.body.data).toHaveLength(1);
    expect(after.body.data[0].sources.map((s: { documentId: string }) => s.documentId)).toEqual([b]);
    const actors = (await getJson(app, '/v1/actors?limit=100')).body.data.map((x: { name: string }) => x.name);
    expect(actors).toEqual(
      expect.arrayContaining(['South Korea', 'United States', 'Korea International Trade Association']),
    );
    expect(actors).not.toContain('Howard Lutnick');
    expect(actors).not.toContain('Ahn Duk-geun');
    const events = (await getJson(app, '/v1/events')).body.data;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['tariff_action']);
    for (const row of [...events, ...(await getJson(app, '/v1/actors?limit=100')).body.data]) {
      expect(
        row.sources.every((s: { documentId: string }) => s.documentId === b),
        row.id,
      ).toBe(true);
    }
    expect((await getJson(app, '/v1/trade-stats')).body.data).toHaveLength(1);

    // Deleting the other document leaves an empty database, like before either was loaded.
    expect((await app.inject({ method: 'DELETE', url: `/v1/documents/${b}`, headers: auth })).statusCode).toBe(204);
    const dump = dumpTables(app);
    for (const table of ['documents', 'actors', 'events', 'tariff_measures', 'trade_stats'])
      expect(dump[table], table).toEqual([]);
  });

  it('is a 404 problem for an unknown id, and for a document already deleted', async () => {
    const id = (await postDocument(app, 'text/plain', steelTalks)).body.document.id;
    const unknown = await app.inject({ method: 'DELETE', url: '/v1/documents/no-such-document', headers: auth });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      type: 'tag:parley,2025:not-found',
      detail: "No document 'no-such-document'.",
    });
    expect((await app.inject({ method: 'DELETE', url: `/v1/documents/${id}`, headers: auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: `/v1/documents/${id}`, headers: auth })).statusCode).toBe(404);
  });
});

describe('the same article as .txt, .md and .html', () => {
  const rowsOf = async (type: string, content: string) => {
    const app = await createTestApp({ fixtures: false, ingestToken: TOKEN });
    try {
      expect((await postDocument(app, type, content)).status).toBe(201);
      return await servedRows(app);
    } finally {
      await app.close();
    }
  };

  // Three apps, each starting its reading worker: a guard against a hang, not a speed target.
  it('yields the same events, actors, tariff measures and trade figures', { timeout: workerLimit(3) }, async () => {
    const txt = await rowsOf('text/plain', fixture('japan-us-fourth-round.txt'));
    expect(txt.events.length).toBeGreaterThan(0);
    expect(txt.tariffs.length).toBeGreaterThan(0);
    expect(txt.tradeStats.length).toBeGreaterThan(0);
    expect(await rowsOf('text/html', fixture('japan-us-fourth-round.html'))).toEqual(txt);
    expect(await rowsOf('text/markdown', fixture('japan-us-fourth-round.md'))).toEqual(txt);
  });
});
