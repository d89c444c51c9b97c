import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/lib/cursor.js';
import { toCsv } from '../src/lib/csv.js';
import { isIsoDate, isIsoDay, lowerBound, upperBound } from '../src/lib/dates.js';
import { fold, foldWords } from '../src/lib/fold.js';

describe('fold', () => {
  it('strips accents, đ and punctuation, lower-cases and single-spaces', () => {
    expect(fold('Nguyễn Hồng Diên')).toBe('nguyen hong dien');
    expect(fold('ĐÀO đào')).toBe('dao dao');
    expect(fold("  Margaret O'Neil -- U.S.  ")).toBe('margaret o neil u s');
    expect(foldWords('Tô Lâm, tô lâm!')).toEqual(['to', 'lam']);
    expect(foldWords('?!')).toEqual([]);
  });

  it('is idempotent and leaves only lower-case letters, digits and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = fold(s);
        expect(fold(once)).toBe(once);
        expect(once).not.toMatch(/^ | $| {2}/);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });
});

describe('dates', () => {
  it('accepts real YYYY, YYYY-MM and YYYY-MM-DD dates only', () => {
    for (const good of ['2025', '2025-06', '2025-06-30', '2024-02-29']) expect(isIsoDate(good), good).toBe(true);
    for (const bad of [
      '2025-13',
      '2025-13-45',
      '2025-02-29',
      '2025-6',
      '25-06-01',
      '2025-06-31',
      '2025-00',
      'today',
      '',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(isIsoDay('2025-05-01')).toBe(true);
    expect(isIsoDay('2025-05')).toBe(false);
  });

  it('bounds a coarse date around every day inside it and nothing outside', () => {
    expect(lowerBound('2025-06') <= '2025-06-01').toBe(true);
    expect(upperBound('2025-06') >= '2025-06-30').toBe(true);
    expect(upperBound('2025-06') < '2025-07').toBe(true);
    expect(upperBound('2025') >= '2025-12-31').toBe(true);
    expect(upperBound('2025') < '2026').toBe(true);
    expect(lowerBound('2025-05-31') < '2025-06').toBe(true);
  });
});

describe('cursor', () => {
  it('round-trips any tuple of strings and numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer())), (tuple) => {
        expect(decodeCursor(encodeCursor(tuple))).toEqual(tuple);
      }),
    );
  });

  it('rejects what it did not make', () => {
    for (const bad of [
      '',
      '%%%',
      'not base64!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('nope').toString('base64url'),
    ])
      expect(decodeCursor(bad), bad).toBeUndefined();
  });
});

describe('toCsv', () => {
  it('writes RFC 4180: CRLF lines, quotes only when needed, doubled quotes, empty nulls', () => {
    const text = toCsv(
      [
        ['name', (r: { name: string; n: number | null }) => r.name],
        ['n', (r) => r.n],
      ],
      [
        { name: 'plain', n: 1 },
        { name: 'a, b', n: null },
        { name: 'say "hi"', n: 2.5 },
        { name: 'two\nlines', n: 0 },
      ],
    );
    expect(text).toBe('name,n\r\nplain,1\r\n"a, b",\r\n"say ""hi""",2.5\r\n"two\nlines",0\r\n');
  });
});
