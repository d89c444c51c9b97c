// A live page's day headings ("SATURDAY, OCT. 25", "Friday, October 24, 2025"): the entries under
// one were written that day, so "on Saturday" or "this morning" under it count from it, not from
// the day the page was first published.
import { monthOfShort, pad } from './calendar.js';

const DAY_HEADING =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)([a-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+((?:19|20)\d{2}))?$/i;
// (a heading more than a week after publication is no update of this page)
const MAX_DAYS_AFTER = 7;

export interface Heading {
  at: number;
  day: string;
}

function headingDay(line: string, published: string): string | null {
  const m = DAY_HEADING.exec(line.trim());
  if (!m) return null;
  const month = monthOfShort(m[1]!);
  const day = Number(m[2]);
  if (!month || day < 1 || day > 31) return null;
  const date = `${m[3] ?? published.slice(0, 4)}-${pad(month)}-${pad(day)}`;
  const after = (Date.parse(date) - Date.parse(published)) / 86_400_000;
  return after >= 0 && after <= MAX_DAYS_AFTER ? date : null;
}

/** The day headings of `text`, in order, each with where it starts. */
export function dayHeadings(text: string, published: string | null): Heading[] {
  if (!published) return [];
  const headings: Heading[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const day = headingDay(line, published);
    if (day) headings.push({ at, day });
    at += line.length + 1;
  }
  return headings;
}

/** The day each offset was written, by the day heading above it; the publication day before any. */
export const writtenOn =
  (headings: readonly Heading[], published: string | null) =>
  (offset: number): string | null =>
    headings.filter((h) => h.at <= offset).at(-1)?.day ?? published;

/** The last day a live page was written on: what its statuses are as of ("scheduled" is after it). */
export const lastWritten = (headings: readonly Heading[], published: string | null): string | null =>
  headings.reduce<string | null>((last, h) => (last && last >= h.day ? last : h.day), published);
