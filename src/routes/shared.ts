// Response-map pieces and hooks the routes share.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import type { RedirectResource } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import { HttpProblem, notFound } from '../lib/problem.js';
import { acceptsJson } from '../plugins/csv.js';
import { currentId } from '../queries/redirects.js';

function csvContent<T>(columns: CsvColumns<T>, rows: string) {
  const header = columns.map(([name]) => name).join(',');
  return {
    schema: z
      .string()
      .describe(`RFC 4180 CSV: a header row, then ${rows}; nested fields flattened.`)
      .meta({ examples: [`${header}\r\n`] }),
  };
}

/** The 200 answer of a list: the JSON page or, on request, CSV with the same rows. */
export function listResponse<S extends z.ZodType, T>(
  description: string,
  schema: S,
  columns: CsvColumns<T>,
  rows = 'one row per item of `data`',
) {
  return { description, content: { 'application/json': { schema }, 'text/csv': csvContent(columns, rows) } };
}

/** The 200 answer of a single resource: JSON or, on request, its one row with its list's CSV columns. */
export function resourceResponse<S extends z.ZodType, T>(description: string, schema: S, columns: CsvColumns<T>) {
  return listResponse(description, schema, columns, "the resource's one row, with the columns of its list's CSV");
}

/** preHandler of an answer with no CSV form: an Accept header refusing JSON is a 406 saying why. */
export function jsonOnly(why: string) {
  return async (request: FastifyRequest) => {
    if (!acceptsJson(request)) {
      throw new HttpProblem(
        406,
        'Not Acceptable',
        `This answer is JSON only: ${why}. Accept application/json to get it.`,
      );
    }
  };
}

/** Returns `value`, or throws a 404 problem naming what was not found. */
export function found<T>(value: T | undefined, what: string, id: string | number): T {
  if (value === undefined) throw notFound(what, id);
  return value;
}

/** The 308 answer of a resource whose id may have been renamed. */
export const movedResponse = {
  308: z
    .null()
    .describe(
      'Permanent Redirect: this id was renamed (a later document dated or named the row more precisely); `Location` ' +
        'is the URL of its current id, query string kept. Ids that once answered keep answering this way.',
    ),
};

/** Where `url` (…/{old id}?query) lives now: the same path and query with the current id. */
export function movedUrl(url: string, id: string): string {
  const q = url.indexOf('?');
  // A trailing slash names the same resource.
  const path = (q < 0 ? url : url.slice(0, q)).replace(/\/+$/, '');
  return `${path.slice(0, path.lastIndexOf('/') + 1)}${encodeURIComponent(id)}${q < 0 ? '' : url.slice(q)}`;
}

/** An id no row has: a 308 to its current id when its row was renamed, else the 404 problem. */
export function movedOrNotFound(
  db: Db,
  resource: RedirectResource,
  what: string,
  request: { url: string; params: { id: string } },
  reply: FastifyReply,
): FastifyReply {
  const to = currentId(db, resource, request.params.id);
  if (to === undefined) throw notFound(what, request.params.id);
  return reply.redirect(movedUrl(request.url, to), 308);
}
