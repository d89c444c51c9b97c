// clean: raw document → the article body the API serves, with metadata taken from the text
// (title, byline date and author) and page furniture dropped. Offsets everywhere else refer to
// the text this returns. Markdown and HTML are first reduced to plain text by the format layer
// (src/loader/formats/); the metadata they carry wins over what the text suggests, and metadata
// given with the document (a JSON body) wins over both.
import { createHash } from 'node:crypto';
import { toText } from './formats/index.js';
import { recogniseCountries } from './recognise/countries.js';
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
  // A caption ending in its credit: "… in Washington, July 22. REUTERS/Ellen Marsh", "… Photo: Compass/Arno Kessle".
  /(?:^|[.)”"]\s+)(?:photo|image|picture|credit)(?:\s+by)?\s*:\s*[^.]{2,60}$/i,
  /\b[A-Z]{3,}\/[\p{L}][\p{L} .'-]{2,40}$/u,
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))/i,
  /\ball rights reserved\.?$/i,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b/i,
  /^\p{Lu}{2,6}$/u, // a lone agency credit ("VNA", "AFP")
  /^follow us\b/i,
  /^font size\b/i,
  /\b(?:privacy policy|terms of (?:use|service)|cookie policy)\b.{0,40}$/i,
];

const isFurniture = (line: string) => FURNITURE.some((re) => re.test(line));

// "Daniel Pham", "By Thomas Brennan, China correspondent".
const NAME_LINE = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s+[^,]{2,60})?$/u;
// "(Reporting by Minh Chau Nguyen in Hanoi; Editing by …)": the first reporter of a wire story.
const WIRE_CREDIT = /^\(?[Rr]eporting [Bb]y\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})/u;
// "03/07/2025": day first or month first, told apart by a value over 12 or by the dateline.
const NUMERIC_DATE = /^(?:published|updated|posted)?\s*:?\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/i;
// A dateline opening the first paragraph:
// "HANOI, June 13 (Reuters) -", "WASHINGTON —", "New Delhi, Aug 7 (PTI)", "Hà Nội (VNA) –", "KUALA
// LUMPUR: …". A place in capitals may stand alone before its dash; one in title case needs a date
// or an agency, or "Trade Daily Newspaper – …" would be one. An agency may stand in for the dash.
const STORY_LABEL =
  '(?:TIMELINE|ANALYSIS|EXPLAINER|FACTBOX|FACT\\s?CHECK|EXCLUSIVE|UPDATE|BREAKING|OPINION|COMMENT|INTERVIEW|EDITORIAL|FEATURE|LIVE|WATCH|Q&A)';
const DATELINE_END = String.raw`\s*(?:\([^)]{2,30}\)\s*(?:[-–—]{1,2}\s|(?=\p{Lu}))|[-–—]{1,2}\s)`;
const DATELINE = new RegExp(
  [
    String.raw`^\p{Lu}[\p{Lu} .'’/-]{1,40}?(?:,\s*([^-–—(]{2,40}?))?${DATELINE_END}`,
    String.raw`^\p{Lu}[\p{L} .'’-]{1,30}?,\s*([^-–—(]{6,40}?)${DATELINE_END}`,
    String.raw`^\p{Lu}[\p{L} .'’-]{1,30}?\s*\([^)]{2,30}\)\s*(?:[-–—]{1,2}\s|(?=\p{Lu}))`,
    // (a story label in capitals is no place: "TIMELINE: From 46 per cent to …")
    String.raw`^(?!${STORY_LABEL}:)\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}:\s`,
  ].join('|'),
  'u',
);
const DATE_LINE =
  /^(?:(?:last )?(?:published|updated|posted)(?: on)?|publication date|date published|date)?\s*:?\s*(.+)$/i;

const COPYRIGHT_YEAR = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})\b/i;

