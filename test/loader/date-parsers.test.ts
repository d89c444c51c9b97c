import { describe, expect, it } from 'vitest';
import { readMonthDay, recogniseDates } from '../../src/loader/recognise/dates.js';
import { MONTH_SHORT, format, monthOfShort } from '../../src/loader/recognise/dates/calendar.js';
import { chronoDates } from '../../src/loader/recognise/dates/chrono.js';
import { DATE_PARSERS, type DateContext } from '../../src/loader/recognise/dates/parsers.js';

/** What one parser reads of its first match in `text`, with nothing found before it. */
function parse(name: string, text: string, ref: string | null = '2025-06-15') {
  const parser = DATE_PARSERS.find((p) => p.name === name)!;
  const ctx: DateContext = { text, ref, tenseAt: () => 'past', reread: (phrase, t) => recogniseDates(phrase, ref, t) };
  const m = [...text.matchAll(parser.pattern)][0];
  const d = m ? parser.extract(m, ctx, []) : null;
  return d && [d.index, d.text, d.start.date, d.end?.date ?? null];
}

describe('date calendar', () => {
  it('reads the month and day a dateline writes without a year', () => {
    expect(readMonthDay('HANOI, June 13 (Reuters)')).toEqual({ month: 6, day: 13 });
    expect(readMonthDay('New Delhi, Aug. 7')).toEqual({ month: 8, day: 7 });
    expect(readMonthDay('13 Sept')).toEqual({ month: 9, day: 13 });
    expect(readMonthDay('Updated 5:47 PM CST')).toBeNull();
    expect(readMonthDay('Hanoi 12 people')).toBeNull();
  });

  it('short month names and dates at their precision', () => {
    expect(MONTH_SHORT).toHaveLength(12);
    expect(monthOfShort('March')).toBe(3);
    expect(monthOfShort('Foo')).toBe(0);
    expect([format(2025, null, null), format(2025, 4, null), format(2025, 4, 9)]).toEqual([
      '2025',
      '2025-04',
      '2025-04-09',
    ]);
  });
});

describe('date parsers, one at a time', () => {
  it('chrono: a full date, and no date in a duration', () => {
    expect(chronoDates('Talks on June 3, 2025 ended.', null, () => null, null).map((d) => d.start.date)).toEqual([
      '2025-06-03',
    ]);
    expect(chronoDates('The pause lasts 90 days.', '2025-06-15', () => null, null)).toEqual([]);
  });

  it('"this morning" is the day of publication; with no such day it is no date', () => {
    expect(parse('this morning', 'Lai wrote in a post this morning that talks go on.')).toEqual([
      20,
      'this morning',
      '2025-06-15',
      null,
    ]);
    expect(parse('this morning', 'He said late this afternoon that it was done.', null)).toBeNull();
  });

  it('a part of a written year', () => {
    expect(parse('part of a written year', 'in the first half of 2024')).toEqual([
      0,
      'in the first half of 2024',
      '2024-01',
      '2024-06',
    ]);
    expect(parse('part of a written year', 'Q3 2024')).toEqual([0, 'Q3 2024', '2024-07', '2024-09']);
  });

  it('a part of this or last year, only once it is over', () => {
    expect(parse('part of this or last year', 'the first quarter')).toEqual([
      0,
      'the first quarter',
      '2025-01',
      '2025-03',
    ]);
    expect(parse('part of this or last year', 'the second half')).toBeNull();
    expect(parse('part of this or last year', 'the second half of last year')?.slice(2)).toEqual([
      '2024-07',
      '2024-12',
    ]);
    expect(parse('part of this or last year', 'the first quarter', null)).toBeNull();
  });

  it('the months so far this year', () => {
    expect(parse('months so far this year', 'in the first five months')?.slice(2)).toEqual(['2025-01', '2025-05']);
    expect(parse('months so far this year', 'in the first nine months')).toBeNull();
  });

  it('fiscal years', () => {
    expect(parse('fiscal year with its months', 'FY2024/25 (July–June)')?.slice(2)).toEqual(['2024-07', '2025-06']);
    expect(parse('fiscal year with its months', '2024-26 (April-March)')).toBeNull();
    expect(parse('fiscal year ended', 'the fiscal year ended March 2025')?.slice(2)).toEqual(['2024-04', '2025-03']);
    expect(parse('fiscal year ended', 'the fiscal year that ended in March')?.slice(2)).toEqual(['2024-04', '2025-03']);
  });

  it('a bare year, at the year itself', () => {
    expect(parse('bare year', 'rose in 2023')).toEqual([8, '2023', '2023', null]);
    expect(parse('bare year', 'by 2030%')).toBeNull();
  });

  it('two days of one month as one range', () => {
    expect(parse('two days of one month', 'on May 10 and 11, 2025')).toEqual([
      3,
      'May 10 and 11, 2025',
      '2025-05-10',
      '2025-05-11',
    ]);
    expect(parse('two days of one month', '28 and 29 April')?.slice(2)).toEqual(['2025-04-28', '2025-04-29']);
  });
});
