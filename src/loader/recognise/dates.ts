// Dates as precise as the text makes them. chrono-node does the parsing; this module decides
// precision, resolves a missing year against the publication date and the clause's tense, and
// adds the bare-year form ("in 2023") chrono leaves alone.
import * as chrono from 'chrono-node';
import { NUMBER_WORDS } from '../text.js';
import type { DatePrecision, FuzzyDate } from '../types.js';

export type Tense = 'past' | 'future' | null;

export interface DateFound {
  index: number;
  text: string;
  start: FuzzyDate;
  end: FuzzyDate | null;
  /** Resolved from the publication date ("last week", "on Wednesday", "June" without a year). */
  relative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function format(year: number, month: number | null, day: number | null): string {
  if (month == null) return String(year);
  if (day == null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Publication date → the instant chrono resolves against (noon UTC, so no day slips). */
function refInstant(ref: string): Date {
  const [y, m, d] = ref.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
}

// Said relative to the publication date: needs one to resolve.
const RELATIVE_TEXT =
  /\b(?:yesterday|today|tonight|tomorrow|ago|later|earlier|afterwards|(?:last|next|this|coming|past|previous)\s+(?:week|month|year|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b/i;
// A date names a number, a month, a weekday or a relative word; chrono also reads "lasts" or "may".
const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|week|month|year)\b/i;
// Durations ("for 90 days", "three months") are not dates.
const PART_OF_MONTH = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i;
// "21 days after" counts from another event, not from publication: no date either.
const DURATION =
  /^(?:for|in|within|over|after|the)?\s*(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than)?\s*(?:next|past|coming|first|last)?\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](?:minutes?|hours?|days?|weeks?|months?|years?)(?:\s+(?:after|before|later|earlier|from|since))?$/i;
// "earlier in the year": no date of its own; nor "the week before", counted from another event.
const BARE_THE_YEAR = /^(?:in\s+)?the\s+year$|^the\s+(?:week|month|year)\s+(?:before|after|earlier|later)$/i;

function componentsDate(
  c: chrono.ParsedComponents,
  text: string,
  ref: string | null,
  tense: Tense,
  yearHint: number | null = null,
): { fuzzy: FuzzyDate; relative: boolean } | null {
  const tags = [...c.tags()].join(' ');
  // "the evening of July 2" carries a casual tag but names its day.
  const named = c.isCertain('month') && c.isCertain('day');
  const relative = (!named && /relativeDate|casualReference/.test(tags)) || RELATIVE_TEXT.test(text);
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  const d = c.date();
  // Calendar fields as written; date() would shift "the evening of July 2" across midnight.
  const month = relative ? d.getUTCMonth() + 1 : (c.get('month') ?? d.getUTCMonth() + 1);
  const day = relative ? d.getUTCDate() : (c.get('day') ?? d.getUTCDate());
  if (relative || weekdayOnly) {
    if (!ref) return null;
    if (weekdayOnly && !relative)
      return { fuzzy: { date: weekdayNear(c.get('weekday')!, ref, tense), precision: 'day' }, relative: true };
    // "last week" names no day, only its month when the whole week lies in one. "A week later"
    // counts from another event, not from publication: no date.
    const week = WEEK.exec(text);
    if (week && !/\b(?:a|one)\s+week\b/i.test(text)) return weekMonth(ref, week[1]!.toLowerCase());
    if (/\bweek(?:end)?\b|\b(?:later|earlier|afterwards)\b/i.test(text)) return null;
    const precision: DatePrecision = /\byear\b/i.test(text) ? 'year' : /\bmonth\b/i.test(text) ? 'month' : 'day';
    const date =
      precision === 'year'
        ? String(d.getUTCFullYear())
        : format(d.getUTCFullYear(), month, precision === 'day' ? day : null);
    return { fuzzy: { date, precision }, relative: true };
  }
  if (!c.isCertain('month')) return null;
  const hasDay = c.isCertain('day');
  const precision: DatePrecision = hasDay ? 'day' : 'month';
  if (c.isCertain('year'))
    return { fuzzy: { date: format(c.get('year')!, month, hasDay ? day : null), precision }, relative: false };
  if (yearHint != null)
    return { fuzzy: { date: format(yearHint, month, hasDay ? day : null), precision }, relative: false };
  if (!ref) return null; // no publication date: a year-less date is not guessed
  const refYear = Number(ref.slice(0, 4));
  let year = refYear;
  if (hasDay && c.isCertain('weekday')) {
    // "Monday, June 2": the year nearest the publication in which that day is a Monday.
    const fits = [refYear, refYear - 1, refYear + 1].find(
      (y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === c.get('weekday'),
    );
    if (fits != null) year = fits;
  } else {
    // The latest such date on or before publication for what happened, the next one for what is
    // planned.
    const candidate = format(refYear, month, hasDay ? day : null);
    const refCut = ref.slice(0, candidate.length);
    const days = Math.abs(Date.UTC(refYear, month - 1, hasDay ? day : 15) - refInstant(ref).getTime()) / 86_400_000;
    // And a future-tense clause a date just behind ("the rate set in Trump's July 7 letter will not apply").
    if (tense === 'future' && candidate < refCut && days > 45) year = refYear + 1;
    // A past-tense clause may still name a date just ahead ("had threatened to impose from August 1").
    if (tense === 'past' && candidate > refCut && days > 45) year = refYear - 1;
  }
  return { fuzzy: { date: format(year, month, hasDay ? day : null), precision }, relative: true };
}

const WEEK = /\b(last|past|previous|next|coming|this)\s+week\b/i;

/** The month of the Monday-to-Sunday week named relative to publication, if it lies in one month. */
function weekMonth(ref: string, which: string): { fuzzy: FuzzyDate; relative: boolean } | null {
  const base = refInstant(ref);
  const offset = ['last', 'past', 'previous'].includes(which) ? -7 : which === 'this' ? 0 : 7;
  const monday = new Date(base.getTime() + (offset - ((base.getUTCDay() + 6) % 7)) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  if (monday.getUTCMonth() !== sunday.getUTCMonth()) return null;
  return {
    fuzzy: { date: format(monday.getUTCFullYear(), monday.getUTCMonth() + 1, null), precision: 'month' },
    relative: true,
  };
}

function weekdayNear(weekday: number, ref: string, tense: Tense): string {
  const base = refInstant(ref);
  const diff = (weekday - base.getUTCDay() + 7) % 7;
  // The day itself either way: "will meet on Thursday", written on a Thursday, is most often that day.
  const delta = diff === 0 ? 0 : tense === 'future' ? diff : diff - 7;
  const d = new Date(base.getTime() + delta * 86_400_000);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const BARE_YEAR =
  /\b(?:in|during|for|of|since|through|until|by|early|mid|late|end\s+of|beginning\s+of|fiscal\s+year|calendar\s+year)[\s-]+(?:the\s+(?:fiscal|calendar)\s+year\s+)?((?:19|20)\d{2})\b(?![-–/]\d|\s*%)/gi;
// Parts of a year, as trade figures are reported: "the first five months of 2025", "the first
// half of 2024", "the first quarter of 2025", "Q3 2024".
const PART_OF_YEAR =
  /\b(?:(?:in\s+)?the\s+)?(?:(first|last)\s+(\w+)\s+months|(first|second)\s+half|(first|second|third|fourth)\s+quarter|(Q[1-4])|(H[12]))(?:\s+of)?\s+((?:19|20)\d{2})\b/gi;
// The same with no year written ("the first quarter", "the first nine months of this year", "the
// first half of last year"): the publication's year, or the one before; a part not yet over at
// publication is no period, and a fiscal year's quarter ("the first quarter of the current fiscal")
// is not the calendar's.
const PART_OF_NAMED_YEAR =
  /\b(?:(?:in\s+)?the\s+)?(?:(first)\s+(\w+)\s+months|(first|second)\s+half|(first|second|third|fourth)\s+quarter|(Q[1-4])|(H[12]))(?:\s+of\s+(this|the|last)\s+year)?\b(?!\s+(?:of\s+)?(?:19|20)\d{2})(?!\s+of\s+(?:the\s+|its\s+)?(?:current\s+|this\s+|last\s+|next\s+)?(?:fiscal|financial|business)\b)/gi;
const MONTHS_SO_FAR =
  /\b(?:in\s+)?the\s+first\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\b(?!\s+of\b)/gi;
const NUMBER_WORDS_SMALL: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};
// A fiscal year with its months: "2024-25 (April-March)", "FY2024/25 (July–June)".
const FISCAL_YEAR =
  /\b(?:FY\s?)?((?:19|20)\d{2})[-–/]((?:19|20)?\d{2})\s*\(\s*([A-Za-z]{3,9})\.?\s*[-–]\s*([A-Za-z]{3,9})\.?\s*\)/g;
// "the fiscal year ended March 2025": the twelve months to the end of that month; "the fiscal year
// that ended in March", with no year, the last such year before publication.
const FISCAL_YEAR_ENDED =
  /\b(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(ended|ending|to)\s+(?:in\s+)?(?:(?:on\s+)?\d{1,2}\s+)?([A-Za-z]{3,9})\.?(?:\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2}))?\b/gi;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, q1: 1, q2: 2, q3: 3, q4: 4 };

function partOfYear(m: RegExpMatchArray): { from: number; to: number } | null {
  const [, firstLast, count, half, quarter, q, h] = m;
  if (firstLast && count) {
    const n = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? 0);
    if (n < 1 || n > 12) return null;
    return firstLast.toLowerCase() === 'first' ? { from: 1, to: n } : { from: 13 - n, to: 12 };
  }
  if (half || h) return (half ?? h)!.toLowerCase().match(/first|h1/) ? { from: 1, to: 6 } : { from: 7, to: 12 };
  const k = QUARTER[(quarter ?? q)!.toLowerCase()]!;
  return { from: 3 * k - 2, to: 3 * k };
}

// "between May 5 and May 7", "from June 30 through July 2": two dates that make one range.
const RANGE_OPEN = /\b(?:between|from)\s+$/i;
const RANGE_JOIN = /^\s*(?:and|to|through|until|till|-|–|—)\s*$/i;

/** A span of months a pattern matched ("the first half of 2025"), in place of the dates found inside it. */
function putInterval(found: DateFound[], m: RegExpMatchArray, from: string, to: string): void {
  for (let i = found.length - 1; i >= 0; i--) {
    if (found[i]!.index >= m.index! && found[i]!.index < m.index! + m[0].length) found.splice(i, 1);
  }
  found.push({
    index: m.index!,
    text: m[0],
    start: { date: from, precision: 'month' },
    end: { date: to, precision: 'month' },
    relative: false,
  });
}

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
  const found: DateFound[] = [];
  const instant = ref ? refInstant(ref) : new Date(Date.UTC(2000, 0, 1, 12));
  const tenseAt = typeof tense === 'function' ? tense : () => tense;
  // chrono merges "the evening of July 2" into the reference day; the time of day dates nothing,
  // so it is blanked out (same length, offsets unchanged).
  // chrono reads "from 5 July" as a range with no certain day; the "from" says nothing of the date.
  const blanked = text
    .replace(/\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/gi, (m) => ' '.repeat(m.length))
    .replace(/\bfrom(?=\s+\d{1,2}\s+\p{Lu}\p{Ll}+)/gu, (m) => ' '.repeat(m.length))
    // "May 19–22": chrono reads ranges with a hyphen only (one character for one, offsets kept).
    .replace(/(?<=\d\s?)[–—](?=\s?\d)/g, '-');
  for (const r of chrono.parse(blanked, { instant, timezone: 0 })) {
    const t = text.slice(r.index, r.index + r.text.length).replace(/[,.\s]+$/, '');
    if (DURATION.test(t) || BARE_THE_YEAR.test(t) || !(DATE_WORD.test(t) || /\bMay\b/.test(t))) continue;
    const at = tenseAt(r.index);
    let end: FuzzyDate | null = null;
    const fallbackYear = ref ? null : textYear;
    if (r.end) end = componentsDate(r.end, t, ref, at, fallbackYear)?.fuzzy ?? null;
    // "June 30 to July 2, 2025": the year written once at the end belongs to both ends.
    const endYear = r.end?.isCertain('year') && end?.date ? Number(end.date.slice(0, 4)) : null;
    const startHint =
      endYear != null && !r.start.isCertain('year')
        ? r.start.get('month')! > r.end!.get('month')!
          ? endYear - 1
          : endYear
        : fallbackYear;
    const start = componentsDate(r.start, t, ref, at, startHint);
    if (!start) continue;
    if (end?.date && start.fuzzy.date && end.precision === start.fuzzy.precision && end.date < start.fuzzy.date) {
      end.date = start.fuzzy.date.slice(0, 4) + end.date.slice(4);
    }
    // "the end of July" names a part of the month, not its last day.
    if (PART_OF_MONTH.test(t) && start.fuzzy.date && start.fuzzy.precision === 'day')
      start.fuzzy = { date: start.fuzzy.date.slice(0, 7), precision: 'month' };
    found.push({ index: r.index, text: t, start: start.fuzzy, end, relative: start.relative });
  }
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const span = partOfYear(m);
    const year = m[7]!;
    if (!span) continue;
    putInterval(found, m, `${year}-${pad(span.from)}`, `${year}-${pad(span.to)}`);
  }
  if (ref) {
    for (const m of text.matchAll(PART_OF_NAMED_YEAR)) {
      if (found.some((f) => f.end && m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
      const span = partOfYear(m);
      const which = m[7]?.toLowerCase();
      // (a bare "Q3" or "the first half" in passing needs more than the phrase: months, or a year word)
      if (!span || (!which && !m[1] && !/^(?:in\s+)?the\s/i.test(m[0]))) continue;
      const year = Number(ref.slice(0, 4)) - (which === 'last' ? 1 : 0);
      if (which !== 'last' && span.to > Number(ref.slice(5, 7))) continue;
      putInterval(found, m, `${year}-${pad(span.from)}`, `${year}-${pad(span.to)}`);
    }
  }
  // "in the first 10 months" with no year: this year's, as of publication.
  if (ref) {
    for (const m of text.matchAll(MONTHS_SO_FAR)) {
      if (found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
      const n = Number(m[1]) || NUMBER_WORDS_SMALL[m[1]!.toLowerCase()] || 0;
      const year = Number(ref.slice(0, 4));
      if (n < 1 || n > 12 || n > Number(ref.slice(5, 7))) continue;
      found.push({
        index: m.index,
        text: m[0],
        start: { date: `${year}-01`, precision: 'month' },
        end: { date: `${year}-${pad(n)}`, precision: 'month' },
        relative: true,
      });
    }
  }
  for (const m of text.matchAll(FISCAL_YEAR)) {
    const from = MONTH_NAMES.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1;
    const to = MONTH_NAMES.indexOf(m[4]!.slice(0, 3).toLowerCase()) + 1;
    const first = Number(m[1]);
    const last = m[2]!.length === 4 ? Number(m[2]) : Math.floor(first / 100) * 100 + Number(m[2]);
    if (!from || !to || last !== first + 1) continue;
    putInterval(found, m, `${first}-${pad(from)}`, `${last}-${pad(to)}`);
  }
  for (const m of text.matchAll(FISCAL_YEAR_ENDED)) {
    const to = MONTH_NAMES.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    if (!to || (!m[3] && (!ref || m[1]!.toLowerCase() !== 'ended'))) continue;
    const last = m[3] ? Number(m[3]) : Number(ref!.slice(0, 4)) - (to >= Number(ref!.slice(5, 7)) ? 1 : 0);
    const from = (to % 12) + 1;
    putInterval(found, m, `${from === 1 ? last : last - 1}-${pad(from)}`, `${last}-${pad(to)}`);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const yearText = m[1]!;
    const index = m.index + m[0].length - yearText.length;
    if (found.some((f) => index >= f.index && index < f.index + f.text.length)) continue;
    found.push({ index, text: yearText, start: { date: yearText, precision: 'year' }, end: null, relative: false });
  }
  // "May 10 and 11", "28 and 29 April": two days of one month, read as the range they are.
  for (const m of text.matchAll(TWO_DAYS)) {
    const [month, d1, d2, year] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[7], m[5], m[6], m[8]];
    const range = recogniseDates(`${month} ${d1} to ${d2}${year ? `, ${year}` : ''}`, ref, tenseAt(m.index))[0];
    if (!range?.end) continue;
    for (let i = found.length - 1; i >= 0; i--) {
      if (found[i]!.index >= m.index && found[i]!.index < m.index + m[0].length) found.splice(i, 1);
    }
    found.push({ ...range, index: m.index, text: m[0] });
  }
  found.sort((a, b) => a.index - b.index);
  return joinRanges(text, found);
}

const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const TWO_DAYS = new RegExp(
  String.raw`\b${MONTH_NAME}\s+(\d{1,2})\s+and\s+(\d{1,2})(?:,?\s+((?:19|20)\d{2}))?\b|\b(\d{1,2})\s+and\s+(\d{1,2})\s+${MONTH_NAME}(?:,?\s+((?:19|20)\d{2}))?\b`,
  'g',
);

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

/** Whether `date` (any precision) lies after `ref` (YYYY-MM-DD) at the date's own precision. */
/** Whole days from a date (a month counts from its last day) to another. */
export function daysBetween(from: string, to: string): number {
  const [y, m, d] = from.split('-').map(Number);
  const start = Date.UTC(y!, (m ?? 12) - 1 + (d ? 0 : 1), d ?? 0);
  return (Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000;
}

export function isAfter(date: string, ref: string): boolean {
  return date > ref.slice(0, date.length);
}

/** The year a text writes most often (the latest on a tie), for documents with no publication date. */
export function yearOfText(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b(19[89]\d|20\d{2})\b/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}
