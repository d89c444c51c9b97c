// Ids that stopped answering when a rebuild renamed their row (docs/decisions/003-readable-ids.md).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { idRedirects, type RedirectResource } from '../db/schema.js';

/** The id a renamed row has now; undefined when `id` never answered or its row is gone. */
export function currentId(db: Db, resource: RedirectResource, id: string): string | undefined {
  return db
    .select({ toId: idRedirects.toId })
    .from(idRedirects)
    .where(and(eq(idRedirects.resource, resource), eq(idRedirects.fromId, id)))
    .get()?.toId;
}
