// A live page's day headings date the entries under them.
import { describe, expect, it } from 'vitest';
import { dayHeadings, lastWritten, writtenOn } from '../../src/loader/recognise/dates/day-headings.js';

describe('day headings', () => {
  const page = [
    'FRIDAY, OCT. 24',
    'Lima said it was ready.',
    'SATURDAY, OCT. 25',
    'Trump said on Saturday he would add 10%.',
  ];
  const text = page.join('\n');

  it('each entry is written on the day of the heading above it, and the page speaks as of the last', () => {
    const headings = dayHeadings(text, '2025-10-24');
    expect(headings.map((h) => h.day)).toEqual(['2025-10-24', '2025-10-25']);
    const on = writtenOn(headings, '2025-10-24');
    expect(on(text.indexOf('Lima'))).toBe('2025-10-24');
    expect(on(text.indexOf('Trump'))).toBe('2025-10-25');
    expect(lastWritten(headings, '2025-10-24')).toBe('2025-10-25');
  });

  it('no heading before publication or long after it, none without a weekday, none without a publication day', () => {
    expect(dayHeadings('Thursday, Oct. 23\nText.', '2025-10-24')).toEqual([]);
    expect(dayHeadings('Monday, Nov. 10\nText.', '2025-10-24')).toEqual([]);
    expect(dayHeadings('Oct. 25\nText.', '2025-10-24')).toEqual([]);
    expect(dayHeadings(text, null)).toEqual([]);
    expect(writtenOn([], '2025-10-24')(5)).toBe('2025-10-24');
  });
});
