// The date forms chrono leaves alone, chrono-node style: each parser a pattern and an extract step
// that reads one match into a date found (with its `index` and `text`), or null to pass it by.
import { NUMBER_WORDS } from '../../text.js';
import type { DateFound, Tense } from '../dates.js';
import { MONTHS, monthOfShort, pad } from './calendar.js';

export interface DateContext {
  text: string;
  /** The publication date (YYYY-MM-DD), or null. */
  ref: string | null;
  tenseAt: (index: number) => Tense;
  /** Reads a phrase on its own, against the same publication date. */
  reread: (phrase: string, tense: Tense) => DateFound[];
}

export interface DateParser {
  name: string;
  pattern: RegExp;
  /** Whether the dates found inside its match give way to what it reads (a span of months over its days). */
  replaces: boolean;
  extract(m: RegExpMatchArray, ctx: DateContext, found: readonly DateFound[]): DateFound | null;
}

const overlaps = (f: DateFound, m: RegExpMatchArray) =>
  m.index! < f.index + f.text.length && f.index < m.index! + m[0].length;

/** A span of months a pattern matched ("the first half of 2025"). */
const interval = (m: RegExpMatchArray, from: string, to: string, relative = false): DateFound => ({
  index: m.index!,
  text: m[0],
  start: { date: from, precision: 'month' },
  end: { date: to, precision: 'month' },
  relative,
});

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

// Parts of a year, as trade figures are reported: "the first five months of 2025", "the first
// half of 2024", "the first quarter of 2025", "Q3 2024".
const partOfWrittenYear: DateParser = {
  name: 'part of a written year',
  pattern:
    /\b(?:(?:in\s+)?the\s+)?(?:(first|last)\s+(\w+)\s+months|(first|second)\s+half|(first|second|third|fourth)\s+quarter|(Q[1-4])|(H[12]))(?:\s+of)?\s+((?:19|20)\d{2})\b/gi,
  replaces: true,
  extract(m) {
    const span = partOfYear(m);
    const year = m[7]!;
    return span ? interval(m, `${year}-${pad(span.from)}`, `${year}-${pad(span.to)}`) : null;
  },
};

// The same with no year written ("the first quarter", "the first nine months of this year", "the
// first half of last year"): the publication's year, or the one before; a part not yet over at
// publication is no period, and a fiscal year's quarter ("the first quarter of the current fiscal")
// is not the calendar's.
const partOfNamedYear: DateParser = {
  name: 'part of this or last year',
  pattern:
    /\b(?:(?:in\s+)?the\s+)?(?:(first)\s+(\w+)\s+months|(first|second)\s+half|(first|second|third|fourth)\s+quarter|(Q[1-4])|(H[12]))(?:\s+of\s+(this|the|last)\s+year)?\b(?!\s+(?:of\s+)?(?:19|20)\d{2})(?!\s+of\s+(?:the\s+|its\s+)?(?:current\s+|this\s+|last\s+|next\s+)?(?:fiscal|financial|business)\b)/gi,
  replaces: true,
  extract(m, { ref }, found) {
    if (!ref || found.some((f) => f.end && overlaps(f, m))) return null;
    const span = partOfYear(m);
    const which = m[7]?.toLowerCase();
    // (a bare "Q3" or "the first half" in passing needs more than the phrase: months, or a year word)
    if (!span || (!which && !m[1] && !/^(?:in\s+)?the\s/i.test(m[0]))) return null;
    const year = Number(ref.slice(0, 4)) - (which === 'last' ? 1 : 0);
    if (which !== 'last' && span.to > Number(ref.slice(5, 7))) return null;
    return interval(m, `${year}-${pad(span.from)}`, `${year}-${pad(span.to)}`);
  },
};

// "in the first 10 months" with no year: this year's, as of publication.
const monthsSoFar: DateParser = {
  name: 'months so far this year',
  pattern:
    /\b(?:in\s+)?the\s+first\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\b(?!\s+of\b)/gi,
  replaces: false,
  extract(m, { ref }, found) {
    if (!ref || found.some((f) => overlaps(f, m))) return null;
    const n = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 0;
    const year = Number(ref.slice(0, 4));
    if (n < 1 || n > 12 || n > Number(ref.slice(5, 7))) return null;
    return interval(m, `${year}-01`, `${year}-${pad(n)}`, true);
  },
};

