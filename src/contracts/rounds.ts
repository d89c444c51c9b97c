// Rounds: the numbered negotiation_round events, as a view of the events table keyed by number.
import { z } from 'zod';
import type { CsvColumns } from '../lib/csv.js';
import { Sources, firstQuote, listQuery, pageOf } from './common.js';
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
  .meta({ id: 'Round', description: 'A numbered negotiation round (a negotiation_round event with a round number).' });
export type Round = z.output<typeof Round>;

export const RoundPage = pageOf(Round, 'RoundPage', 'A page of negotiation rounds ordered by number.');

export const RoundListQuery = z.strictObject({
  ...listQuery(z.tuple([z.number().int(), z.string()]), 'WzIsIjIwMjUtMDUtMTktbmVnb3RpYXRpb24tcm91bmQtMiJd'),
});
export type RoundListQuery = z.output<typeof RoundListQuery>;

export const RoundParams = z.object({
  number: z.coerce.number().int().min(1).describe('Round number.').meta({ examples: [2] }),
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
