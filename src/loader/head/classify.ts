// The page head: what comes before the article's first sentence. A site's masthead, breadcrumbs,
// section labels and tagline sit there beside the headline and the byline. Each head line is a
// byline, a title-like line, a headline printed in capitals, or something else.
import { fold } from '../text.js';
import { readByline, noteAll, type HeadFacts } from './byline.js';
import { DATELINE } from './dateline.js';
import { BODY_NAME, BULLET, MASTHEAD, SENTENCE_BREAK, TAGLINE, isCaps, isTitleCase, words } from './lines.js';

export type HeadLine = 'byline' | 'title' | 'caps' | 'other';

const HEAD_LINES = 14;

// The line where the article itself starts: a sentence, or a dateline opening a paragraph.
export const opensBody = (line: string) => /[.!?]["”’)]?$/.test(line) || (DATELINE.test(line) && words(line) >= 8);

/** How many lines the head has: those before the article's first sentence, at most 14. */
export function headEnd(lines: readonly string[]): number {
  let end = 0;
  while (end < lines.length && end < HEAD_LINES && !opensBody(lines[end]!)) end++;
  return end;
}

/** A line that may be the headline: no bullet, masthead, capitals, standfirst or tagline. */
export const isTitleLike = (line: string) =>
  !BULLET.test(line) &&
  !MASTHEAD.test(line) &&
  !isCaps(line) &&
  (!SENTENCE_BREAK.test(line) || isTitleCase(line)) &&
  !TAGLINE.test(line) &&
  line.length <= 200;

// A press release may print its headline in capitals; a masthead is capitals too, but shorter or
// the name of a body ("MINISTRY OF INDUSTRY AND TRADE OF VIET NAM").
export const isCapsHeadline = (line: string) =>
  isCaps(line) && words(line) >= 6 && !MASTHEAD.test(line) && !BODY_NAME.test(line);

/**
 * What each of the first `end` lines is, and what their byline parts say. With a title given, the
 * line that repeats it is the only title; no capitals line is.
 */
export function classifyHead(
  lines: readonly string[],
  end: number,
  givenTitle: string | null,
  facts: HeadFacts,
): { kinds: HeadLine[]; facts: HeadFacts } {
  const kinds: HeadLine[] = [];
  for (let k = 0; k < end; k++) {
    const line = lines[k]!;
    const read = readByline(line, facts);
    facts = noteAll(facts, read.found, k);
    if (read.byline) kinds.push('byline');
    else if (givenTitle ? fold(line) === fold(givenTitle) : isTitleLike(line)) kinds.push('title');
    else kinds.push(!givenTitle && isCapsHeadline(line) ? 'caps' : 'other');
  }
  return { kinds, facts };
}
