// Byline parts: a date, a time, a reading time, or an author. Each reader returns what it found;
// `note` adds a find to what the head has found so far (the first author and date stand).
import { listOfNames } from '../formats/meta.js';
import { recogniseDates, readMonthDay } from '../recognise/dates.js';
import { dateOfLine, numericDateOf, type NumericDate } from './date-line.js';
import { BULLET, MASTHEAD, NAME_LINE, isCaps, isPlace, words } from './lines.js';
import { NOT_AUTHOR_WORDS, PAPER_WORDS, anyOf } from './vocabulary.js';

/** What the head has found so far. `authorAt`: the last line an author was read on. */
export interface HeadFacts {
  author?: string;
  publishedDate?: string | null;
  numeric?: NumericDate;
  authorAt: number;
}

/** What one byline part says. `authorLine`: the part names its line's author (an affiliation may follow). */
export interface Found {
  author?: string;
  date?: string | null;
  numeric?: NumericDate;
  authorLine?: boolean;
}

export function note(facts: HeadFacts, found: Found, k: number): HeadFacts {
  const next = { ...facts };
  // (a numeric date only counts while no date is known: it is read once the head is done)
  if (found.numeric && !facts.publishedDate && !facts.numeric) next.numeric = found.numeric;
  if (found.author !== undefined) next.author ??= found.author;
  if (found.date !== undefined) next.publishedDate ??= found.date;
  if (found.authorLine) next.authorAt = k;
  return next;
}

export const noteAll = (facts: HeadFacts, found: readonly Found[], k: number) =>
  found.reduce((f, x) => note(f, x, k), facts);

// "(Reporting by Minh Chau Nguyen in Hanoi and Ana Ruiz; Editing by …)": the reporters of a wire
// story, up to the first ";" — editors and "Additional reporting by" are no authors.
const WIRE_CREDIT = /^\(?[Rr]eporting [Bb]y\s+([^;)]+)/u;
const CREDITED = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:\s+in\s+\p{Lu}[\p{L} .'’-]*)?$/u;

/** "A in Hanoi, B and C in Washington" → "A, B and C": the names before the first part that is none. */
function creditedNames(credit: string): string | null {
  const parts = credit.trim().split(/,\s*(?:and\s+)?|\s+and\s+/);
  const names: string[] = [];
  for (const part of parts) {
    const name = CREDITED.exec(part.trim())?.[1];
    if (!name) break;
    names.push(name);
  }
  return listOfNames(names);
}
// "By Priya Nair", "By HANNAH OKAFOR and Trần Quốc Bảo": a byline naming one author or several.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
const NOT_AUTHOR = String.raw`(?!The\s|[^,]*\b${anyOf(NOT_AUTHOR_WORDS)}\b)`;
export const BY_LINE = new RegExp(
  String.raw`^(?:[-–—•*]\s+)?(?:(?:[Cc]ompiled|[Ww]ritten|[Rr]eported)\s+)?[Bb]y\s+(${NAME}(?:(?:,\s*|\s+and\s+)${NOT_AUTHOR}${NAME})*)(?:,\s+[^,]{2,60})?$`,
  'u',
);
// "Sarah Imhof in Zurich and Peter Lindgren in Washington": authors with where they write from.
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}`;
const AUTHORS_IN = new RegExp(
  String.raw`^(?:[Bb]y\s+)?(${NAME})\s+in\s+${PLACE_WORDS}(?:(?:,\s*|\s+and\s+)(${NAME})\s+in\s+${PLACE_WORDS})?$`,
  'u',
);
// "HARUKA OGAWA and DAISUKE MORI, Nikkei staff writers": authors in capitals, no "By".
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){1,3}`;
const CAPS_AUTHORS = new RegExp(
  String.raw`^(${CAPS_NAME}(?:(?:,\s*|\s+and\s+)${CAPS_NAME})*)(?:,\s+[^,]{2,60})?$`,
  'u',
);
// A standfirst ending in its byline: "… did little to settle the dispute. By Katrin Vasquez-Lund".
export const TRAILING_BY = new RegExp(String.raw`^(.*[.!?]["”’]?)\s+[Bb]y\s+(${NAME}(?:\s+and\s+${NAME})?)$`, 'u');
export const PAPER = new RegExp(String.raw`\b${anyOf(PAPER_WORDS)}$`);
const TIME_PART = /^(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*\p{Lu}{2,5}(?:[+-]\d{1,2})?)?|\d+\s+min(?:ute)?s?\s+read)$/iu;