/** A line that is only a date ("May 30, 2025", "Published: 30 May 2025") → YYYY-MM-DD. */
function dateOfLine(line: string): string | null {
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

/** "New Delhi", "Washington": a country or capital written alone, a dateline's place and no author. */
const isPlace = (line: string) => recogniseCountries(line).some((c) => c.index === 0 && c.text.length === line.length);

/** A section heading: a short line with no closing punctuation, most words capitalised. */
function isHeading(line: string): boolean {
  if (line.length > 120 || /[.!?"”:;,]$/.test(line)) return false;
  // A line of figures ("Vietnam: 46% → 20%") is a table's row, not a heading.
  if (/\d\s?%|\d\s+per\s*cent/i.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.6;
}

/**
 * The publication date a dateline or a numeric byline gives: "HANOI, June 13 (Reuters) -" has no
 * year, so it takes the year the article's own full dates use; "03/07/2025" is read day first
 * when the dateline says July 3.
 */
function datelineDate(
  dateline: string | null,
  numeric: { a: number; b: number; year: number } | null,
  body: string,
  pageYear: string | null = null,
): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthDay = dateline ? recogniseMonthDay(dateline) : null;
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

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function recogniseMonthDay(text: string): { month: number; day: number } | null {
  for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+([A-Za-z]{3,9})\b/g)) {
    const name = (m[1] ?? m[4])!.toLowerCase();
    const month =
      MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3)) && x.startsWith(name)) + 1 ||
      MONTHS.findIndex((x) => x.slice(0, 3) === name.slice(0, 3) && name.length <= 4) + 1;
    const day = Number(m[2] ?? m[3]);
    if (month > 0 && day >= 1 && day <= 31) return { month, day };
  }
  return null;
}

// The page head: what comes before the article's first sentence. A site's masthead, breadcrumbs,
// section labels and tagline sit there beside the headline and the byline.
const HEAD_LINES = 14;
const words = (line: string) => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
// "Home › News › Trade", "Business | Trade | Explainer", "Font size: A- A A+ | Print".
const MASTHEAD =
  /[›»]|^home\s*[>/]|^font size\b|^(?:[^|·•]{1,30}[|·•]\s*){1,}[^|·•]{1,30}$|^(?:[^/]{1,30}\s\/\s){1,}[^/]{1,30}$/i;
