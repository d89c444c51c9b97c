// Rounds: the numbered negotiation_round events, as a view of the events table keyed by number,
// and the event that launched the talks, which is no round unless an article numbers it.
import { z } from 'zod';
import type { CsvColumns } from '../lib/csv.js';
import { PageInfo, Sources, firstQuote, listQuery } from './common.js';
import { EventActor, actorsCell, eventRow } from './events.js';

const s = eventRow.shape;

export const Round = z
  .object({
    round: z.number().int().min(1).describe('Round number.'),
    id: s.id.describe('Id of the underlying event (see /v1/events/{id}).'),
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
      'negotiation_round event with a round number. The meeting that launched the talks is no round unless an ' +
      'article numbers it; the rounds list names it as `launch`.',
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
      'The event that launched the talks, on every page; null when no article reports one.',
    ),
  })
  .meta({
    id: 'RoundPage',
    description: 'A page of negotiation rounds ordered by number, and the event that launched the talks.',
  });
export type RoundPage = z.output<typeof RoundPage>;

export const RoundListQuery = z.strictObject({
  ...listQuery(z.tuple([z.number().int(), z.string()]), 'WzIsIjIwMjUtMDUtMTktbmVnb3RpYXRpb24tcm91bmQtMiJd'),
});
export type RoundListQuery = z.output<typeof RoundListQuery>;

export const RoundParams = z.object({
  number: z.coerce
    .number()
    .int()
    .min(1)
    .describe('Round number, as the articles number the sessions.')
    .meta({ examples: [2] }),
});

export const roundCsv: CsvColumns<Round> = [
  ['round', (r) => r.round],
  ['id', (r) => r.id],
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