/** Names written in capitals ("ELLIOT MARSH") in the case a byline would print them. */
export const nameCase = (name: string) =>
  isCaps(name.replace(/\s+and\s+/g, ', '))
    ? name
        .replace(/\p{Lu}+/gu, (w) => w.toLowerCase())
        .replace(/(^|[\s'’-])(?!and\s)(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : name;

/** The reporters the first wire credit on the page names. */
export const wireAuthor = (lines: readonly string[]) =>
  lines
    .map((l) => WIRE_CREDIT.exec(l)?.[1])
    .map((credit) => (credit ? creditedNames(credit) : null))
    .find(Boolean) ?? null;

/**
 * "By Phan Anh November 6, 2025", "By Minh Thu   April 11, 2025": the author, then the date, with
 * nothing between (read before the date alone, which would leave the name behind).
 */
function authorThenDate(plain: string): Found | null {
  const dated = /^[Bb]y\s/.test(plain)
    ? recogniseDates(plain, null).find((d) => d.start.precision === 'day')
    : undefined;
  if (!dated) return null;
  // ("By Minh Thu April 11, 2025": "Thu" is the name's, not Thursday, when the name needs it)
  const weekday = /^(\p{Lu}\p{Ll}+)\s+/u.exec(dated.text)?.[1];
  const nameEnd =
    !BY_LINE.test(plain.slice(0, dated.index).trim()) && weekday ? dated.index + weekday.length : dated.index;
  if (
    plain.slice(dated.index + dated.text.length).replace(/[\s,]/g, '') ||
    !BY_LINE.test(plain.slice(0, nameEnd).trim())
  )
    return null;
  return {
    author: nameCase(BY_LINE.exec(plain.slice(0, nameEnd).trim())![1]!),
    date: dated.start.date,
    authorLine: true,
  };
}

export const HANDLE = /^@[\w.]{2,30}$/;
// "By A, Ottawa Bureau, and B, Queen's Park Bureau": each author's desk, which names no one.
const DESK = /,\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:Bureau|Desk|Correspondent|Staff\s+Writer|Reporter)(?=,|$)/gu;

/** An author alone: "By …", "Sarah Imhof in Zurich", "HARUKA OGAWA and DAISUKE MORI, Nikkei staff writers". */
function authorOf(written: string, writtenPlain: string): Found | null {
  const undesked = (x: string) => x.replace(DESK, '').replace(/,\s+and\s+/g, ' and ');
  const [part, plain] = [undesked(written), undesked(writtenPlain)];
  const located = AUTHORS_IN.exec(plain);
  if (located) return { author: [located[1], located[2]].filter(Boolean).join(' and '), authorLine: true };
  const caps = CAPS_AUTHORS.exec(plain);
  const by =
    BY_LINE.exec(part)?.[1] ??
    (plain !== part ? NAME_LINE.exec(plain)?.[1] : undefined) ??
    // (names in capitals with an affiliation or a second name: a capitals headline has neither)
    (caps && /,|\sand\s/.test(plain) && /\p{Ll}/u.test(plain) && !MASTHEAD.test(plain) ? caps[1] : undefined);
  return by ? { author: nameCase(by), authorLine: true } : null;
}

/** A byline part: a date, a time, a reading time, or an author; null when the part is none. */
export function readBylinePart(part: string): Found | null {
  const plain = part.replace(BULLET, '');
  const numeric = numericDateOf(plain);
  if (numeric) return { numeric };
  const dated = authorThenDate(plain);
  if (dated) return dated;
  // "Kuala Lumpur, 26 October 2025": a place and the date, on a line of their own.
  const placed = /^\p{Lu}[\p{L} .'-]{1,30},\s+(.+)$/u.exec(plain);
  const date = dateOfLine(plain) ?? (placed ? dateOfLine(placed[1]!) : null);
  if (date) return { date };
  // ("Source: Example Wire | 2026-01-09 | Editor: Lin Qiao": the page's source and its editor, no author)
  // (and "@jwhitcombe", the author's handle under the name)
  if (TIME_PART.test(plain) || /^(?:source|editor)\s*:/i.test(plain) || HANDLE.test(plain)) return {};
  // "Updated 5:47 PM CST, July 31": a byline with no year, dating nothing but still the page's.
  if (/^(?:(?:last\s+)?updated|published|posted)\b/i.test(plain) && readMonthDay(plain) && words(plain) <= 8) return {};
  return authorOf(part, plain);
}

/**
 * A line made only of byline parts (and short labels beside them: "Analysis · 28 October 2025"),
 * and what its parts found — found even when the line as a whole is no byline.
 */
export function readByline(line: string, facts: HeadFacts): { byline: boolean; found: Found[] } {
  const parts = line.split(/\s+[|•·—/]\s+|\s*\|\s*/);
  if (parts.length === 1) {
    const one = readBylinePart(line);
    return { byline: one !== null, found: one ? [one] : [] };
  }
  const found = parts.map(readBylinePart);
  if (!found.some(Boolean)) return { byline: false, found: [] };
  const read = found.filter((f): f is Found => f !== null);
  const ok = found.map(Boolean);
  let authorKnown = Boolean(facts.author ?? read.find((f) => f.author !== undefined)?.author);
  // "Sok Pisey | Publication date 08 August 2025": a bare name beside a date is its author.
  parts.forEach((p, j) => {
    const name = !ok[j] ? NAME_LINE.exec(p)?.[1] : undefined;
    if (name && name === p && !authorKnown && words(p) <= 4 && !MASTHEAD.test(p) && !isPlace(p)) {
      read.push({ author: nameCase(name) });
      authorKnown = true;
      ok[j] = true;
    }
  });
  return { byline: parts.every((p, j) => ok[j] || words(p) <= 3), found: read };
}
