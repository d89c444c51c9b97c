// Response-map pieces and hooks the routes share.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { CsvColumns } from '../lib/csv.js';
import { HttpProblem, notFound } from '../lib/problem.js';
import { acceptsJson } from '../plugins/csv.js';

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
      throw new HttpProblem(406, 'Not Acceptable', `This answer is JSON only: ${why}. Accept application/json to get it.`);
    }
  };
}

/** Returns `value`, or throws a 404 problem naming what was not found. */
export function found<T>(value: T | undefined, what: string, id: string | number): T {
  if (value === undefined) throw notFound(what, id);
  return value;
}
