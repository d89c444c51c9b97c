// A document whose extraction (on the preparer's worker) or merge fails leaves the database exactly as it was: extraction
// runs before the write, and the merge runs inside the write's transaction, after the document
// row is inserted, so a failure there must roll that insert back.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../src/app.js';
import { createTestApp } from './helpers/app.js';
import { auth, dumpTables, postDocument, TOKEN } from './helpers/ingest.js';
import { workerLimit } from './helpers/limits.js';

const fail = vi.hoisted(() => ({ extract: false, resolve: false }));

vi.mock('../src/loader/resolve.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/loader/resolve.js')>();
  return {
    ...original,
    resolve: (...args: Parameters<typeof original.resolve>) => {
      if (fail.resolve) throw new Error('merge failed (test)');
      return original.resolve(...args);
    },
  };
});

const article = [
  'Korea and US Discuss Steel Duties',
  '- March 3, 2025',
  'The United States imposed a 25% tariff on South Korean steel on March 12, 2025.',
].join('\n');

let app: App;
beforeAll(async () => {
  app = await createTestApp({ ingestToken: TOKEN });
});
afterAll(async () => {
  await app.close();
});
beforeEach(() => {
  fail.extract = false;
  fail.resolve = false;
  vi.restoreAllMocks();
});

describe('a failed write', { timeout: workerLimit(1) }, () => {
  it.each(['extract', 'resolve'] as const)('failing in %s is a 500 problem and changes nothing', async (step) => {
    const before = dumpTables(app);
    fail[step] = true;
    // Extraction runs on the preparer's worker thread, out of reach of vi.mock: fail it there.
    if (step === 'extract')
      vi.spyOn(app.preparer, 'prepare').mockRejectedValueOnce(new Error('extraction failed (test)'));
    const r = await postDocument(app, 'text/plain', article);
    expect(r.status).toBe(500);
    expect(r.body).toMatchObject({ status: 500, detail: 'The server could not answer this request.' });
    expect(dumpTables(app)).toEqual(before);
  });

  it('failing while a delete rebuilds the rows keeps the document and its rows', async () => {
    const id = (await postDocument(app, 'text/plain', article)).body.document.id;
    const before = dumpTables(app);
    fail.resolve = true;
    const r = await app.inject({ method: 'DELETE', url: `/v1/documents/${id}`, headers: auth });
    expect(r.statusCode).toBe(500);
    expect(dumpTables(app)).toEqual(before);
  });
});