// A fiscal year with its months: "2024-25 (April-March)", "FY2024/25 (July–June)".
const fiscalYear: DateParser = {
  name: 'fiscal year with its months',
  pattern:
    /\b(?:FY\s?)?((?:19|20)\d{2})[-–/]((?:19|20)?\d{2})\s*\(\s*([A-Za-z]{3,9})\.?\s*[-–]\s*([A-Za-z]{3,9})\.?\s*\)/g,
  replaces: true,
  extract(m) {
    const from = monthOfShort(m[3]!);
    const to = monthOfShort(m[4]!);
    const first = Number(m[1]);
    const last = m[2]!.length === 4 ? Number(m[2]) : Math.floor(first / 100) * 100 + Number(m[2]);
    if (!from || !to || last !== first + 1) return null;
    return interval(m, `${first}-${pad(from)}`, `${last}-${pad(to)}`);
  },
};

// "the fiscal year ended March 2025": the twelve months to the end of that month; "the fiscal year
// that ended in March", with no year, the last such year before publication.
const fiscalYearEnded: DateParser = {
  name: 'fiscal year ended',
  pattern:
    /\b(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(ended|ending|to)\s+(?:in\s+)?(?:(?:on\s+)?\d{1,2}\s+)?([A-Za-z]{3,9})\.?(?:\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2}))?\b/gi,
  replaces: true,
  extract(m, { ref }) {
    const to = monthOfShort(m[2]!);
    if (!to || (!m[3] && (!ref || m[1]!.toLowerCase() !== 'ended'))) return null;
    const last = m[3] ? Number(m[3]) : Number(ref!.slice(0, 4)) - (to >= Number(ref!.slice(5, 7)) ? 1 : 0);
    const from = (to % 12) + 1;
    return interval(m, `${from === 1 ? last : last - 1}-${pad(from)}`, `${last}-${pad(to)}`);
  },
};

// "in 2023": the bare year chrono leaves alone, where no other date covers it.
const bareYear: DateParser = {
  name: 'bare year',
  pattern:
    /\b(?:in|during|for|of|since|through|until|by|early|mid|late|end\s+of|beginning\s+of|fiscal\s+year|calendar\s+year)[\s-]+(?:the\s+(?:fiscal|calendar)\s+year\s+)?((?:19|20)\d{2})\b(?![-–/]\d|\s*%)/gi,
  replaces: false,
  extract(m, _ctx, found) {
    const yearText = m[1]!;
    const index = m.index! + m[0].length - yearText.length;
    if (found.some((f) => index >= f.index && index < f.index + f.text.length)) return null;
    return { index, text: yearText, start: { date: yearText, precision: 'year' }, end: null, relative: false };
  },
};

const MONTH_NAME = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;

// "May 10 and 11", "28 and 29 April": two days of one month, read as the range they are.
const twoDays: DateParser = {
  name: 'two days of one month',
  pattern: new RegExp(
    String.raw`\b${MONTH_NAME}\s+(\d{1,2})\s+and\s+(\d{1,2})(?:,?\s+((?:19|20)\d{2}))?\b|\b(\d{1,2})\s+and\s+(\d{1,2})\s+${MONTH_NAME}(?:,?\s+((?:19|20)\d{2}))?\b`,
    'g',
  ),
  replaces: true,
  extract(m, { reread, tenseAt }) {
    const [month, d1, d2, year] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[7], m[5], m[6], m[8]];
    const range = reread(`${month} ${d1} to ${d2}${year ? `, ${year}` : ''}`, tenseAt(m.index!))[0];
    return range?.end ? { ...range, index: m.index!, text: m[0] } : null;
  },
};

// "said this morning", "posted this afternoon": a live page's own day, the day of publication.
const thisPartOfDay: DateParser = {
  name: 'this morning',
  pattern: /\b(?:early\s+|late\s+)?this\s+(?:morning|afternoon|evening)\b/gi,
  replaces: false,
  extract(m, { ref }, found) {
    if (!ref || found.some((f) => overlaps(f, m))) return null;
    return { index: m.index!, text: m[0], start: { date: ref, precision: 'day' }, end: null, relative: true };
  },
};

// In this order: a year's parts written in full come before the ones read from the publication
// date, which give way to them; fiscal years next; a bare year only fills a gap the others left;
// two days of a month last, over the single days chrono read in them.
export const DATE_PARSERS: readonly DateParser[] = [
  partOfWrittenYear,
  partOfNamedYear,
  monthsSoFar,
  fiscalYear,
  fiscalYearEnded,
  bareYear,
  twoDays,
  thisPartOfDay,
];
