// Dates as precise as the text makes them. chrono-node does the parsing (dates/chrono.ts); the
// parsers in dates/parsers.ts add the forms chrono leaves alone (a bare year "in 2023", parts of a
// year, fiscal years, "May 10 and 11"); two dates that make one range are then joined.
import { byCount } from '../identity.js';
import type { FuzzyDate } from '../types.js';
import { chronoDates } from './dates/chrono.js';
import { DATE_PARSERS, type DateContext } from './dates/parsers.js';

export { readMonthDay } from './dates/calendar.js';

export type Tense = 'past' | 'future' | null;

export interface DateFound {
  index: number;
  text: string;
  start: FuzzyDate;
  end: FuzzyDate | null;
  /** Resolved from the publication date ("last week", "on Wednesday", "June" without a year). */
  relative: boolean;
}

// "between May 5 and May 7", "from June 30 through July 2": two dates that make one range.
const RANGE_OPEN = /\b(?:between|from)\s+$/i;
const RANGE_JOIN = /^\s*(?:and|to|through|until|till|-|–|—)\s*$/i;

/**
 * Finds dates in `text`. `ref` is the publication date (YYYY-MM-DD) or null; `tense` tells
 * which way a year-less date points (one tense, or the tense of the clause at an index). With no
 * publication date, `textYear` (the year the document itself writes most) dates "May 19–22";
 * relative dates ("on Tuesday") stay undated.
 */
export function recogniseDates(
  text: string,
  ref: string | null,
  tense: Tense | ((index: number) => Tense) = null,
  textYear: number | null = null,
): DateFound[] {
  const tenseAt = typeof tense === 'function' ? tense : () => tense;
  const found = chronoDates(text, ref, tenseAt, textYear);
  const ctx: DateContext = { text, ref, tenseAt, reread: (phrase, at) => recogniseDates(phrase, ref, at) };
  for (const parser of DATE_PARSERS) {
    for (const m of text.matchAll(parser.pattern)) {
      const date = parser.extract(m, ctx, found);
      if (!date) continue;
      if (parser.replaces) {
        for (let i = found.length - 1; i >= 0; i--) {
          if (found[i]!.index >= date.index && found[i]!.index < date.index + date.text.length) found.splice(i, 1);
        }
      }
      found.push(date);
    }
  }
  found.sort((a, b) => a.index - b.index);
  return joinRanges(text, found);
}

function joinRanges(text: string, found: DateFound[]): DateFound[] {
  const out: DateFound[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (
      prev &&
      !prev.end &&
      !d.end &&
      prev.start.precision === d.start.precision &&
      prev.start.date &&
      d.start.date &&
      prev.start.date <= d.start.date &&
      RANGE_JOIN.test(text.slice(prev.index + prev.text.length, d.index)) &&
      RANGE_OPEN.test(text.slice(Math.max(0, prev.index - 10), prev.index))
    ) {
      out[out.length - 1] = { ...prev, text: text.slice(prev.index, d.index + d.text.length), end: d.start };
      continue;
    }
    out.push(d);
  }
  return out;
}

/** The first day a fuzzy date may mean: '2025-04' → '2025-04-01'. */
export function lowerBound(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Whole days from a date (a month counts from its last day) to another. */
export function daysBetween(from: string, to: string): number {
  const [y, m, d] = from.split('-').map(Number);
  const start = Date.UTC(y!, (m ?? 12) - 1 + (d ? 0 : 1), d ?? 0);
  return (Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000;
}

/** Whether `date` (any precision) lies after `ref` (YYYY-MM-DD) at the date's own precision. */
export function isAfter(date: string, ref: string): boolean {
  return date > ref.slice(0, date.length);
}

/** The year a text writes most often (the latest on a tie), for documents with no publication date. */
export function yearOfText(text: string): number | null {
  const years = [...text.matchAll(/\b(19[89]\d|20\d{2})\b/g)].map((m) => Number(m[1]));
  return byCount(years, (a, b) => b - a)[0]?.value ?? null;
}
