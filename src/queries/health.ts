// What /readyz needs to know about the database.
import { appliedMigrationCount, shippedMigrationCount, type Db } from '../db/client.js';
import { countDocuments } from './documents.js';

export interface ReadinessReport {
  ready: boolean;
  reason: string;
  migrations: { applied: number; shipped: number };
  documents: number;
}

export function readiness(db: Db): ReadinessReport {
  const migrations = { applied: appliedMigrationCount(db), shipped: shippedMigrationCount() };
  if (migrations.applied !== migrations.shipped) {
    return {
      ready: false,
      reason: `${migrations.applied} of ${migrations.shipped} migrations applied`,
      migrations,
      documents: 0,
    };
  }
  const documents = countDocuments(db);
  if (documents === 0) return { ready: false, reason: 'no documents loaded', migrations, documents };
  return { ready: true, reason: 'ready', migrations, documents };
}
