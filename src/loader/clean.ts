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
  /^(?:reporting|writing|editing|additional reporting) by\b/i,
  /^follow us\b/i,
  /\b(?:privacy policy|terms of (?:use|service)|cookie policy)\b.{0,40}$/i,
];

const isFurniture = (line: string) => FURNITURE.some((re) => re.test(line));

const NAME_LINE = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u;
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
  const lines = converted.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0 && !isFurniture(l));

  const meta: DocumentMeta = { title: null, author: null, publishedDate: null, publisher: null, url: null };
  // Byline lines before the title ("- May 30, 2025", "- Daniel Pham") and right after it.
  let i = 0;
  const takeByline = (line: string): boolean => {
    const plain = stripBullet(line);
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
  if (dateline?.[1] && !meta.publishedDate) meta.publishedDate = dateOfLine(dateline[1].trim());
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
  };
}
