// What a request value was expected to be, in the project's words, for any zod issue: the zod
// error map of request validation. Schemas whose form words cannot be read off them (dates,
// country codes, cursors) give their own phrase; every other number, length, enum and unknown
// parameter is described here, from the schema that raised the issue.
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;
type CheckDef = {
  check?: string;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  maximum?: number;
  minimum?: number;
  length?: number;
};

const checksOf = (schema: z.core.$ZodType | undefined): CheckDef[] =>
  (schema?._zod.def.checks ?? []).map((check) => check._zod.def as CheckDef);

/** 'a, b or c' (or 'and'), the words English lists are made of. */
export function listed(items: readonly unknown[], last: 'or' | 'and' = 'or'): string {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

export const oneOf = (values: readonly unknown[]) => (values.length <= 2 ? listed(values) : `one of ${listed(values)}`);

/** 'a whole number from 1 to 100', from the schema's checks. */
function numberPhrase(schema: z.core.$ZodType | undefined): string {
  let whole = false;
  let min: CheckDef | undefined;
  let max: CheckDef | undefined;
  for (const def of checksOf(schema)) {
    if (def.check === 'number_format') whole = /int/.test(def.format ?? '');
    else if (def.check === 'greater_than') min = def;
    else if (def.check === 'less_than') max = def;
  }
  const noun = whole ? 'a whole number' : 'a number';
  if (min?.inclusive && max?.inclusive) return `${noun} from ${String(min.value)} to ${String(max.value)}`;
  const low = min ? (min.inclusive ? `${String(min.value)} or more` : `above ${String(min.value)}`) : undefined;
  const high = max ? (max.inclusive ? `${String(max.value)} or less` : `below ${String(max.value)}`) : undefined;
  return [noun, low, high].filter(Boolean).join(', ');
}

/** 'a string of 1 to 200 characters', from the schema's checks. */
function textPhrase(schema: z.core.$ZodType | undefined): string {
  let min: number | undefined;
  let max: number | undefined;
  for (const def of checksOf(schema)) {
    if (def.check === 'min_length') min = def.minimum;
    else if (def.check === 'max_length') max = def.maximum;
    else if (def.check === 'length_equals') min = max = def.length;
  }
  if (min !== undefined && max !== undefined)
    return min === max ? `a string of ${max} characters` : `a string of ${min} to ${max} characters`;
  if (max !== undefined) return `a string of at most ${max} characters`;
  if (min !== undefined) return `a string of at least ${min} character${min === 1 ? '' : 's'}`;
  return 'a string';
}

const typeWords: Record<string, string> = {
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'nothing',
  never: 'nothing',
};

function byType(issue: RawIssue & { code: 'invalid_type' }): string {
  const type = issue.schema?._zod.def.type;
  if (type === 'number' || issue.expected === 'int') return numberPhrase(issue.schema);
  if (type === 'string') return textPhrase(issue.schema);
  if (type === 'enum' || type === 'literal')
    return oneOf((issue.schema?._zod.values ? [...issue.schema._zod.values] : []) as unknown[]);
  return typeWords[issue.expected] ?? `a value of type ${issue.expected}`;
}

/** Names the parameters (or body fields) an object schema takes, for an unknown one. */
function knownKeys(issue: RawIssue, part: string): string {
  const shape = (issue.schema?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  const keys = Object.keys(shape);
  const noun = part === 'body' ? 'field' : 'parameter';
  return keys.length === 0 ? `no ${noun} (this route takes none)` : `a ${noun} this route takes (${listed(keys)})`;
}

/** The error map: what was expected, as a phrase ('a whole number from 1 to 100'); `part` is Fastify's httpPart. */
export function expectation(issue: RawIssue, part = 'querystring'): string {
  const type = issue.schema?._zod.def.type;
  switch (issue.code) {
    case 'invalid_type':
      return byType(issue);
    case 'too_big':
    case 'too_small':
    case 'not_multiple_of':
      if (type === 'number') return numberPhrase(issue.schema);
      if (type === 'string') return textPhrase(issue.schema);
      return issue.code === 'too_big' ? `at most ${String(issue.maximum)} items` : `a different size`;
    case 'invalid_value':
      return oneOf(issue.values);
    case 'invalid_format':
      return issue.format === 'regex' ? 'text in the documented form' : `a valid ${issue.format}`;
    case 'unrecognized_keys':
      return knownKeys(issue, part);
    case 'invalid_union':
      return 'a value of one of the forms described';
    default:
      return 'a valid value';
  }
}
