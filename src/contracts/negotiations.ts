// Negotiations: the talks between two parties. Their fields come from the drizzle `negotiations`
// table; what every other row carries of them is a NegotiationRef.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { events, negotiations } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import { countryParam, expecting, formatParam, isoDayParam, listQuery, pageOf, searchParam } from './common.js';

export const negotiationRow = createSelectSchema(negotiations, {
  id: (s) =>
    s
      .describe('Negotiation id: the two parties’ codes in alphabetical order, lower case, joined by a hyphen.')
      .meta({ examples: ['us-vn'] }),
  title: (s) =>
    s
      .describe('The talks in words, parties in the id’s order.')
      .meta({ examples: ['United States–Vietnam trade negotiations'] }),
  status: (s) =>
    s.describe(
      'Where the talks stand, from their events: `agreement_reached` once an agreement event occurred; `ongoing` ' +
        'while any negotiation round, meeting, call, proposal or agreement is reported; else `no_talks_reported` ' +
        '(only tariff actions or statements tie the two parties together).',
    ),
  firstDate: (s) =>
    s.describe(
      'Start of the earliest dated event, as precise as it: YYYY, YYYY-MM or YYYY-MM-DD; null when none is dated.',
    ),
  lastDate: (s) => s.describe('End (else start) of the latest dated event, as precise as it; null when none is dated.'),
  eventCount: () =>
    z.number().int().min(0).describe('Number of events of the negotiation (see /v1/events?negotiation=).'),
  roundCount: () => z.number().int().min(0).describe('Number of its numbered negotiation rounds.'),
  documentCount: () =>
    z.number().int().min(0).describe('Number of documents cited by its events, tariff measures or trade figures.'),
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

// ---------- the resource ----------

/** What a negotiation is, for the schema and the routes. */
export const WHAT_A_NEGOTIATION_IS =
  'A negotiation is the talks between two parties (countries, or the EU). An event belongs to the pair its ' +
  'passages tie it to, and to none when it is told among many countries; tariff measures and trade figures ' +
  'join the negotiation of their two sides when one exists.';

const eventRow = createSelectSchema(events);

export const NegotiationParty = z
  .object({
    id: z
      .string()
      .nullable()
      .describe('The party’s actor id (see /v1/actors/{id}); null when no article names it as an actor.'),
    name: z.string().describe('The actor’s name, else the country’s name.'),
    country: z.string().describe('The party’s code: ISO 3166-1 alpha-2, or EU for the European Union.'),
  })
  .meta({ id: 'NegotiationParty', description: 'One of the two parties to a negotiation.' });

export const LatestRound = z
  .object({
    number: z.number().int().min(1).describe('Round number.'),
    id: eventRow.shape.id.describe('Id of the round’s event (see /v1/events/{id}).'),
    startDate: eventRow.shape.startDate.describe('Start date, as precise as the sources; null when unknown.'),
    endDate: eventRow.shape.endDate.describe('Last day, for rounds spanning several days, else null.'),
    datePrecision: eventRow.shape.datePrecision.describe('How precise startDate is.'),
    status: eventRow.shape.status.describe('Whether the round took place, is planned, or is unconfirmed.'),
  })
  .meta({
    id: 'LatestRound',
    description: 'The highest-numbered round of a negotiation (should two events claim it, the most confident).',
  });

export const Negotiation = z
  .object({
    id: n.id,
    title: n.title,
    parties: z.array(NegotiationParty).describe('The two parties, in the id’s order.'),
    status: n.status,
    firstDate: n.firstDate,
    lastDate: n.lastDate,
    eventCount: n.eventCount,
    roundCount: n.roundCount,
    documentCount: n.documentCount,
    latestRound: LatestRound.nullable().describe('Its highest-numbered round; null when no article numbers one.'),
  })
  .meta({
    id: 'Negotiation',
    description: WHAT_A_NEGOTIATION_IS,
    examples: [
      {
        id: 'us-vn',
        title: 'United States–Vietnam trade negotiations',
        parties: [
          { id: 'united-states', name: 'United States', country: 'US' },
          { id: 'vietnam', name: 'Vietnam', country: 'VN' },
        ],
        status: 'ongoing',
        firstDate: '2025-04',
        lastDate: '2025-06',
        eventCount: 5,
        roundCount: 2,
        documentCount: 2,
        latestRound: {
          number: 3,
          id: '2025-06-negotiation-round-3',
          startDate: '2025-06',
          endDate: null,
          datePrecision: 'month',
          status: 'scheduled',
        },
      },
    ],
  });
export type Negotiation = z.output<typeof Negotiation>;

export const NegotiationPage = pageOf(Negotiation, 'NegotiationPage', 'A page of negotiations ordered by id.');

export const NegotiationListQuery = z.strictObject({
  party: countryParam('VN')
    .optional()
    .describe('Only negotiations this country takes part in, either side (ISO alpha-2 or EU, any case).'),
  status: n.status
    .optional()
    .describe('Only negotiations with this status.')
    .meta({ examples: ['ongoing'] }),
  q: searchParam('vietnam').describe(
    'Words to find in the title and the parties’ names and codes, accent- and case-insensitive; every word must start a word of the text.',
  ),
  ...listQuery(z.tuple([z.string()]), 'WyJqcC11cyJd'),
});
export type NegotiationListQuery = z.output<typeof NegotiationListQuery>;

export const NegotiationParams = z.object({
  id: negotiationIdString.describe(
    'Negotiation id, e.g. `us-vn`; another spelling of it (`VN-US`) is redirected to this one.',
  ),
});

export const NegotiationQuery = z.strictObject({
  on: isoDayParam
    .optional()
    .describe('The day the `tariffs` are given for, YYYY-MM-DD; default today (UTC).')
    .meta({ examples: ['2025-05-01'] }),
  format: formatParam,
});
export type NegotiationQuery = z.output<typeof NegotiationQuery>;

export const negotiationCsv: CsvColumns<Negotiation> = [
  ['id', (x) => x.id],
  ['title', (x) => x.title],
  ['partyA', (x) => x.parties[0]?.country],
  ['partyB', (x) => x.parties[1]?.country],
  ['status', (x) => x.status],
  ['firstDate', (x) => x.firstDate],
  ['lastDate', (x) => x.lastDate],
  ['eventCount', (x) => x.eventCount],
  ['roundCount', (x) => x.roundCount],
  ['documentCount', (x) => x.documentCount],
  ['latestRound', (x) => x.latestRound?.number],
  ['latestRoundStart', (x) => x.latestRound?.startDate],
];
