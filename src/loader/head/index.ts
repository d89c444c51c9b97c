// Reads the head of a page in three steps: classify the head lines, pick the headline, read what
// sits under it. Each step returns what it found; the byline parts found along the way add up.
import type { DocumentMeta } from '../types.js';
import type { HeadFacts } from './byline.js';
import { classifyHead, headEnd } from './classify.js';
import type { NumericDate } from './date-line.js';
import { pickHeadline } from './headline.js';
import { readUnder } from './under.js';

export { isFurniture, isHeading } from './lines.js';
export { copyrightYear, datelineDate, findDateline } from './dateline.js';
export { wireAuthor } from './byline.js';

export interface Head {
  meta: Partial<DocumentMeta>;
  numeric: NumericDate | undefined;
  /** Index of the first line of the served text: the line after the headline, if one was found. */
  bodyStart: number;
  /** Byline lines, dropped from the text. */
  drop: Set<number>;
  /** Lines kept with their trailing byline cut off. */
  trimmed: Map<number, string>;
}

/** The metadata the facts give: only what was found (a key left out is no key at all). */
function metaOf(facts: HeadFacts, title: string | undefined): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  if (facts.author !== undefined) meta.author = facts.author;
  if (facts.publishedDate !== undefined) meta.publishedDate = facts.publishedDate;
  if (title !== undefined) meta.title = title;
  return meta;
}

/**
 * Reads the head of a page: the headline (the longest title-like line before the first sentence,
 * so a site's name or tagline above it is passed over), and byline parts on either side of it.
 */
export function readHead(lines: readonly string[], givenTitle: string | null): Head {
  const head = classifyHead(lines, headEnd(lines), givenTitle, { authorAt: -2 });
  const drop = new Set(head.kinds.flatMap((kind, k) => (kind === 'byline' ? [k] : [])));
  const titleAt = pickHeadline(lines, head.kinds, Boolean(givenTitle));
  // No headline: keep every line but the byline ones.
  if (titleAt === undefined)
    return { meta: metaOf(head.facts, undefined), numeric: head.facts.numeric, bodyStart: 0, drop, trimmed: new Map() };
  const under = readUnder(lines, titleAt, head.facts);
  for (const k of under.drop) drop.add(k);
  return {
    meta: metaOf(under.facts, givenTitle ? undefined : lines[titleAt]!),
    numeric: under.facts.numeric,
    bodyStart: titleAt + 1,
    drop,
    trimmed: under.trimmed,
  };
}
