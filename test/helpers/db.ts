// Each test file works on its own copy of the migrated template (see global-setup.ts).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDb, type Db } from '../../src/db/client.js';

export function copyTemplateDb(): { db: Db; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'parley-db-')), 'test.db');
  copyFileSync(inject('templateDb'), path);
  // Already migrated; migrating again would only re-read the journal.
  return { db: openDb(path, { migrate: false }), path };
}
