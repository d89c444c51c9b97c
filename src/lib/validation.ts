// Request validation with the route's zod schemas, every failure in the project's words: what was
// expected (the error map's phrase) and what came, as the client sent it, before any coercion:
// "Expected a whole number from 1 to 100; got '1000'."
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';
import { expectation, listed } from './expectations.js';

const SHOWN_CHARACTERS = 40;
const SHOWN_ITEMS = 5;

/** What came, in a few words: `'1000'`, `nothing`, `2 values, 'meeting' and 'call'`. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return value.length <= SHOWN_CHARACTERS
      ? `'${value}'`
      : `'${value.slice(0, SHOWN_CHARACTERS)}…' (${value.length} characters)`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    const items = value.slice(0, SHOWN_ITEMS).map(shown);
    if (value.length > SHOWN_ITEMS) items.push('more');
    return `${value.length} value${value.length === 1 ? '' : 's'}, ${listed(items, 'and')}`;
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object' : `an object with ${listed(keys, 'and')}`;
  }
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** Fastify's validation error for one issue; an unknown key is one error per key, named by it. */
function validationErrors(issue: z.core.$ZodIssue, data: unknown): FastifySchemaValidationError[] {
  const error = (path: readonly PropertyKey[], got: string): FastifySchemaValidationError => {
    const pointer = path.map(String).join('/');
    return {
      keyword: issue.code,
      instancePath: `/${pointer}`,
      schemaPath: `#/${pointer}/${issue.code}`,
      message: `Expected ${issue.message}; got ${got}.`,
      params: {},
    };
  };
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => error([...issue.path, key], shown(key)));
  // A check that sees more than one value (text and html) says what came itself.
  const own = issue.code === 'custom' ? (issue.params?.['got'] as unknown) : undefined;
  return [error(issue.path, typeof own === 'string' ? own : shown(valueAt(data, issue.path)))];
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = z.safeParse(schema, data, { error: (issue) => expectation(issue, httpPart) });
    if (result.success) return { value: result.data };
    return { error: result.error.issues.flatMap((issue) => validationErrors(issue, data)) };
  };
