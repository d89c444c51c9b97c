// Dates as precise as the text makes them. chrono-node does the parsing; this module decides
// precision, resolves a missing year against the publication date and the clause's tense, and
// adds the bare-year form ("in 2023") chrono leaves alone.
import * as chrono from 'chrono-node';
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

function componentsDate(
  c: chrono.ParsedComponents,
  ref: string | null,
  tense: Tense,
): { fuzzy: FuzzyDate; relative: boolean } | null {
  const tags = [...c.tags()].join(' ');
  const relativeTag = /relativeDate|casualReference/.test(tags) || (c.isCertain('weekday') && !c.isCertain('day'));
  const hasYear = c.isCertain('year') && !relativeTag;
  const hasMonth = c.isCertain('month') || relativeTag;
  const hasDay = c.isCertain('day') || (relativeTag && !/week|month/.test(tags));
  if (!hasMonth) return null;
  if (!hasYear && !ref) return null; // no publication date: only absolute dates resolve
  const d = c.date();
  let year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (relativeTag) {
    // chrono resolved it against the reference already; the weekday case needs the tense.
    if (c.isCertain('weekday') && !c.isCertain('day') && ref) {
      const resolved = weekdayNear(c.get('weekday')!, ref, tense);
      return { fuzzy: { date: resolved, precision: 'day' }, relative: true };
    }
    const precision: DatePrecision = /week|month/.test(tags) ? 'month' : 'day';
    return { fuzzy: { date: format(year, month, precision === 'day' ? day : null), precision }, relative: true };
  }
  if (!hasYear && ref) {
    // A month or day without a year: the latest one on or before publication for what happened,
    // the next one for what is planned.
    const refYear = Number(ref.slice(0, 4));
    const candidate = format(refYear, month, hasDay ? day : null);
    const refCut = ref.slice(0, candidate.length);
    year = refYear;
    if (tense === 'future' && candidate < refCut) year = refYear + 1;
    if (tense === 'past' && candidate > refCut) year = refYear - 1;
  }
  const precision: DatePrecision = hasDay ? 'day' : 'month';
  return { fuzzy: { date: format(year, month, hasDay ? day : null), precision }, relative: !hasYear };
}

function weekdayNear(weekday: number, ref: string, tense: Tense): string {
  const base = refInstant(ref);
  const diff = (weekday - base.getUTCDay() + 7) % 7;
  const delta = tense === 'future' ? (diff === 0 ? 7 : diff) : diff === 0 ? 0 : diff - 7;
  const d = new Date(base.getTime() + delta * 86_400_000);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// Durations ("five months", "three days") are not dates.
const DURATION = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days?|weeks?|months?|years?)$/i;

const BARE_YEAR = /\b(?:in|during|for|of|since|through|until|by)\s+(?:the\s+(?:fiscal|calendar)\s+year\s+|(?:fiscal|calendar)\s+year\s+)?((?:19|20)\d{2})\b(?![-–/]\d)/g;

/**
 * Finds dates in `text`. `ref` is the publication date (YYYY-MM-DD) or null; `tense` tells
 * which way a year-less date points.
 */
export function recogniseDates(text: string, ref: string | null, tense: Tense | ((index: number) => Tense) = null): DateFound[] {
  const found: DateFound[] = [];
  const instant = ref ? refInstant(ref) : new Date(Date.UTC(2000, 0, 1, 12));
  const tenseAt = typeof tense === 'function' ? tense : () => tense;
  for (const r of chrono.parse(text, { instant, timezone: 0 })) {
    const t = r.text.replace(/[,.\s]+$/, '');
    if (DURATION.test(t)) continue;
    const start = componentsDate(r.start, ref, tenseAt(r.index));
    if (!start) continue;
    let end: FuzzyDate | null = null;
    if (r.end) {
      const e = componentsDate(r.end, ref, tenseAt(r.index));
      if (e) {
        // "May 19 to 22, 2025": the year written once at the end belongs to both ends.
        if (e.fuzzy.date && start.fuzzy.date && e.fuzzy.precision === start.fuzzy.precision && e.fuzzy.date < start.fuzzy.date) {
          e.fuzzy.date = start.fuzzy.date.slice(0, 4) + e.fuzzy.date.slice(4);
        }
        end = e.fuzzy;
      }
    }
    found.push({ index: r.index, text: t, start: start.fuzzy, end, relative: start.relative });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const yearText = m[1]!;
    const index = m.index + m[0].length - yearText.length;
    if (found.some((f) => index >= f.index && index < f.index + f.text.length)) continue;
    found.push({ index, text: yearText, start: { date: yearText, precision: 'year' }, end: null, relative: false });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first day a fuzzy date may mean: '2025-04' → '2025-04-01'. */
export function lowerBound(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Whether `date` (any precision) lies after `ref` (YYYY-MM-DD) at the date's own precision. */
export function isAfter(date: string, ref: string): boolean {
  return date > ref.slice(0, date.length);
}
