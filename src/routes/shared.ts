// Response-map pieces every route uses.
import { z } from 'zod';
import type { CsvColumns } from '../lib/csv.js';
import { notFound } from '../lib/problem.js';

/** The 200 answer of a list: the JSON page or, on request, CSV with the same rows. */
export function listResponse<S extends z.ZodType, T>(description: string, schema: S, columns: CsvColumns<T>) {
  const header = columns.map(([name]) => name).join(',');
  return {
    description,
    content: {
      'application/json': { schema },
      'text/csv': {
        schema: z
          .string()
          .describe('RFC 4180 CSV: a header row, then one row per item of `data`; nested fields flattened.')
          .meta({ examples: [`${header}\r\n`] }),
      },
    },
  };
}

/** Returns `value`, or throws a 404 problem naming what was not found. */
export function found<T>(value: T | undefined, what: string, id: string | number): T {
  if (value === undefined) throw notFound(what, id);
  return value;
}
