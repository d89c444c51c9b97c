import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// src/db and dist/db sit at the same depth, so this holds for tsx and for the built server.
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const migrationsFolder = resolve(projectRoot, 'migrations');

/** Opens (creating if needed) a SQLite file with foreign keys and WAL, and applies pending migrations. */
export function openDb(path: string, options: { migrate?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate ?? true) migrate(db, { migrationsFolder });
  return db;
}

/** Applies pending migrations; how many there were. */
export function migrateDb(db: Db): number {
  const before = appliedMigrationCount(db);
  migrate(db, { migrationsFolder });
  return appliedMigrationCount(db) - before;
}

/** Number of migrations shipped in migrations/ (drizzle-kit's journal). */
export function shippedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(resolve(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Number of migrations recorded as applied in this database. */
export function appliedMigrationCount(db: Db): number {
  const row = db.$client
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get() as { n: number };
  if (row.n === 0) return 0;
  return (db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
