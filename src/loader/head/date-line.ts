// Dates written on a line of their own in a page's head: "May 30, 2025", "Published: 30 May 2025",
// "03/07/2025" (whose day and month the dateline may have to tell apart).
import { recogniseDates } from '../recognise/dates.js';
import { words } from './lines.js';

export interface NumericDate {
  a: number;
  b: number;
  year: number;
}

// "03/07/2025": day first or month first, told apart by a value over 12 or by the dateline.
const NUMERIC_DATE = /^(?:published|updated|posted)?\s*:?\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/i;
const DATE_LINE =
  /^(?:(?:last )?(?:published|updated|posted)(?: on)?|publication date|date published|date)?\s*:?\s*(.+)$/i;

/** A byline part that is only a numeric date (a time may follow it), its two numbers unread. */
export function numericDateOf(part: string): NumericDate | null {
  const num = NUMERIC_DATE.exec(part);
  if (!num || num[0].length < part.replace(/\s*[\d:.]+\s*(?:[ap]m)?$/i, '').length - 1) return null;
  return { a: Number(num[1]), b: Number(num[2]), year: Number(num[3]) };
}

/** A line that is only a date ("May 30, 2025", "Published: 30 May 2025") → YYYY-MM-DD. */
export function dateOfLine(line: string): string | null {
  // "August 1, 2025 11:48 AM GMT+7 Updated August 1, 2025": the first date is the publication's.
  const body = (DATE_LINE.exec(line)?.[1] ?? line).replace(/\s+(?:—\s*)?(?:last\s+)?(?:updated|modified)\b.*$/i, '');
  const found = recogniseDates(body, null);
  const d = found[0];
  if (!d || d.start.precision !== 'day' || !d.start.date) return null;
  const rest = body
    .replace(d.text, '')
    .replace(/\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/gi, '')
    .replace(/\b(?:at|gmt|utc|[a-z]{1,3}[sd]t|ist|ict)\b\s*(?:[+-]\d{1,2}(?::?\d{2})?)?/gi, '')
    .replace(/\b(?:(?:last\s+)?updated|published|posted)\b/gi, '')
    // ("November 14, 2025 (Fri)", "08:45 (GMT+7)")
    .replace(/\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)/gi, '')
    .replace(/\(\s*\)/g, '')
    .replace(/[\s,.|•·-]/g, '');
  // A short label beside the date ("All News 2025-07-31 10:17") is still a date line.
  const label = /^\s*(?:\p{Lu}[\p{L}]*\s+){0,2}/u.exec(body.slice(0, d.index))?.[0] ?? '';
  return rest.length === 0 || (label.length === d.index && rest === label.replace(/\s+/g, '') && words(line) <= 6)
    ? d.start.date
    : null;
}
