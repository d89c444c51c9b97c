// Events: what the timeline is made of. Fields come from the drizzle `events` table; nested actors
// and sources are joined in.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { actors, eventParticipants, eventStatusHistory, events } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import { lowerBound, upperBound } from '../lib/dates.js';
import {
  Confidence,
  Sources,
  firstQuote,
  idParam,
  isoDateParam,
  listQuery,
  minConfidenceParam,
  pageOf,
  searchParam,
} from './common.js';
import { negotiationField, negotiationFilter } from './negotiations.js';

export const eventRow = createSelectSchema(events, {
  id: (s) => s.describe('Stable event id.').meta({ examples: ['2025-05-19-negotiation-round-2'] }),
  type: (s) => s.describe('Kind of event.'),
  title: (s) => s.describe('Short headline.'),
  summary: (s) => s.describe('One or two sentences on what happened or is planned.'),
  startDate: (s) => s.describe('Start date as precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.'),
  endDate: (s) => s.describe('Last day for events spanning several days, else null.'),
  datePrecision: (s) => s.describe('How precise startDate is.'),
  status: (s) => s.describe('Whether the event took place, is planned, or is reported but unconfirmed.'),
  round: () => z.number().int().min(1).nullable().describe('Negotiation round number, for numbered rounds.'),
  location: (s) => s.describe('Where it took place, when known.'),
  format: (s) => s.describe('How the parties met, when known.'),
  confidence: () => Confidence,
});

const actorRow = createSelectSchema(actors);
const participantRow = createSelectSchema(eventParticipants);

export const EventActor = z
  .object({
    id: actorRow.shape.id.describe('Actor id.'),
    name: actorRow.shape.name.describe('Actor display name.'),
    kind: actorRow.shape.kind.describe('Person, organization or country.'),
    role: participantRow.shape.role.describe('Part the actor played in the event (e.g. lead negotiator, host).'),
  })
  .meta({ id: 'EventActor', description: 'An actor taking part in an event.' });

const s = eventRow.shape;

export const Event = z
  .object({
    id: s.id,
    type: s.type,
    title: s.title,
    summary: s.summary,
    startDate: s.startDate,
    endDate: s.endDate,
    datePrecision: s.datePrecision,
    status: s.status,
    round: s.round,
    negotiation: negotiationField,
    location: s.location,
    format: s.format,
    confidence: s.confidence,
    actors: z.array(EventActor).describe('Actors taking part, by name.'),
    sources: Sources,
  })
  .meta({
    id: 'Event',
    description: 'A dated (or undated) happening in the negotiations, with the passages that report it.',
    examples: [
      {
        id: '2025-05-19-negotiation-round-2',
        type: 'negotiation_round',
        title: 'Round 2 of United States–Vietnam trade negotiations',
        summary:
          'From May 19 to 22, 2025, in the heart of Washington D.C., a crucial dialogue unfolded between Vietnam and the United States.',
        startDate: '2025-05-19',
        endDate: '2025-05-22',
        datePrecision: 'day',
        status: 'occurred',
        round: 2,
        negotiation: { id: 'us-vn', title: 'United States–Vietnam trade negotiations' },
        location: 'Washington D.C.',
        format: 'in_person',
        confidence: 0.85,
        actors: [
          { id: 'nguyen-hong-dien', name: 'Nguyễn Hồng Diên', kind: 'person', role: 'lead' },
          { id: 'united-states', name: 'United States', kind: 'country', role: 'party' },
          { id: 'vietnam', name: 'Vietnam', kind: 'country', role: 'party' },
        ],
        sources: [
          {
            documentId: 'vietnam-us-tariff-negotiations-round-2-a-new-6e0cfb',
            quote:
              'From May 19 to 22, 2025, in the heart of Washington D.C., a crucial dialogue unfolded between Vietnam and the United States.',
            start: 0,
            end: 124,
          },
        ],
      },
    ],
  });
export type Event = z.output<typeof Event>;

const eventStatusRow = createSelectSchema(eventStatusHistory, {
  status: (x) => x.describe('The status this report gave the event.'),
  documentId: (x) => x.describe('The document that reported it.'),
  reportedOn: (x) => x.describe("The reporting document's publication date, when known."),
});
export const EventStatusReport = eventStatusRow
  .pick({ status: true, documentId: true, reportedOn: true })
  .meta({ id: 'EventStatusReport', description: 'What one document reported of the event’s status.' });

export const EventDetail = Event.extend({
  history: z.array(EventStatusReport).describe('Each report of the status, oldest first; `status` is the current one.'),
}).meta({
  id: 'EventDetail',
  description: 'An event with the history of its status as documents reported it.',
});
export type EventDetail = z.output<typeof EventDetail>;

export const EventPage = pageOf(Event, 'EventPage', 'A page of events in chronological order.');

export const EventListQuery = z
  .strictObject({
    from: isoDateParam
      .optional()
      .describe(
        'Only events overlapping the period starting at this date (YYYY, YYYY-MM or YYYY-MM-DD). Undated events are left out.',
      ),
    to: isoDateParam
      .optional()
      .describe(
        'Only events overlapping the period ending with this date (YYYY, YYYY-MM or YYYY-MM-DD). Undated events are left out.',
      )
      .meta({ examples: ['2025-05-31'] }),
    type: s.type
      .optional()
      .describe('Only events of this type.')
      .meta({ examples: ['negotiation_round'] }),
    status: s.status
      .optional()
      .describe('Only events with this status.')
      .meta({ examples: ['occurred'] }),
    actor: idParam
      .optional()
      .describe('Only events this actor (id) takes part in.')
      .meta({ examples: ['nguyen-hong-dien'] }),
    round: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Only events of this negotiation round (of every negotiation that has one; add `negotiation` for one).')
      .meta({ examples: [2] }),
    negotiation: negotiationFilter.meta({ examples: ['us-vn'] }),
    q: searchParam('round').describe(
      'Words to find in title and summary, accent- and case-insensitive; every word must start a word of the text.',
    ),
    minConfidence: minConfidenceParam,
    ...listQuery(z.tuple([z.string(), z.string()]), 'WyIyMDI1LTA0IiwiMjAyNS0wNC10YXJpZmYtYWN0aW9uLXVzLXZuLTQ2Il0'),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && lowerBound(query.from) > upperBound(query.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `a date no earlier than from (${query.from})` });
    }
  });
export type EventListQuery = z.output<typeof EventListQuery>;

export const EventParams = z.object({
  id: idParam.describe('Event id.').meta({ examples: ['2025-05-19-negotiation-round-2'] }),
});

export const actorsCell = (row: { actors: Array<{ name: string; role: string }> }) =>
  row.actors.map((a) => `${a.name} (${a.role})`).join('; ');

export const eventCsv: CsvColumns<Event> = [
  ['id', (e) => e.id],
  ['type', (e) => e.type],
  ['title', (e) => e.title],
  ['summary', (e) => e.summary],
  ['startDate', (e) => e.startDate],
  ['endDate', (e) => e.endDate],
  ['datePrecision', (e) => e.datePrecision],
  ['status', (e) => e.status],
  ['round', (e) => e.round],
  ['negotiation', (e) => e.negotiation?.id],
  ['location', (e) => e.location],
  ['format', (e) => e.format],
  ['confidence', (e) => e.confidence],
  ['actors', actorsCell],
  ['sources', (e) => e.sources.length],
  ['firstQuote', firstQuote],
];
