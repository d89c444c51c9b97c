// Documents: the loaded news texts every source quotes.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { documents } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import { Actor } from './actors.js';
import { expecting, idParam, isoDayParam, listQuery, pageOf } from './common.js';
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

export const DocumentPage = pageOf(
  DocumentSummary,
  'DocumentPage',
  'A page of documents, by publication date (undated last).',
);

export const DocumentListQuery = z.strictObject({
  ...listQuery(
    z.tuple([z.string(), z.string()]),
    'WyIyMDI1LTA1LTMwIiwidmlldG5hbS11cy10YXJpZmYtbmVnb3RpYXRpb25zLXJvdW5kLTItYS1uZXctNmUwY2ZiIl0',
  ),
});
export type DocumentListQuery = z.output<typeof DocumentListQuery>;

export const DocumentParams = z.object({
  id: idParam.describe('Document id.').meta({ examples: ['vietnam-and-us-launch-bilateral-trade-talks-30f448'] }),
});

/** Why a document's extractions have no CSV form. */
export const NO_CSV = 'the extractions are four lists of different rows, with no CSV form';

export const DocumentExtractionsQuery = z.strictObject({
  format: z
    .enum(['json'], expecting(`json (${NO_CSV})`))
    .optional()
    .describe(`Answer format: only \`json\`; ${NO_CSV}.`)
    .meta({ examples: ['json'] }),
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

// ---------- writes ----------

const given = {
  title: z.string().max(500).optional().describe('Headline; wins over what the text suggests.'),
  publishedDate: isoDayParam
    .optional()
    .describe(
      'Publication day (YYYY-MM-DD); wins over the byline or page metadata. Relative dates in the text ("on Friday") are read against it.',
    ),
  author: z.string().max(500).optional().describe('Byline.'),
  publisher: z.string().max(500).optional().describe('Publishing outlet.'),
  url: z
    .string()
    .max(2000)
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), expecting('an absolute http(s) URL'))
    .optional()
    .describe('Where the document was published.'),
};

export const DocumentUpload = z
  .strictObject({
    text: z
      .string()
      .optional()
      .describe('The article as plain text, as published (page furniture and all). Give this or `html`.'),
    html: z.string().optional().describe('A saved news page; the article is found in it. Give this or `text`.'),
    ...given,
  })
  .superRefine((body, ctx) => {
    if ((body.text === undefined) === (body.html === undefined)) {
      const got = body.text === undefined ? 'neither' : 'both';
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'exactly one of text or html', params: { got } });
    }
  })
  .meta({
    id: 'DocumentUpload',
    description:
      'A document with metadata given outside its text; the fields given win over what the text or page says.',
    examples: [
      {
        text: 'HANOI, May 3, 2025 - Vietnam and the United States held a second round of trade talks in Washington.',
        title: 'Vietnam and US hold second round of trade talks',
        publishedDate: '2025-05-03',
        author: 'Mai Anh',
        url: 'https://news.example/vietnam-us-round-2',
      },
    ],
  });
export type DocumentUpload = z.output<typeof DocumentUpload>;

const rawBody = (what: string, example: string) =>
  z
    .string()
    .describe(`${what} UTF-8; at most 2 MiB.`)
    .meta({ examples: [example] });

export const PlainTextBody = rawBody(
  'The article as plain text, as published: headline, byline lines, paragraphs.',
  'Vietnam and US hold second round of trade talks\n- May 3, 2025\nVietnam and the United States held a second round of trade talks in Washington on Friday.',
);
export const MarkdownBody = rawBody(
  'The article as Markdown, optionally with YAML front matter (title, publishedDate, author, publisher, url) that wins over the text.',
  '---\ntitle: Vietnam and US hold second round of trade talks\npublishedDate: 2025-05-03\n---\nVietnam and the United States held a **second round** of trade talks in Washington on Friday.\n',
);
export const HtmlBody = rawBody(
  'A saved news page; metadata from JSON-LD NewsArticle, article:published_time, <time datetime> and <title>.',
  '<html><head><title>Second round of talks | News</title></head><body><article><p>Vietnam and the United States held a second round of trade talks in Washington on Friday.</p></article></body></html>',
);

export const RowCounts = z
  .object({
    events: z.number().int().min(0).describe('Events citing the document.'),
    actors: z.number().int().min(0).describe('Actors citing the document.'),
    tariffs: z.number().int().min(0).describe('Tariff measures citing the document.'),
    tradeStats: z.number().int().min(0).describe('Trade figures citing the document.'),
  })
  .meta({
    id: 'RowCounts',
    description: 'Merged rows citing the document after it was written (see /v1/documents/{id}/extractions).',
  });

export const DocumentIngested = z
  .object({
    document: DocumentSummary,
    created: z
      .boolean()
      .describe('False when the same content was already loaded: the document was replaced, nothing duplicated.'),
    rows: RowCounts,
  })
  .meta({
    id: 'DocumentIngested',
    description: 'The document as stored and the rows derived from it.',
    examples: [
      {
        document: {
          id: 'vietnam-and-us-hold-second-round-of-trade-1f2e3d',
          title: 'Vietnam and US hold second round of trade talks',
          author: 'Mai Anh',
          publishedDate: '2025-05-03',
          publisher: null,
          url: 'https://news.example/vietnam-us-round-2',
          sourceName: 'upload.txt',
          format: 'txt',
          length: 104,
        },
        created: true,
        rows: { events: 1, actors: 2, tariffs: 0, tradeStats: 0 },
      },
    ],
  });
export type DocumentIngested = z.output<typeof DocumentIngested>;
