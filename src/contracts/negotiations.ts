// Negotiations: the talks between two parties. Their fields come from the drizzle `negotiations`
// table; what every other row carries of them is a NegotiationRef.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { negotiations } from '../db/schema.js';
import { expecting } from './common.js';

export const negotiationRow = createSelectSchema(negotiations, {
  id: (s) =>
    s
      .describe('Negotiation id: the two parties’ codes in alphabetical order, lower case, joined by a hyphen.')
      .meta({ examples: ['us-vn'] }),
  title: (s) =>
    s
      .describe('The talks in words, parties in the id’s order.')
      .meta({ examples: ['United States–Vietnam trade negotiations'] }),
});
const n = negotiationRow.shape;

export const NegotiationRef = z
  .object({ id: n.id, title: n.title })
  .meta({ id: 'NegotiationRef', description: 'The negotiation a row belongs to (see /v1/negotiations/{id}).' });
export type NegotiationRef = z.output<typeof NegotiationRef>;

/** The `negotiation` field of an event, round, tariff measure or trade figure. */
export const negotiationField = NegotiationRef.nullable().describe(
  'The negotiation (talks between two parties) the row belongs to; null when it belongs to none, e.g. an act ' +
    'told among many countries, or sides no event ties into talks.',
);

const NEGOTIATION_ID = 'a negotiation id: two country codes joined by a hyphen, such as us-vn';

/** The canonical spelling of a pair id: lower case, codes in alphabetical order ('VN-US' → 'us-vn'). */
export const canonicalNegotiationId = (value: string) => value.toLowerCase().split('-').sort().join('-');

/** A negotiation id as a client may write it (any case, either order); the string it was given. */
export const negotiationIdString = z
  .string(expecting(NEGOTIATION_ID))
  .regex(/^[A-Za-z]{2}-[A-Za-z]{2}$/, expecting(NEGOTIATION_ID))
  .meta({ examples: ['us-vn'] });

/** A `negotiation` filter: any case, either order, answered in the canonical spelling. */
export const negotiationFilter = negotiationIdString
  .transform(canonicalNegotiationId)
  .optional()
  .describe(
    'Only rows of this negotiation (id as in /v1/negotiations, e.g. `us-vn`; case and the order of the two codes do not matter).',
  );
