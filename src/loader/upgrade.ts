// Opening the served database: migrations first, then, when one was applied to a database holding
// documents, a rebuild of the merged rows, which are derived (docs/decisions/002) and may have
// gained a column or table the stored extractions can fill (docs/decisions/012).
import { migrateDb, openDb, type Db } from '../db/client.js';
import { countDocuments } from '../queries/documents.js';
import { rebuildMerged } from './write.js';

export function openServedDb(path: string): { db: Db; rebuilt: boolean } {
  const db = openDb(path, { migrate: false });
  const rebuilt = migrateDb(db) > 0 && countDocuments(db) > 0;
  if (rebuilt) rebuildMerged(db);
  return { db, rebuilt };
}
