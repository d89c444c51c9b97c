// The words a page's head is read with, as data: the lines that belong to the page and not the
// article, story labels, a site's description of itself, bodies and papers that are no author.
// Entries are regular-expression fragments, joined into patterns in lines.ts and byline.ts.

// Lines that belong to the page, not the article. Matched against a whole trimmed line.
export const FURNITURE: readonly RegExp[] = [
  /^advertisement$/i,
  /^(?:sponsored(?: content)?|promoted|ad)$/i,
  /^[-–—•*·]+$/, // lone list bullets
  /^table of contents$/i,
  /^keep up to date\b/i,
  /^(?:by )?(?:pressing|clicking) the subscribe button\b/i,
  /^(?:subscribe|sign up)(?: now| today)?\b.{0,80}$/i,
  /^(?:share|share this(?: article)?|tweet|print|email|copy link|listen to this article)$/i,
  /^(?:read more|related(?: articles| stories)?|see also|also read|recommended)\b.{0,100}$/i,
  // (but not "Source: Example Wire | 2026-01-09 18:40 | Editor: …", the page's own stamp)
  /^(?:photo|image|file photo|credit|source)\s*:(?!.*\|\s*\d{4}-\d{2}-\d{2}\b)/i,
  // A caption ending in its credit: "… in Washington, July 22. REUTERS/Ellen Marsh", "… Photo: Compass/Arno Kessle".
  // ("… province. (Photo: Wichai Tangsakul / Daily)": the credit may close a bracket)
  /(?:^|[.)”"]\s+|\()(?:photo|image|picture|credit)(?:\s+by)?\s*:\s*[^.]{2,60}\)?$/i,
  /^\[(?:photo|image|picture|video|graphic)\]/i,
  // "… west of Kuala Lumpur. Straits Wire/Ahmad Zaki": a paper's name and its photographer.
  /\.\s+(?:\p{Lu}[\p{L}&]*\s?){1,3}\/\s?\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,3}$/u,
  /\b[A-Z]{3,}\/[\p{L}][\p{L} .'-]{2,40}$/u,
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))/i,
  /\ball rights reserved\.?$/i,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b/i,
  /^\p{Lu}{2,6}$/u, // a lone agency credit ("VNA", "AFP")
  /^follow us\b/i,
  // A site's account links on a line of their own ("Search  Log in  Subscribe").
  /^(?:(?:search|log\s?in|log\s?out|sign\s?in|sign\s?up|register|subscribe|my\s+account|menu)(?:\s*[|·•]\s*|\s+|$))+$/i,
  /^font size\b/i,
  /\b(?:privacy policy|terms of (?:use|service)|cookie policy)\b.{0,40}$/i,
];

// A story label in capitals before a colon opens a headline, not a dateline ("TIMELINE: From 46 per cent to …").
export const STORY_LABELS = [
  'TIMELINE',
  'ANALYSIS',
  'EXPLAINER',
  'FACTBOX',
  'FACT\\s?CHECK',
  'EXCLUSIVE',
  'UPDATE',
  'BREAKING',
  'OPINION',
  'COMMENT',
  'INTERVIEW',
  'EDITORIAL',
  'FEATURE',
  'LIVE',
  'WATCH',
  'Q&A',
  'TRACKER',
  'FACTSHEET',
  'SCENARIOS',
  'CHART',
  'DATA',
];

// A site's description of itself: "Industry & Trade Newspaper – Agency of the Ministry of …".
export const TAGLINE_WORDS = [
  'newspaper',
  'news\\s+agency',
  'magazine',
  'news\\s+portal',
  'official\\s+(?:website|site|portal)',
  'agency\\s+of',
  'voice\\s+of',
  'since\\s+\\d{4}',
];

// A masthead in capitals naming a body ("MINISTRY OF INDUSTRY AND TRADE OF VIET NAM"), no headline.
export const BODY_NAMES = [
  'MINISTRY',
  'DEPARTMENT',
  'OFFICE',
  'AGENCY',
  'COMMISSION',
  'COUNCIL',
  'BUREAU',
  'EMBASSY',
  'GOVERNMENT',
  'REPUBLIC',
  'PORTAL',
  'NEWS',
  'TIMES',
  'POST',
  'HERALD',
  'DAILY',
];

// ("By Kelsey Thornton, The Canadian Press": a paper or agency after the comma is no co-author.)
export const NOT_AUTHOR_WORDS = [
  'Press',
  'News',
  'Agency',
  'Times',
  'Post',
  'Reuters',
  'Bloomberg',
  'Staff',
  'Correspondents?',
  'Journal',
  'Herald',
  'Daily',
  'Tribune',
  'Media',
  'Service',
  'Wire',
  'Writers?',
  'Reporters?',
  'Editors?',
  'Bureau',
  'Desk',
  'Team',
];

// The last word of a paper's name beside its reporter's ("Lan Huong / Tuoi Tre News").
export const PAPER_WORDS = [
  'News',
  'Times',
  'Post',
  'Press',
  'Agency',
  'Herald',
  'Daily',
  'Tribune',
  'Journal',
  'Media',
  'Wire',
  'Gazette',
  'Express',
];

/** Fragments as one non-capturing alternation. */
export const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
