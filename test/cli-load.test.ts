// npm run load: every supported format in a walked directory, a line per document, refusals
// with their reason, a summary, and nothing written for what was refused.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../src/cli/load-command.js';
import { openDb } from '../src/db/client.js';
import { documents } from '../src/db/schema.js';
import { copyTemplateDb } from './helpers/db.js';
import { workerLimit } from './helpers/limits.js';

const articles = join(import.meta.dirname, 'fixtures', 'articles');
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  mkdirSync(join(dir, 'more'));
  mkdirSync(join(dir, '.hidden'));
  copyFileSync(join(articles, 'uk-india.txt'), join(dir, 'a-uk-india.txt'));
  copyFileSync(join(articles, 'japan-us-fourth-round.md'), join(dir, 'b-japan.md'));
  copyFileSync(join(articles, 'japan-us-fourth-round.html'), join(dir, 'more', 'c-japan.html'));
  writeFileSync(join(dir, 'd-photo.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'e-empty.txt'), '');
  writeFileSync(join(dir, 'f-latin1.txt'), Buffer.from('Caf\xe9 talks in S\xe3o Paulo', 'latin1'));
  writeFileSync(join(dir, '.hidden', 'ignored.txt'), 'Not loaded: hidden directories are left alone.');
  writeFileSync(join(dir, 'README.md'), '# Test articles\n\nNot loaded: a README describes its directory.\n');
  const { db, path } = copyTemplateDb();
  db.$client.close();
  dbPath = path;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each load starts its own reading worker.
describe('npm run load', { timeout: workerLimit(1) }, () => {
  it('loads .txt, .md and .html from a walked directory, refuses the rest with the reason, and sums up', async () => {
    const lines: string[] = [];
    const code = await runLoad(['--db', dbPath, dir], (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(
      /^loaded {2}.*a-uk-india\.txt → india-and-britain-sign-trade-pact-[0-9a-f]{6}: \d+ events, \d+ actors, \d+ tariff measures, \d+ trade figures$/,
    );
    expect(lines[1]).toMatch(
      /^loaded {2}.*b-japan\.md → japan-and-us-hold-fourth-round-of-tariff-[0-9a-f]{6}: [1-9]\d* events/,
    );
    expect(lines[2]).toMatch(
      /^refused .*d-photo\.bin: unsupported file type '\.bin'; expected \.txt, \.text, \.md, \.markdown, \.html, \.htm$/,
    );
    expect(lines[3]).toMatch(/^refused .*e-empty\.txt: the document is empty$/);
    expect(lines[4]).toMatch(/^refused .*f-latin1\.txt: the document is not valid UTF-8$/);
    expect(lines[5]).toMatch(
      /^loaded {2}.*more\/c-japan\.html → japan-and-us-hold-fourth-round-of-tariff-[0-9a-f]{6}: [1-9]\d* events/,
    );
    expect(lines[6]).toBe(`3 loaded, 3 refused, into ${dbPath}`);

    const db = openDb(dbPath, { migrate: false });
    try {
      const docs = db.select({ sourceName: documents.sourceName, format: documents.format }).from(documents).all();
      expect(docs.map((d) => [d.sourceName, d.format]).sort()).toEqual([
        ['a-uk-india.txt', 'txt'],
        ['b-japan.md', 'md'],
        ['c-japan.html', 'html'],
      ]);
    } finally {
      db.$client.close();
    }
  });

  it('answers usage without --db or paths, or with a bad --timeout-ms', async () => {
    const lines: string[] = [];
    expect(await runLoad([dir], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toMatch(/^usage: npm run load -- --db PATH \[--timeout-ms N\] FILE\|DIR\.\.\./);
    lines.length = 0;
    expect(await runLoad(['--db', dbPath, '--timeout-ms', 'soon', dir], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toMatch(/^--timeout-ms must be a whole number of milliseconds, not 'soon'/);
  });

  // The worker is started again after the crafted document's 1 s: a guard against a hang, not a speed target.
  it(
    'refuses a document that takes longer than --timeout-ms to read, and goes on with the next',
    { timeout: workerLimit(2, 1000) },
    async () => {
      const slow = mkdtempSync(join(tmpdir(), 'parley-slow-'));
      try {
        // 28 KB of nested emphasis the Markdown parser needs several seconds for: crafted, not an article.
        writeFileSync(join(slow, 'a-crafted.md'), `# Crafted\n\n${'*_'.repeat(7000)}a${'_*'.repeat(7000)}\n`);
        copyFileSync(join(articles, 'uk-india.txt'), join(slow, 'b-uk-india.txt'));
        const lines: string[] = [];
        expect(await runLoad(['--db', dbPath, '--timeout-ms', '1000', slow], (line) => lines.push(line))).toBe(1);
        expect(lines[0]).toMatch(
          /^refused .*a-crafted\.md: reading it took longer than 1000 ms; the document is refused as too complex$/,
        );
        expect(lines[1]).toMatch(/^loaded {2}.*b-uk-india\.txt → /);
      } finally {
        rmSync(slow, { recursive: true, force: true });
      }
    },
  );

  it('refuses a file named outright that is not there', async () => {
    const lines: string[] = [];
    expect(await runLoad(['--db', dbPath, join(dir, 'missing.txt')], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([`refused ${join(dir, 'missing.txt')}: no such file`, `0 loaded, 1 refused, into ${dbPath}`]);
  });
});
