// The dateline opening the first paragraph, and the publication date it (or a numeric byline date)
// gives when the head states none.
import { readMonthDay, recogniseDates } from '../recognise/dates.js';
import { dateOfLine, type NumericDate } from './date-line.js';
import { words } from './lines.js';
import { STORY_LABELS, anyOf } from './vocabulary.js';

// A dateline opening the first paragraph:
// "HANOI, June 13 (Reuters) -", "WASHINGTON —", "New Delhi, Aug 7 (PTI)", "Hà Nội (VNA) –", "KUALA
// LUMPUR: …". A place in capitals may stand alone before its dash; one in title case needs a date
// or an agency, or "Trade Daily Newspaper – …" would be one. An agency may stand in for the dash.
// An agency between slashes ends one too: "LIMA, June 3. /ANDINA/. Peru's …".
const DATELINE_END = String.raw`\s*(?:\([^)]{2,30}\)\s*(?:[-–—]{1,2}\s|(?=\p{Lu}))|[-–—]{1,2}\s|\.?\s*\/\p{Lu}[^/]{1,30}\/\.?\s)`;
// "[June 3, 2025] OTTAWA (AP) —": the date in brackets before the place.
const BRACKET_DATE = /^\[([^\]]{4,40})\]\s*/;
const BRACKETED = String.raw`^(?:\[[^\]]{4,40}\]\s*)?`;
export const DATELINE = new RegExp(
  [
    String.raw`${BRACKETED}\p{Lu}[\p{Lu} .'’/-]{1,40}?(?:,\s*([^-–—(]{2,40}?))?${DATELINE_END}`,
    String.raw`${BRACKETED}\p{Lu}[\p{L} .'’-]{1,30}?,\s*([^-–—(/]{6,40}?)${DATELINE_END}`,
    String.raw`${BRACKETED}\p{Lu}[\p{L} .'’-]{1,30}?\s*\([^)]{2,30}\)\s*(?:[-–—]{1,2}\s|(?=\p{Lu}))`,
    // (a story label in capitals is no place: "TIMELINE: From 46 per cent to …")
    String.raw`^(?!${anyOf(STORY_LABELS)}:)\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}:\s`,
  ].join('|'),
  'u',
);

const COPYRIGHT_YEAR = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})\b/i;

export interface Dateline {
  /** Where it starts in the body's text, and how long it is. */
  start: number;
  length: number;
  /** What it says between the place and the agency or dash ("June 13"), if anything. */
  said: string | null;
}

/** The dateline on the body's first line, or (under a standfirst the body keeps) on its second. */
export function findDateline(body: readonly string[]): Dateline | null {
  let at = body.slice(0, 2).findIndex((line) => DATELINE.test(line));
  // ("5 minute read" / "Summary" / "- …" bullets, then "SAO PAULO, July 30 (Wire) - …": the first
  // paragraph under a summary, when it opens with a dated dateline)
  if (at < 0) at = body.slice(0, 12).findIndex((line) => words(line) >= 12 && Boolean(saidOf(line)));
  if (at < 0) return null;
  const m = DATELINE.exec(body[at]!)!;
  const start = body.slice(0, at).reduce((n, line) => n + line.length + 1, 0);
  return { start, length: m[0].length, said: saidOf(body[at]!) };
}

/** What a dateline says between its place and its agency or dash ("June 13"), if anything. */
function saidOf(line: string): string | null {
  const m = DATELINE.exec(line);
  if (!m) return null;
  const said = BRACKET_DATE.exec(m[0])?.[1] ?? m[1] ?? m[2];
  return said?.trim() || null;
}

/** The year of the page's copyright line ("© 2025 Example Wire"). */
export const copyrightYear = (lines: readonly string[]) =>
  lines.map((l) => COPYRIGHT_YEAR.exec(l)?.[1]).find(Boolean) ?? null;

/**
 * The publication date a dateline or a numeric byline gives: "HANOI, June 13 (Reuters) -" has no
 * year, so it takes the year the article's own full dates use; "03/07/2025" is read day first
 * when the dateline says July 3.
 */
export function datelineDate(
  dateline: string | null,
  numeric: NumericDate | null,
  body: string,
  pageYear: string | null = null,
): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthDay = dateline ? readMonthDay(dateline) : null;
  if (numeric) {
    const { a, b, year } = numeric;
    const dayFirst = a > 12 || (b <= 12 && monthDay != null && monthDay.month === b && monthDay.day === a);
    const [month, day] = dayFirst ? [b, a] : [a, b];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (!dateline) return null;
  // "Bern, 07.08.2025": dotted dates are day first.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(dateline);
  if (dotted) return `${dotted[3]}-${pad(Number(dotted[2]))}-${pad(Number(dotted[1]))}`;
  const full = dateOfLine(dateline);
  if (full) return full;
  if (!monthDay) return null;
  // The year of the article's own dates: the latest one written in full.
  const years = recogniseDates(body, null)
    .map((d) => d.start.date?.slice(0, 4))
    .filter((y): y is string => Boolean(y));
  // Else the year of the page's copyright line ("© 2025 Example Wire").
  const year = years.sort().at(-1) ?? pageYear;
  return year ? `${year}-${pad(monthDay.month)}-${pad(monthDay.day)}` : null;
}
