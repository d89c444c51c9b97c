// Request validation in the project's words, on schemas of every kind a route could use, not only
// today's parameters: numbers with open bounds, booleans, lengths, literals, nested fields.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { daysInMonth } from '../src/lib/dates.js';
import { shown, validatorCompiler } from '../src/lib/validation.js';

function messages(schema: z.ZodType, data: unknown, httpPart = 'querystring') {
  const validate = validatorCompiler({ schema, method: 'GET', url: '/x', httpPart });
  const result = validate(data) as { error?: Array<{ instancePath: string; message: string }> };
  return (result.error ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('validation messages', () => {
  const schema = z.strictObject({
    above: z.coerce.number().gt(0).lt(10).optional(),
    least: z.coerce.number().int().min(3).optional(),
    flag: z.boolean().optional(),
    word: z.string().min(2).max(5).optional(),
    code: z.string().length(2).optional(),
    only: z.literal('yes').optional(),
    nested: z.object({ inner: z.number() }).optional(),
  });

  it.each([
    [{ above: '10' }, "/above Expected a number, above 0, below 10; got '10'."],
    [{ least: 'x' }, "/least Expected a whole number, 3 or more; got 'x'."],
    [{ flag: 'yes' }, "/flag Expected true or false; got 'yes'."],
    [{ word: 'abcdef' }, "/word Expected a string of 2 to 5 characters; got 'abcdef'."],
    [{ code: 'abc' }, "/code Expected a string of 2 characters; got 'abc'."],
    [{ only: 'no' }, "/only Expected yes; got 'no'."],
    [{ nested: { inner: 'one' } }, "/nested/inner Expected a number; got 'one'."],
    [{ nested: 4 }, '/nested Expected an object; got 4.'],
  ])('%j', (data, message) => {
    expect(messages(schema, data)).toEqual([message]);
  });

  it('names each unknown key on its own', () => {
    const known = '(above, least, flag, word, code, only or nested)';
    expect(messages(schema, { other: 1, more: 2 })).toEqual([
      `/other Expected a parameter this route takes ${known}; got 'other'.`,
      `/more Expected a parameter this route takes ${known}; got 'more'.`,
    ]);
  });

  it('calls unknown body keys fields, and a route taking nothing says so', () => {
    expect(messages(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'body')).toEqual([
      "/b Expected a field this route takes (a); got 'b'.",
    ]);
    expect(messages(z.strictObject({}), { b: 1 })).toEqual([
      "/b Expected no parameter (this route takes none); got 'b'.",
    ]);
  });
});

describe('shown', () => {
  it('quotes what came, shortly', () => {
    expect(shown(undefined)).toBe('nothing');
    expect(shown('')).toBe("''");
    expect(shown('x'.repeat(50))).toBe(`'${'x'.repeat(40)}…' (50 characters)`);
    expect(shown(['a', 'b'])).toBe("2 values, 'a' and 'b'");
    expect(shown(['a'])).toBe("1 value, 'a'");
    expect(shown([1, 2, 3, 4, 5, 6, 7])).toBe('7 values, 1, 2, 3, 4, 5 and more');
    expect(shown([])).toBe('an empty list');
    expect(shown({ text: 'x', html: 'y' })).toBe('an object with text and html');
    expect(shown({})).toBe('an empty object');
    expect(shown(null)).toBe('null');
    expect(shown(42)).toBe('42');
  });
});

describe('daysInMonth', () => {
  it('counts leap years the Gregorian way, years 0 to 99 included', () => {
    expect([2024, 2025, 1900, 2000, 0, 4, 100].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29, 29, 29, 28]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });
});
