// clean: raw document → the article body the API serves, with metadata taken from the text
// (title, byline date and author) and page furniture dropped. Offsets everywhere else refer to
// the text this returns. Markdown and HTML are first reduced to plain text by the format layer
// (src/loader/formats/); the metadata they carry wins over what the text suggests, and metadata
// given with the document (a JSON body) wins over both.
import { createHash } from 'node:crypto';
import { toText } from './formats/index.js';
import { recogniseDates } from './recognise/dates.js';
import { fold, slugify } from './text.js';
import type { CleanDocument, DocumentMeta, RawDocument } from './types.js';

// Lines that belong to the page, not the article. Matched against a whole trimmed line.
const FURNITURE: RegExp[] = [
  /^advertisement$/i,
  /^(?:sponsored(?: content)?|promoted|ad)$/i,
  /^[-–—•*·]+$/, // lone list bullets
  /^table of contents$/i,
  /^keep up to date\b/i,
  /^(?:by )?(?:pressing|clicking) the subscribe button\b/i,
  /^(?:subscribe|sign up)(?: now| today)?\b.{0,80}$/i,
  /^(?:share|share this(?: article)?|tweet|print|email|copy link|listen to this article)$/i,
  /^(?:read more|related(?: articles| stories)?|see also|also read|recommended)\b.{0,100}$/i,
  /^(?:photo|image|file photo|credit|source)\s*:/i,
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))/i,
  /\ball rights reserved\.?$/i,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b/i,
  /^\p{Lu}{2,6}$/u, // a lone agency credit ("VNA", "AFP")
  /^follow us\b/i,
  /\b(?:privacy policy|terms of (?:use|service)|cookie policy)\b.{0,40}$/i,
];

const isFurniture = (line: string) => FURNITURE.some((re) => re.test(line));

