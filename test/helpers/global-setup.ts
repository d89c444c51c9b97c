// Migrates one template SQLite file per test run; test files copy it instead of migrating again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '../../src/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
  const template = join(dir, 'template.db');
  const db = openDb(template);
  // Fold the WAL into the main file so a plain copy carries every migration.
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.pragma('journal_mode = DELETE');
  db.$client.close();
  project.provide('templateDb', template);
  return () => rmSync(dir, { recursive: true, force: true });
}
