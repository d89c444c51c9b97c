// Actors: people, organizations and countries, with the names they go by.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { actorAliases, actors, eventParticipants } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import {
  Confidence,
  Sources,
  countryParam,
  firstQuote,
  idParam,
  listQuery,
  minConfidenceParam,
  pageOf,
  searchParam,
} from './common.js';
import { eventRow } from './events.js';

export const actorRow = createSelectSchema(actors, {
  id: (s) => s.describe('Stable actor id.').meta({ examples: ['nguyen-hong-dien'] }),
  name: (s) => s.describe('Display name, with its diacritics.'),
  kind: (s) => s.describe('Person, organization or country.'),
  country: (s) => s.describe('ISO 3166-1 alpha-2 code of the country the actor belongs to (or is), when known.'),
  title: (s) => s.describe('Office or role, for people.'),
  confidence: () => Confidence,
});
const aliasRow = createSelectSchema(actorAliases);
const s = actorRow.shape;

export const Actor = z
  .object({
    id: s.id,
    name: s.name,
    kind: s.kind,
    country: s.country,
    title: s.title,
    aliases: z.array(aliasRow.shape.alias).describe('Other names the sources use, sorted.'),
    confidence: s.confidence,
    sources: Sources,
  })
  .meta({
    id: 'Actor',
    description: 'A person, organization or country taking part in the negotiations.',
    examples: [
      {
        id: 'nguyen-hong-dien',
        name: 'Nguyễn Hồng Diên',
        kind: 'person',
        country: 'VN',
        title: 'Minister of Industry and Trade',
        aliases: ['Diên', 'Minister Diên', 'Nguyen Hong Dien'],
        confidence: 0.9,
        sources: [
          {
            documentId: 'vietnam-and-us-launch-bilateral-trade-talks-30f448',
            quote: 'Vietnam’s Minister of Industry and Trade Nguyễn Hồng Diên',
            start: 58,
            end: 115,
          },
        ],
      },
    ],
  });
export type Actor = z.output<typeof Actor>;

const participantRow = createSelectSchema(eventParticipants);

export const ActorEvent = z
  .object({
    id: eventRow.shape.id,
    type: eventRow.shape.type,
    title: eventRow.shape.title,
    startDate: eventRow.shape.startDate,
    role: participantRow.shape.role.describe('Part the actor played in the event.'),
  })
  .meta({ id: 'ActorEvent', description: 'An event an actor takes part in.' });

export const ActorDetail = Actor.extend({
  events: z.array(ActorEvent).describe('Events the actor takes part in, chronologically.'),
}).meta({ id: 'ActorDetail', description: 'An actor with the events it takes part in.' });
export type ActorDetail = z.output<typeof ActorDetail>;

export const ActorPage = pageOf(Actor, 'ActorPage', 'A page of actors ordered by kind, name and id.');

export const ActorListQuery = z.strictObject({
  kind: s.kind
    .optional()
    .describe('Only actors of this kind.')
    .meta({ examples: ['person'] }),
  country: countryParam('VN').optional().describe('Only actors of this country (ISO alpha-2, any case).'),
  q: searchParam('dien').describe(
    'Words to find in names and aliases, accent- and case-insensitive (`dien` finds "Nguyễn Hồng Diên"); every word must start a word of a name.',
  ),
  minConfidence: minConfidenceParam,
  ...listQuery(z.tuple([z.string(), z.string(), z.string()]), 'WyJjb3VudHJ5IiwiQ2hpbmEiLCJjaGluYSJd'),
});
export type ActorListQuery = z.output<typeof ActorListQuery>;

export const ActorParams = z.object({
  id: idParam.describe('Actor id.').meta({ examples: ['nguyen-hong-dien'] }),
});

export const actorCsv: CsvColumns<Actor> = [
  ['id', (a) => a.id],
  ['name', (a) => a.name],
  ['kind', (a) => a.kind],
  ['country', (a) => a.country],
  ['title', (a) => a.title],
  ['aliases', (a) => a.aliases.join('; ')],
  ['confidence', (a) => a.confidence],
  ['sources', (a) => a.sources.length],
  ['firstQuote', firstQuote],
];