// "Trump's Trade Deals Are Taking Shape, Slowly. Here's Where They Stand": most longer words capitalised.
const isTitleCase = (line: string) => {
  // (not a byline: "Oliver Kendrick, Economics Reporter")
  if (NAME_LINE.test(line)) return false;
  const long = line.split(/\s+/).filter((w) => /^[\p{L}’'-]{4,}[.,:;!?]?$/u.test(w));
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.8;
};
const isCaps = (line: string) => /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
// The line where the article itself starts: a sentence, or a dateline opening a paragraph.
const opensBody = (line: string) => /[.!?]["”’)]?$/.test(line) || (DATELINE.test(line) && words(line) >= 8);
const BULLET = /^[-–—•*]\s+/;
// A site's description of itself: "Industry & Trade Newspaper – Agency of the Ministry of …".
const TAGLINE =
  /\b(?:newspaper|news\s+agency|magazine|news\s+portal|official\s+(?:website|site|portal)|agency\s+of|voice\s+of|since\s+\d{4})\b/i;
const BODY_NAME =
  /\b(?:MINISTRY|DEPARTMENT|OFFICE|AGENCY|COMMISSION|COUNCIL|BUREAU|EMBASSY|GOVERNMENT|REPUBLIC|PORTAL|NEWS|TIMES|POST|HERALD|DAILY)\b/;
// One sentence ending and another starting: a standfirst, not a headline ("U.S. Trade" is neither).
// ("What is in the deal? Your questions answered" is a headline.)
const SENTENCE_BREAK = /\p{Ll}{2}\.["”’]?\s+\p{Lu}/u;
// "By Priya Nair", "By HANNAH OKAFOR and Trần Quốc Bảo": a byline naming one author or several.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
// ("By Kelsey Thornton, The Canadian Press": a paper or agency after the comma is no co-author.)
const NOT_AUTHOR = String.raw`(?!The\s|[^,]*\b(?:Press|News|Agency|Times|Post|Reuters|Bloomberg|Staff|Correspondents?|Journal|Herald|Daily|Tribune|Media|Service|Wire|Writers?|Reporters?|Editors?|Bureau|Desk|Team)\b)`;
const BY_LINE = new RegExp(
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
const TRAILING_BY = new RegExp(String.raw`^(.*[.!?]["”’]?)\s+[Bb]y\s+(${NAME}(?:\s+and\s+${NAME})?)$`, 'u');
const PAPER = /\b(?:News|Times|Post|Press|Agency|Herald|Daily|Tribune|Journal|Media|Wire|Gazette|Express)$/;
const TIME_PART = /^(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*\p{Lu}{2,5}(?:[+-]\d{1,2})?)?|\d+\s+min(?:ute)?s?\s+read)$/iu;

/** Names written in capitals ("ELLIOT MARSH") in the case a byline would print them. */
const nameCase = (name: string) =>
  isCaps(name.replace(/\s+and\s+/g, ', '))
    ? name
        .replace(/\p{Lu}+/gu, (w) => w.toLowerCase())
        .replace(/(^|[\s'’-])(?!and\s)(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : name;

interface Head {
  meta: Partial<DocumentMeta>;
  numeric: { a: number; b: number; year: number } | undefined;
  /** Index of the first line of the served text: the line after the headline, if one was found. */
  bodyStart: number;
  /** Byline lines after the headline, dropped from the text. */
  drop: Set<number>;
  /** Lines kept with their trailing byline cut off. */
  trimmed: Map<number, string>;
}

/**
 * Reads the head of a page: the headline (the longest title-like line before the first sentence,
 * so a site's name or tagline above it is passed over), and byline parts on either side of it.
 */
function readHead(lines: string[], givenTitle: string | null): Head {
  const head: Head = { meta: {}, numeric: undefined, bodyStart: 0, drop: new Set(), trimmed: new Map() };
  const { meta } = head;
  let authorAt = -2;
  /** A byline part: a date, a time, a reading time, or an author. */
  const bylinePart = (part: string, k: number): boolean => {
    const plain = part.replace(BULLET, '');
    const num = NUMERIC_DATE.exec(plain);
    if (num && num[0].length >= plain.replace(/\s*[\d:.]+\s*(?:[ap]m)?$/i, '').length - 1) {
      if (!meta.publishedDate && !head.numeric)
        head.numeric = { a: Number(num[1]), b: Number(num[2]), year: Number(num[3]) };
      return true;
    }
    // "By Phan Anh November 6, 2025", "By Minh Thu   April 11, 2025": the author, then the date, with
    // nothing between (read before the date alone, which would leave the name behind).
    const dated = /^[Bb]y\s/.test(plain)
      ? recogniseDates(plain, null).find((d) => d.start.precision === 'day')
      : undefined;
    // ("By Minh Thu April 11, 2025": "Thu" is the name's, not Thursday, when the name needs it)
    const weekday = dated ? /^(\p{Lu}\p{Ll}+)\s+/u.exec(dated.text)?.[1] : undefined;
    const nameEnd =
      dated && !BY_LINE.test(plain.slice(0, dated.index).trim()) && weekday
        ? dated.index + weekday.length
        : dated?.index;
    if (
      dated &&
      !plain.slice(dated.index + dated.text.length).replace(/[\s,]/g, '') &&
      BY_LINE.test(plain.slice(0, nameEnd).trim())
    ) {
      meta.author ??= nameCase(BY_LINE.exec(plain.slice(0, nameEnd).trim())![1]!);
      meta.publishedDate ??= dated.start.date;
      authorAt = k;
      return true;
    }
    // "Kuala Lumpur, 26 October 2025": a place and the date, on a line of their own.
    const placed = /^\p{Lu}[\p{L} .'-]{1,30},\s+(.+)$/u.exec(plain);
    const date = dateOfLine(plain) ?? (placed ? dateOfLine(placed[1]!) : null);
    if (date) {
      meta.publishedDate ??= date;
      return true;
    }
    if (TIME_PART.test(plain)) return true;
    // "Updated 5:47 PM CST, July 31": a byline with no year, dating nothing but still the page's.
    if (/^(?:(?:last\s+)?updated|published|posted)\b/i.test(plain) && recogniseMonthDay(plain) && words(plain) <= 8)
      return true;
    const located = AUTHORS_IN.exec(plain);
    if (located) {
      meta.author ??= [located[1], located[2]].filter(Boolean).join(' and ');
      authorAt = k;
      return true;
    }
    const caps = CAPS_AUTHORS.exec(plain);
    const by =
      BY_LINE.exec(part)?.[1] ??
      (plain !== part ? NAME_LINE.exec(plain)?.[1] : undefined) ??
      // (names in capitals with an affiliation or a second name: a capitals headline has neither)
      (caps && /,|\sand\s/.test(plain) && /\p{Ll}/u.test(plain) && !MASTHEAD.test(plain) ? caps[1] : undefined);
    if (by) {
      meta.author ??= nameCase(by);
      authorAt = k;
      return true;
    }
    return false;
  };
  /** A line made only of byline parts (and short labels beside them: "Analysis · 28 October 2025"). */
  const isByline = (line: string, k: number): boolean => {
    const parts = line.split(/\s+[|•·—/]\s+|\s*\|\s*/);
    if (parts.length === 1) return bylinePart(line, k);
    const found = parts.map((p) => bylinePart(p, k));
    if (!found.some(Boolean)) return false;
    // "Sok Pisey | Publication date 08 August 2025": a bare name beside a date is its author.
    parts.forEach((p, j) => {
      const name = !found[j] ? NAME_LINE.exec(p)?.[1] : undefined;
      if (name && name === p && !meta.author && words(p) <= 4 && !MASTHEAD.test(p) && !isPlace(p)) {
        meta.author = nameCase(name);
        found[j] = true;
      }
    });
    return parts.every((p, j) => found[j] || words(p) <= 3);
  };
  // An agency or paper named on its own line under the author ("Associated Press").
  const isAffiliation = (line: string, k: number) =>
    k === authorAt + 1 && words(line) <= 3 && !/[.!?]$/.test(line) && !isCaps(line);

  /** A date line among the next three lines. */
  // ("New Delhi | Updated: September 17, 2025": a place may stand beside it)
  const datedSoon = (k: number) =>
    lines
      .slice(k + 1, k + 4)
      .some((l) =>
        l
          .split(/\s+[|•·]\s+/)
          .some((part) => Boolean(dateOfLine(part.replace(/^(?:published|updated|posted)\s*:?\s*/i, '')))),
      );

  let end = 0;
  while (end < lines.length && end < HEAD_LINES && !opensBody(lines[end]!)) end++;
  const candidates: number[] = [];
  for (let k = 0; k < end; k++) {
    const line = lines[k]!;
    if (isByline(line, k)) {
      head.drop.add(k);
      continue;
    }
    const titleLike =
      !BULLET.test(line) &&
      !MASTHEAD.test(line) &&
      !isCaps(line) &&
      (!SENTENCE_BREAK.test(line) || isTitleCase(line)) &&
      !TAGLINE.test(line) &&
      line.length <= 200;
    if (givenTitle ? fold(line) === fold(givenTitle) : titleLike) {
      candidates.push(k);
    }
  }
  // A press release may print its headline in capitals; a masthead is capitals too, but shorter or
  // the name of a body ("MINISTRY OF INDUSTRY AND TRADE OF VIET NAM").
  if (!givenTitle) {
    const caps = [...Array(end).keys()].filter(
      (k) =>
        !head.drop.has(k) &&
        isCaps(lines[k]!) &&
        words(lines[k]!) >= 6 &&
        !MASTHEAD.test(lines[k]!) &&
        !BODY_NAME.test(lines[k]!),
    );
    candidates.push(...caps);
    candidates.sort((a, b) => a - b);
  }
  // A longer line right under a headline of six words or more is its standfirst, not the headline.
  if (!givenTitle) {
    for (let i = candidates.length - 1; i > 0; i--) {
      const [a, b] = [candidates[i - 1]!, candidates[i]!];
      if (b === a + 1 && words(lines[a]!) >= 6 && words(lines[b]!) > words(lines[a]!)) candidates.splice(i, 1);
    }
  }
  // The longest candidate; a headline in Title Case over the sentence-case standfirst under it.
  const titled = candidates.filter((k) => isTitleCase(lines[k]!));
  const titleAt = givenTitle
    ? candidates[0]
    : (titled.length ? titled : candidates).reduce<number | undefined>(
        (best, k) => (best === undefined || words(lines[k]!) > words(lines[best]!) ? k : best),
        undefined,
      );
  if (titleAt === undefined) {
    // No headline: keep every line but the byline ones.
    head.bodyStart = 0;
    return head;
  }
  if (!givenTitle) meta.title = lines[titleAt]!;
  head.bodyStart = titleAt + 1;
  // Under the headline: byline lines, perhaps below a one-paragraph standfirst, until the article.
  for (let k = titleAt + 1, standfirst = 0; k < lines.length && k <= titleAt + 6; k++) {
    const line = lines[k]!;
    // "Claire Dufresne" / "Ottawa" / "Published October 27, 2025": a bare name over the date line
    // ("Lan Huong / Tuoi Tre News": with the paper's name beside it).
    const [named, paper, ...more] = line.split(/\s+[|/]\s+/);
    const bare =
      named && NAME_LINE.exec(named)?.[1] === named && (paper === undefined || (!more.length && PAPER.test(paper)));
    if (!meta.author && bare && words(named) <= 4 && datedSoon(k)) {
      meta.author = nameCase(named);
      authorAt = k;
      head.drop.add(k);
      continue;
    }
    if (isByline(line, k) || isAffiliation(line, k) || MASTHEAD.test(line)) {
      head.drop.add(k);
      continue;
    }
    // "… settle the dispute. By Katrin Vasquez-Lund | 28 July 2025"
    const [first, ...rest] = line.split(/\s+[|•·]\s+/);
    const trailing = TRAILING_BY.exec(first!);
    if (trailing && rest.every((part) => bylinePart(part, k))) {
      meta.author ??= nameCase(trailing[2]!);
      head.trimmed.set(k, trailing[1]!);
      continue;
    }
    // (a standfirst may run to two lines: "Lower car tariffs kick in …" / "Leaders talk again …")
    if (DATELINE.test(line) || standfirst++ > 1) break;
  }
  return head;
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

  const head = readHead(lines, given.title ?? null);
  const meta: DocumentMeta = {
    title: null,
    author: null,
    publishedDate: null,
    publisher: null,
    url: null,
    ...head.meta,
  };
  Object.assign(meta, given);

  const body = lines.flatMap((line, k) =>
    k < head.bodyStart || head.drop.has(k) ? [] : [head.trimmed.get(k) ?? line],
  );
  // (under a standfirst the body keeps, the dateline opens the second line)
  const datelineAt = body.slice(0, 2).findIndex((line) => DATELINE.test(line));
  const dateline = datelineAt >= 0 ? DATELINE.exec(body[datelineAt]!) : null;
  const datelineStart = datelineAt > 0 ? body[0]!.length + 1 : 0;
  if (!meta.publishedDate) {
    const pageYear = all.map((l) => COPYRIGHT_YEAR.exec(l)?.[1]).find(Boolean) ?? null;
    meta.publishedDate = datelineDate(
      (dateline?.[1] ?? dateline?.[2])?.trim() ?? null,
      head.numeric ?? null,
      body.join('\n'),
      pageYear,
    );
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
    dateline: dateline ? { start: datelineStart, end: datelineStart + dateline[0].length } : null,
  };
}
