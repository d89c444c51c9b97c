// The chrono-node step: every date chrono reads, as precise as the text makes it, a missing year
// resolved against the publication date and the clause's tense.
import * as chrono from 'chrono-node';
import type { DatePrecision, FuzzyDate } from '../../types.js';
import type { DateFound, Tense } from '../dates.js';
import { format, refInstant } from './calendar.js';

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
const WEEK = /\b(last|past|previous|next|coming|this)\s+week\b/i;

type Dated = { fuzzy: FuzzyDate; relative: boolean };

function componentsDate(
  c: chrono.ParsedComponents,
  text: string,
  ref: string | null,
  tense: Tense,
  yearHint: number | null = null,
): Dated | null {
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
  const year = yearNear(ref, month, hasDay ? day : null, c.isCertain('weekday') ? c.get('weekday') : null, tense);
  return { fuzzy: { date: format(year, month, hasDay ? day : null), precision }, relative: true };
}

/** The year a date written without one falls in, seen from the publication date. */
function yearNear(ref: string, month: number, day: number | null, weekday: number | null, tense: Tense): number {
  const refYear = Number(ref.slice(0, 4));
  if (day != null && weekday != null) {
    // "Monday, June 2": the year nearest the publication in which that day is a Monday.
    const fits = [refYear, refYear - 1, refYear + 1].find(
      (y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday,
    );
    return fits ?? refYear;
  }
  // The latest such date on or before publication for what happened, the next one for what is
  // planned.
  const candidate = format(refYear, month, day);
  const refCut = ref.slice(0, candidate.length);
  const days = Math.abs(Date.UTC(refYear, month - 1, day ?? 15) - refInstant(ref).getTime()) / 86_400_000;
  // And a future-tense clause a date just behind ("the rate set in Trump's July 7 letter will not apply").
  if (tense === 'future' && candidate < refCut && days > 45) return refYear + 1;
  // A past-tense clause may still name a date just ahead ("had threatened to impose from August 1").
  if (tense === 'past' && candidate > refCut && days > 45) return refYear - 1;
  return refYear;
}

/** The month of the Monday-to-Sunday week named relative to publication, if it lies in one month. */
function weekMonth(ref: string, which: string): Dated | null {
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

/** Text chrono reads better with some words blanked out (same length, offsets unchanged). */
function blank(text: string): string {
  return (
    text
      // chrono merges "the evening of July 2" into the reference day; the time of day dates nothing.
      .replace(/\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/gi, (m) => ' '.repeat(m.length))
      // chrono reads "from 5 July" as a range with no certain day; the "from" says nothing of the date.
      .replace(/\bfrom(?=\s+\d{1,2}\s+\p{Lu}\p{Ll}+)/gu, (m) => ' '.repeat(m.length))
      // "May 19–22": chrono reads ranges with a hyphen only (one character for one, offsets kept).
      .replace(/(?<=\d\s?)[–—](?=\s?\d)/g, '-')
  );
}

/** One chrono result as a date found, or null when it names no date (a duration, "may", a bare "the year"). */
function readResult(
  r: chrono.ParsedResult,
  text: string,
  ref: string | null,
  tenseAt: (index: number) => Tense,
  textYear: number | null,
): DateFound | null {
  const t = text.slice(r.index, r.index + r.text.length).replace(/[,.\s]+$/, '');
  if (DURATION.test(t) || BARE_THE_YEAR.test(t) || !(DATE_WORD.test(t) || /\bMay\b/.test(t))) return null;
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
  if (!start) return null;
  if (end?.date && start.fuzzy.date && end.precision === start.fuzzy.precision && end.date < start.fuzzy.date) {
    end.date = start.fuzzy.date.slice(0, 4) + end.date.slice(4);
  }
  // "the end of July" names a part of the month, not its last day.
  if (PART_OF_MONTH.test(t) && start.fuzzy.date && start.fuzzy.precision === 'day')
    start.fuzzy = { date: start.fuzzy.date.slice(0, 7), precision: 'month' };
  return { index: r.index, text: t, start: start.fuzzy, end, relative: start.relative };
}

/** The dates chrono finds in `text`, in its order. */
export function chronoDates(
  text: string,
  ref: string | null,
  tenseAt: (index: number) => Tense,
  textYear: number | null,
): DateFound[] {
  const instant = ref ? refInstant(ref) : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono
    .parse(blank(text), { instant, timezone: 0 })
    .map((r) => readResult(r, text, ref, tenseAt, textYear))
    .filter((d): d is DateFound => d !== null);
}
