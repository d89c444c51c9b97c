// Negotiations: the talks between two parties, and what the other resources show of them.
import { inArray } from 'drizzle-orm';
import type { NegotiationRef } from '../contracts/negotiations.js';
import type { Db } from '../db/client.js';
import { negotiations } from '../db/schema.js';

/** The {id, title} of each negotiation id given (nulls skipped), for rows that carry one. */
export function negotiationRefs(db: Db, ids: ReadonlyArray<string | null>): Map<string, NegotiationRef> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = db
    .select({ id: negotiations.id, title: negotiations.title })
    .from(negotiations)
    .where(inArray(negotiations.id, wanted))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The {id, title} of one negotiation, when there is one of that id. */
export const negotiationRef = (db: Db, id: string): NegotiationRef | undefined => negotiationRefs(db, [id]).get(id);
