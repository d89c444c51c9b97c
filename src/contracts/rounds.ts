// Rounds: the numbered negotiation_round events, as a view of the events table keyed by number,
// and the event that launched the talks, which is no round unless an article numbers it.
import { z } from 'zod';
import type { CsvColumns } from '../lib/csv.js';
import { PageInfo, Sources, firstQuote, listQuery } from './common.js';
import { EventActor, actorsCell, eventRow } from './events.js';
import { negotiationField, negotiationFilter, negotiationIdString } from './negotiations.js';

const s = eventRow.shape;

export const Round = z
  .object({
    round: z.number().int().min(1).describe('Round number.'),
    id: s.id.describe('Id of the underlying event (see /v1/events/{id}).'),
    negotiation: negotiationField,
    title: s.title,
    startDate: s.startDate,
    endDate: s.endDate,
    datePrecision: s.datePrecision,
    status: s.status,
    location: s.location,
    format: s.format,
    actors: z.array(EventActor).describe('Actors taking part, by name.'),
    sources: Sources,
  })
  .meta({
    id: 'Round',
    description:
      'A round is a negotiation session the articles number ("the second round of negotiations", "Round 3"): a ' +
      'negotiation_round event with a round number. Numbers belong to a negotiation: Vietnam–US round 3 and ' +
      'Japan–US round 3 are two rounds. The meeting that launched the talks is no round unless an article numbers ' +
      'it; the rounds list names it as `launch`.',
  });
export type Round = z.output<typeof Round>;

export const TalksLaunch = z
  .object({
    id: s.id.describe('Id of the event (see /v1/events/{id}).'),
    type: s.type,
    title: s.title,
    startDate: s.startDate,
    datePrecision: s.datePrecision,
    status: s.status,
    negotiation: negotiationField,
    href: z.string().describe('The URL of the event on this API.'),
  })
  .meta({
    id: 'TalksLaunch',
    description:
      'The event that launched the talks: the earliest meeting, call or unnumbered negotiation_round whose title or ' +
      'summary says it launched, opened or began the negotiations or talks.',
  });
export type TalksLaunch = z.output<typeof TalksLaunch>;

export const RoundPage = z
  .object({
    data: z.array(Round),
    page: PageInfo,
    launch: TalksLaunch.nullable().describe(
      'The event that launched the talks, on every page: of the negotiation asked for, or without `negotiation`, ' +
        'the one launch when a single negotiation reports one; null when none does, or when several do (ask per ' +
        'negotiation).',
    ),
  })
  .meta({
    id: 'RoundPage',
    description:
      'A page of negotiation rounds ordered by negotiation id (rounds of no negotiation last), then number, and the ' +
      'event that launched the talks.',
  });
export type RoundPage = z.output<typeof RoundPage>;

const roundsQuery = listQuery(
  z.tuple([z.string(), z.number().int(), z.string()]),
  'WyJ1cy12biIsMiwiMjAyNS0wNS0xOS1uZWdvdGlhdGlvbi1yb3VuZC0yIl0',
);

export const RoundListQuery = z.strictObject({
  negotiation: negotiationFilter.meta({ examples: ['us-vn'] }),
  ...roundsQuery,
});
export type RoundListQuery = z.output<typeof RoundListQuery>;

const roundNumber = z.coerce
  .number()
  .int()
  .min(1)
  .describe('Round number, as the articles number the sessions.')
  .meta({ examples: [2] });

export const RoundParams = z.object({ number: roundNumber });

/** The rounds of one negotiation: its id as a client wrote it (the route answers 308 to the canonical one). */
export const NegotiationRoundsParams = z.object({
  id: negotiationIdString.describe('Negotiation id, e.g. `us-vn`.'),
});
export const NegotiationRoundsQuery = z.strictObject(roundsQuery);
export type NegotiationRoundsQuery = z.output<typeof NegotiationRoundsQuery>;

export const NegotiationRoundParams = z.object({
  id: negotiationIdString.describe('Negotiation id, e.g. `us-vn`.'),
  number: roundNumber,
});

export const roundCsv: CsvColumns<Round> = [
  ['round', (r) => r.round],
  ['id', (r) => r.id],
  ['negotiation', (r) => r.negotiation?.id],
  ['title', (r) => r.title],
  ['startDate', (r) => r.startDate],
  ['endDate', (r) => r.endDate],
  ['datePrecision', (r) => r.datePrecision],
  ['status', (r) => r.status],
  ['location', (r) => r.location],
  ['format', (r) => r.format],
  ['actors', actorsCell],
  ['sources', (r) => r.sources.length],
  ['firstQuote', firstQuote],
];
