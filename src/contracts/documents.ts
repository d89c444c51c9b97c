// Documents: the loaded news texts every source quotes.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { documents } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import { Actor } from './actors.js';
import { idParam, listQuery, pageOf } from './common.js';
import { Event } from './events.js';
import { Tariff } from './tariffs.js';
import { TradeStat } from './trade-stats.js';

const documentRow = createSelectSchema(documents, {
  id: (s) => s.describe('Stable document id: slug of the title and six hex digits of the content hash.'),
  title: (s) => s.describe('Headline, when the document has one.'),
  author: (s) => s.describe('Byline, when given.'),
  publishedDate: (s) => s.describe('Publication day (YYYY-MM-DD), when the document says.'),
  publisher: (s) => s.describe('Publishing outlet, when known.'),
  url: (s) => s.describe('Where the document was published, when known.'),
  sourceName: (s) => s.describe('Name of the file or feed item it was loaded from.'),
  format: (s) => s.describe('Format it was loaded from.'),
  text: (s) => s.describe('The cleaned article text that every source offset refers to.'),
});
const s = documentRow.shape;

const documentFields = {
  id: s.id,
  title: s.title,
  author: s.author,
  publishedDate: s.publishedDate,
  publisher: s.publisher,
  url: s.url,
  sourceName: s.sourceName,
  format: s.format,
  length: z.number().int().min(0).describe('Length of the text in UTF-16 code units (the unit of source offsets).'),
};

export const DocumentSummary = z
  .object(documentFields)
  .meta({ id: 'DocumentSummary', description: 'A loaded document, without its text.' });
export type DocumentSummary = z.output<typeof DocumentSummary>;

export const DocumentDetail = z
  .object({ ...documentFields, text: s.text })
  .meta({ id: 'DocumentDetail', description: 'A loaded document with its text.' });
export type DocumentDetail = z.output<typeof DocumentDetail>;

export const DocumentPage = pageOf(DocumentSummary, 'DocumentPage', 'A page of documents, by publication date (undated last).');

export const DocumentListQuery = z.strictObject({
  ...listQuery(z.tuple([z.string(), z.string()])),
});
export type DocumentListQuery = z.output<typeof DocumentListQuery>;

export const DocumentParams = z.object({
  id: idParam.describe('Document id.').meta({ examples: ['vietnam-and-us-launch-bilateral-trade-talks-30f448'] }),
});

export const DocumentExtractions = z
  .object({
    events: z.array(Event).describe('Events citing the document, chronologically.'),
    actors: z.array(Actor).describe('Actors citing the document, by kind and name.'),
    tariffs: z.array(Tariff).describe('Tariff measures citing the document.'),
    tradeStats: z.array(TradeStat).describe('Trade figures citing the document.'),
  })
  .meta({
    id: 'DocumentExtractions',
    description: 'Every merged row that cites the document; each row carries only its sources from this document.',
  });
export type DocumentExtractions = z.output<typeof DocumentExtractions>;

export const documentCsv: CsvColumns<DocumentSummary> = [
  ['id', (d) => d.id],
  ['title', (d) => d.title],
  ['author', (d) => d.author],
  ['publishedDate', (d) => d.publishedDate],
  ['publisher', (d) => d.publisher],
  ['url', (d) => d.url],
  ['sourceName', (d) => d.sourceName],
  ['format', (d) => d.format],
  ['length', (d) => d.length],
];
