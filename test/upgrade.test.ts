// A database made before negotiations existed (migrations up to 0002, extractions without the
// events' `negotiation`) is upgraded on open: migrated, then its merged rows rebuilt.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder, openDb } from '../src/db/client.js';
import { documents } from '../src/db/schema.js';
import { prepare } from '../src/loader/prepare.js';
import { openServedDb } from '../src/loader/upgrade.js';
import { loadLimit } from './helpers/limits.js';
import { SEED_PATHS } from './helpers/negotiations.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations as shipped before 0003: the folder with the journal cut after its third entry. */
function migrationsBeforeNegotiations(): string {
  const folder = join(dir, 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  expect(journal.entries[3].tag).toBe('0003_negotiations');
  journal.entries = journal.entries.slice(0, 3);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('opening a database from before negotiations', () => {
  it(
    'migrates it and rebuilds the merged rows, reading the old extractions',
    () => {
      const path = join(dir, 'old.db');
      const old = openDb(path, { migrate: false });
      migrate(old, { migrationsFolder: migrationsBeforeNegotiations() });
      for (const file of SEED_PATHS) {
        const { doc, extraction } = prepare({ sourceName: file, format: 'txt', content: readFileSync(file, 'utf8') });
        // As stored then: events knew their sides, not their negotiation.
        for (const e of extraction.events) delete e.negotiation;
        const { id, title, author, publishedDate, publisher, url, sourceName, format, contentHash, text } = doc;
        old
          .insert(documents)
          .values({
            id,
            title,
            author,
            publishedDate,
            publisher,
            url,
            sourceName,
            format,
            contentHash,
            text,
            extraction,
          })
          .run();
      }
      old.$client.close();

      const { db, rebuilt } = openServedDb(path);
      expect(rebuilt).toBe(true);
      const all = (sql: string) => db.$client.prepare(sql).all() as Array<Record<string, unknown>>;
      expect(all('SELECT id, event_count, document_count FROM negotiations')).toEqual([
        { id: 'us-vn', event_count: 5, document_count: 2 },
      ]);
      expect(all('SELECT count(*) AS n FROM events WHERE negotiation_id IS NULL')).toEqual([{ n: 0 }]);
      db.$client.close();
      // Opened again with nothing to migrate, it is left as it is.
      const again = openServedDb(path);
      expect(again.rebuilt).toBe(false);
      again.db.$client.close();
    },
    loadLimit(2 * SEED_PATHS.length),
  );
});