// "Daniel Pham", "By Thomas Brennan, China correspondent".
const NAME_LINE = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s+[^,]{2,60})?$/u;
// "(Reporting by Minh Chau Nguyen in Hanoi; Editing by …)": the first reporter of a wire story.
const WIRE_CREDIT = /^\(?[Rr]eporting [Bb]y\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})/u;
// "03/07/2025": day first or month first, told apart by a value over 12 or by the dateline.
const NUMERIC_DATE = /^(?:published|updated|posted)?\s*:?\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/i;
// "LONDON, July 24, 2025 - …" / "HANOI (Reuters) — …": a dateline opening the first paragraph.
const DATELINE = /^\p{Lu}[\p{Lu}\p{L} .'-]{1,40}?(?:,\s*([^-–—(]{6,40}?))?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s/u;
const DATE_LINE = /^(?:published|updated|posted)?\s*:?\s*(.+)$/i;

/** A line that is only a date ("May 30, 2025", "Published: 30 May 2025") → YYYY-MM-DD. */
function dateOfLine(line: string): string | null {
  const body = DATE_LINE.exec(line)?.[1] ?? line;
  const found = recogniseDates(body, null);
  const d = found[0];
  if (!d || d.start.precision !== 'day' || !d.start.date) return null;
  const rest = body.replace(d.text, '').replace(/[\s,.|•·-]|\b(?:at|\d{1,2}:\d{2}\s*(?:am|pm)?|gmt|utc|[+-]\d{2}:?\d{2})\b/gi, '');
  return rest.length === 0 ? d.start.date : null;
}

/** A section heading: a short line with no closing punctuation, most words capitalised. */
function isHeading(line: string): boolean {
  if (line.length > 120 || /[.!?"”:;,]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.6;
}

const stripBullet = (line: string) => line.replace(/^[-–—•*]\s+/, '');

/**
 * The publication date a dateline or a numeric byline gives: "HANOI, June 13 (Reuters) -" has no
 * year, so it takes the year the article's own full dates use; "03/07/2025" is read day first
 * when the dateline says July 3.
 */
function datelineDate(dateline: string | null, numeric: { a: number; b: number; year: number } | null, body: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthDay = dateline ? recogniseMonthDay(dateline) : null;
  if (numeric) {
    const { a, b, year } = numeric;
    const dayFirst = a > 12 || (b <= 12 && monthDay != null && monthDay.month === b && monthDay.day === a);
    const [month, day] = dayFirst ? [b, a] : [a, b];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (!dateline) return null;
  const full = dateOfLine(dateline);
  if (full) return full;
  if (!monthDay) return null;
  // The year of the article's own dates: the latest one written in full.
  const years = recogniseDates(body, null)
    .map((d) => d.start.date?.slice(0, 4))
    .filter((y): y is string => Boolean(y));
  const year = years.sort().at(-1);
  return year ? `${year}-${pad(monthDay.month)}-${pad(monthDay.day)}` : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function recogniseMonthDay(text: string): { month: number; day: number } | null {
  const m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+([A-Za-z]{3,9})\b/.exec(text);
  if (!m) return null;
  const name = (m[1] ?? m[4])!.toLowerCase();
  const month = MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3)) && x.startsWith(name)) + 1 || MONTHS.findIndex((x) => x.slice(0, 3) === name.slice(0, 3)) + 1;
  const day = Number(m[2] ?? m[3]);
  return month > 0 && day >= 1 && day <= 31 ? { month, day } : null;
}

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

export function documentId(title: string | null, sourceName: string, hash: string): string {
  const base = slugify(title ?? sourceName.replace(/\.[^.]+$/, ''), 8) || 'document';
  return `${base}-${hash.slice(0, 6)}`;
}

const known = (meta: Partial<DocumentMeta> | undefined) =>
  Object.fromEntries(Object.entries(meta ?? {}).filter(([, v]) => v != null)) as Partial<DocumentMeta>;

export function clean(raw: RawDocument): CleanDocument {
  const converted = toText(raw);
  const given = { ...known(converted.meta), ...known(raw.given) };
  const all = converted.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  const lines = all.filter((l) => l.length > 0 && !isFurniture(l));

  const meta: DocumentMeta = { title: null, author: null, publishedDate: null, publisher: null, url: null };
  const numeric: Array<{ a: number; b: number; year: number }> = [];
  // Byline lines before the title ("- May 30, 2025", "- Daniel Pham", "July 23, 2025 | By Hiroko
  // Sato") and right after it.
  let i = 0;
  const takeByline = (line: string): boolean => {
    const parts = line.split(/\s+[|•·]\s+/);
    if (parts.length > 1) return parts.map((p) => takeByline(p)).every(Boolean);
    const plain = stripBullet(line);
    const num = NUMERIC_DATE.exec(plain);
    if (num && !meta.publishedDate) {
      numeric.push({ a: Number(num[1]), b: Number(num[2]), year: Number(num[3]) });
      return true;
    }
    const date = dateOfLine(plain);
    if (date && !meta.publishedDate) {
      meta.publishedDate = date;
      return true;
    }
    const bulleted = plain !== line || /^by\s/i.test(plain);
    const name = bulleted ? NAME_LINE.exec(plain)?.[1] : undefined;
    if (name && !meta.author) {
      meta.author = name;
      return true;
    }
    return false;
  };
  while (i < lines.length && i < 4 && takeByline(lines[i]!)) i++;
  if (given.title) {
    // A known title is not guessed from the text; a first line repeating it is the headline.
    if (i < lines.length && fold(lines[i]!) === fold(given.title)) i++;
  } else if (i < lines.length && !/[.!?]$/.test(lines[i]!) && lines[i]!.length <= 200) meta.title = lines[i++]!;
  for (let k = 0; k < 3 && i < lines.length && takeByline(lines[i]!); k++) i++;

  Object.assign(meta, given);

  const body = lines.slice(i);
  const dateline = body[0] ? DATELINE.exec(body[0]) : null;
  if (!meta.publishedDate) {
    meta.publishedDate = datelineDate(dateline?.[1]?.trim() ?? null, numeric[0] ?? null, body.join('\n'));
  }
  // Wire credits are furniture, but the first reporter they name is the author.
  if (!meta.author) meta.author = all.map((l) => WIRE_CREDIT.exec(l)?.[1]).find(Boolean) ?? null;
  const headings: CleanDocument['headings'] = [];
  let text = '';
  for (const line of body) {
    if (text) text += '\n';
    if (isHeading(line)) headings.push({ start: text.length, end: text.length + line.length });
    text += line;
  }
  const hash = contentHash(raw.content);
  return {
    ...meta,
    id: documentId(meta.title, raw.sourceName, hash),
    sourceName: raw.sourceName,
    format: raw.format,
    contentHash: hash,
    text,
    headings,
    datelineEnd: dateline ? dateline[0].length : 0,
  };
}
