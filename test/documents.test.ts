import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp, getJson, walk } from './helpers/app.js';
import { docA, docB } from './helpers/fixtures.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const texts = new Map([
  [docA.id, docA.text],
  [docB.id, docB.text],
]);

describe('GET /v1/documents', () => {
  it('lists document metadata by publication day, undated last, with the text length', async () => {
    const { status, body } = await getJson(app, '/v1/documents');
    expect(status).toBe(200);
    expect(body.data).toEqual([
      {
        id: 'doc-a',
        title: docA.title,
        author: 'Mai Anh',
        publishedDate: '2025-04-25',
        publisher: docA.publisher,
        url: docA.url,
        sourceName: 'a.txt',
        format: 'txt',
        length: docA.text.length,
      },
      {
        id: 'doc-b',
        title: docB.title,
        author: null,
        publishedDate: null,
        publisher: null,
        url: null,
        sourceName: 'b.md',
        format: 'md',
        length: docB.text.length,
      },
    ]);
  });
});

describe('GET /v1/documents/:id', () => {
  it('adds the text', async () => {
    const { status, body } = await getJson(app, '/v1/documents/doc-b');
    expect(status).toBe(200);
    expect(body.text).toBe(docB.text);
    expect(body.length).toBe(docB.text.length);
  });

  it('is a 404 problem for an unknown id', async () => {
    const { status, type } = await getJson(app, '/v1/documents/nope');
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /v1/documents/:id/extractions', () => {
  it('answers every row citing the document, with only its sources from that document', async () => {
    const { status, body } = await getJson(app, '/v1/documents/doc-b/extractions');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['events', 'actors', 'tariffs', 'tradeStats']);
    const idsOf = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
    expect(idsOf(body.events)).toEqual([
      '2025-05-12-negotiation-round-2',
      '2025-06-negotiation-round-3',
      '2025-07-01-tariff-action-negotiated-20',
      'undated-call-officials',
    ]);
    expect(idsOf(body.actors)).toEqual(['le-van-hung', 'tran-thi-dao']);
    expect(idsOf(body.tariffs)).toEqual(['us-vn-38-reciprocal', 'us-vn-20-negotiated']);
    expect(idsOf(body.tradeStats)).toEqual(['vn-us-2024']);
    for (const row of [...body.events, ...body.actors, ...body.tariffs, ...body.tradeStats]) {
      expect(row.sources.length).toBeGreaterThan(0);
      for (const s of row.sources) {
        expect(s.documentId).toBe('doc-b');
        expect(docB.text.slice(s.start, s.end)).toBe(s.quote);
      }
    }
    // The actor is cited by both documents; here it carries only doc-b's passage.
    expect(body.actors[1].sources).toEqual([expect.objectContaining({ quote: 'Minister Đào' })]);
  });

  it('is a 404 problem for an unknown document', async () => {
    const { status } = await getJson(app, '/v1/documents/nope/extractions');
    expect(status).toBe(404);
  });
});

describe('provenance', () => {
  it('every served source quotes its document exactly at its offsets', async () => {
    let checked = 0;
    for (const path of ['/v1/events', '/v1/actors', '/v1/tariffs', '/v1/trade-stats', '/v1/rounds']) {
      for (const row of await walk(app, path, 100)) {
        expect(row.sources.length, `${path} ${row.id}`).toBeGreaterThan(0);
        for (const s of row.sources) {
          expect(texts.get(s.documentId)?.slice(s.start, s.end), `${path} ${row.id}`).toBe(s.quote);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
