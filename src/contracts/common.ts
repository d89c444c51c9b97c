// Building blocks shared by every resource contract: sources, pages, problems and the query
// parameters that mean the same thing on every list.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { actors, eventSources } from '../db/schema.js';
import { decodeCursor } from '../lib/cursor.js';
import { daysInMonth } from '../lib/dates.js';
import { foldWords } from '../lib/fold.js';

// ---------- shapes served ----------

const sourceRow = createSelectSchema(eventSources, {
  documentId: (s) => s.describe('Id of the document the passage is taken from (see /v1/documents/{id}).'),
  quote: (s) => s.describe('The passage, exactly as it appears in the document text.'),
  start: () =>
    z
      .number()
      .int()
      .min(0)
      .describe('Offset of the first character of the passage in the document text (UTF-16 code units).'),
  end: () => z.number().int().min(0).describe('Offset just past the passage: text.slice(start, end) === quote.'),
});

export const Source = z
  .object({
    documentId: sourceRow.shape.documentId,
    quote: sourceRow.shape.quote,
    start: sourceRow.shape.start,
    end: sourceRow.shape.end,
  })
  .meta({ id: 'Source', description: 'A cited passage of a loaded document that supports the row.' });
export type Source = z.output<typeof Source>;

export const Sources = z
  .array(Source)
  .describe('Every passage that supports this row, ordered by document and offset.');

/** CSV cell for a row's evidence: the first cited passage (the `sources` column holds the count). */
export const firstQuote = (row: { sources: Source[] }) => row.sources[0]?.quote;

export const Confidence = z.number().min(0).max(1).describe('How sure the extraction is, from 0 to 1.');

const actorRow = createSelectSchema(actors);

export const ActorRef = z
  .object({
    id: actorRow.shape.id.describe('Actor id (see /v1/actors/{id}).'),
    name: actorRow.shape.name.describe('Display name of the actor.'),
  })
  .meta({ id: 'ActorRef', description: 'A reference to an actor.' });
export type ActorRef = z.output<typeof ActorRef>;

export const PageInfo = z
  .object({
    limit: z.number().int().min(1).max(100).describe('The page size used.'),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
    total: z.number().int().min(0).describe('Number of rows matching the filters, across all pages.'),
  })
  .meta({ id: 'PageInfo', description: 'Where this page sits in the filtered, ordered list.' });

export function pageOf<T extends z.ZodType>(item: T, id: string, description: string) {
  return z.object({ data: z.array(item), page: PageInfo }).meta({ id, description });
}

export interface Page<T> {
  data: T[];
  page: { limit: number; nextCursor: string | null; total: number };
}

export const ProblemParameter = z
  .object({
    in: z.enum(['query', 'path', 'header', 'body']).describe('Where the parameter was given.'),
    name: z.string().describe('Parameter name.'),
    message: z.string().describe('What was expected and what came: "Expected …; got …."'),
  })
  .meta({ id: 'ProblemParameter', description: 'One invalid request parameter.' });

export const Problem = z
  .object({
    type: z
      .string()
      .describe(
        'URI identifying the problem type: `tag:parley,2025:invalid-parameters`, `tag:parley,2025:not-found`, ' +
          '`tag:parley,2025:not-ready`, `tag:parley,2025:unauthorized`, `tag:parley,2025:writes-disabled`, ' +
          '`tag:parley,2025:document-refused`, `tag:parley,2025:ambiguous-round`, or `about:blank` when the HTTP ' +
          'status says it all.',
      ),
    title: z.string().describe('Short summary of the problem type.'),
    status: z.number().int().min(400).max(599).describe('The HTTP status code.'),
    detail: z.string().describe('Explanation specific to this occurrence.'),
    instance: z.string().describe('The request path and query that caused the problem.'),
    errors: z.array(ProblemParameter).optional().describe('For invalid requests: each offending parameter.'),
    links: z
      .array(
        z
          .object({
            rel: z
              .string()
              .describe(
                'How the resource relates: `launch` is the event that launched the talks; `candidate` one of the ' +
                  'rounds a round number may mean; `collection` the list to choose from.',
              ),
            href: z.string().describe('Its URL, a path on this API.'),
            title: z.string().describe('What it is, in words.'),
          })
          .meta({ id: 'ProblemLink', description: 'A resource worth following instead.' }),
      )
      .optional()
      .describe(
        'Related resources: for a round no article reports, the event that launched the talks; for a round number ' +
          'several negotiations have, the round of each.',
      ),
  })
  .meta({
    id: 'Problem',
    description:
      'An RFC 9457 problem details object, served as `application/problem+json` for every 4xx and 5xx answer.',
    examples: [
      {
        type: 'tag:parley,2025:invalid-parameters',
        title: 'Invalid request parameters',
        status: 400,
        detail: "Query parameter 'limit': expected a whole number from 1 to 100; got '101'.",
        instance: '/v1/events?limit=101',
        errors: [{ in: 'query', name: 'limit', message: "Expected a whole number from 1 to 100; got '101'." }],
      },
    ],
  });
export type Problem = z.output<typeof Problem>;

const problemDescriptions: Record<number, string> = {
  400: 'Invalid parameter: the problem names it in `errors`.',
  401: 'Missing or wrong bearer token (`Authorization: Bearer <INGEST_TOKEN>`).',
  403: 'Writes are disabled: the server has no `INGEST_TOKEN`.',
  404: 'No such resource.',
  406: 'Not acceptable: this answer is JSON only, and the Accept header refuses JSON.',
  409: 'Several negotiations have a round of this number: the problem lists each in `links`; ask /v1/negotiations/{id}/rounds/{number}.',
  413: 'The document is over the 2 MiB size limit; nothing was written.',
  415: 'Unsupported content type or character set; nothing was written.',
  422: 'The document was refused (empty, binary, not UTF-8, no article text, bad front matter); the problem says why. Nothing was written.',
  500: 'Unexpected server error.',
  503: 'Not ready to serve.',
};

/** Response-map entries for problem answers, so every route documents its errors the same way. */
export function problems<const S extends readonly number[]>(...statuses: S) {
  const entries = [...statuses, 500].map((status) => [
    status,
    {
      description: problemDescriptions[status] ?? 'Problem.',
      content: { 'application/problem+json': { schema: Problem } },
    },
  ]);
  return Object.fromEntries(entries) as Record<
    S[number] | 500,
    { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }
  >;
}

// ---------- query parameters ----------
// Messages are phrases of what was expected ('an ISO day: YYYY-MM-DD'); src/lib/validation.ts
// makes each a sentence with what came. Numbers, lengths and enums need none: the error map
// (src/lib/expectations.ts) reads them off the schema.

/** zod's `error` option: every issue of this schema or check expects `phrase`. */
export const expecting = (phrase: string) => ({ error: () => phrase });

export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(50)
  .describe('Page size, 1 to 100.')
  .meta({ examples: [50] });

const CURSOR = 'the page.nextCursor of the previous page, unchanged';

/** A cursor parameter that decodes to the tuple `shape`; anything else is a 400 naming `cursor`. */
export function cursorParam<T extends z.ZodTuple>(shape: T, example: string) {
  return z
    .string(expecting(CURSOR))
    .regex(/^[A-Za-z0-9_-]+$/, { ...expecting(CURSOR), abort: true })
    .describe('Opaque cursor from `page.nextCursor` of the previous page.')
    .meta({ examples: [example] })
    .transform((value, ctx): z.output<T> => {
      const parsed = shape.safeParse(decodeCursor(value));
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: CURSOR });
        return z.NEVER;
      }
      return parsed.data;
    })
    .optional();
}

export const formatParam = z
  .enum(['json', 'csv'])
  .optional()
  .describe('Answer format; `csv` is the same as sending `Accept: text/csv`. Default: JSON.')
  .meta({ examples: ['csv'] });

export const minConfidenceParam = z.coerce
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('Only rows with at least this confidence (0 to 1).')
  .meta({ examples: [0.8] });

// 'February' for 2: the runtime's own month names, so no list of them is kept here.
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

/** A date of the right form naming no month or day of the calendar ('2025-02-30'): what it lacks. */
function onTheCalendar(value: string, ctx: z.RefinementCtx): void {
  const [year = 0, month, day] = value.split('-').map(Number);
  if (month === undefined) return;
  if (month < 1 || month > 12) {
    ctx.addIssue({ code: 'custom', message: 'a month from 01 to 12' });
    return;
  }
  const days = daysInMonth(year, month);
  if (day !== undefined && (day < 1 || day > days)) {
    ctx.addIssue({
      code: 'custom',
      message: `a day of the calendar (${monthName(month)} ${value.slice(0, 4)} has ${days} days)`,
    });
  }
}

const ISO_DATE = 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';

export const isoDateParam = z
  .string(expecting(ISO_DATE))
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { ...expecting(ISO_DATE), abort: true })
  .superRefine(onTheCalendar)
  .meta({ examples: ['2025-05-01'] });

const ISO_DAY = 'an ISO day: YYYY-MM-DD';

export const isoDayParam = z
  .string(expecting(ISO_DAY))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { ...expecting(ISO_DAY), abort: true })
  .superRefine(onTheCalendar);

const COUNTRY = 'an ISO 3166-1 alpha-2 country code such as US or VN';

/** A country code in any case, answered upper case; `example` shows on the parameter. */
export const countryParam = (example: string) =>
  z
    .string(expecting(COUNTRY))
    .regex(/^[A-Za-z]{2}$/, expecting(COUNTRY))
    // On the string, not the pipe: OpenAPI shows what a client sends.
    .meta({ examples: [example] })
    .transform((value) => value.toUpperCase());

const SEARCH = 'words to search for: at most 200 characters, with at least one letter or digit';

export const searchParam = (example: string) =>
  z
    .string(expecting(SEARCH))
    // Each word becomes one SQL condition; keep the expression far below SQLite's depth limit.
    .max(200, expecting(SEARCH))
    .meta({ examples: [example] })
    .transform((value, ctx) => {
      const words = foldWords(value);
      if (words.length === 0) {
        ctx.addIssue({ code: 'custom', message: SEARCH });
        return z.NEVER;
      }
      return words;
    })
    .optional();

const ID = 'an id of 1 to 200 characters';

export const idParam = z.string(expecting(ID)).min(1, expecting(ID)).max(200, expecting(ID));

/** The query parameters of every list: paging and format. */
export function listQuery<T extends z.ZodTuple>(cursorShape: T, cursorExample: string) {
  return {
    limit: limitParam,
    cursor: cursorParam(cursorShape, cursorExample),
    format: formatParam,
  };
}

/** The query of a single resource: only `format`, which answers the list's CSV columns for its one row. */
export const ResourceQuery = z.strictObject({ format: formatParam });
export type ResourceQuery = z.output<typeof ResourceQuery>;
