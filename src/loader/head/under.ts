// Under the headline: byline lines, perhaps below a one-paragraph standfirst, until the article.
import {
  HANDLE,
  PAPER,
  TRAILING_BY,
  nameCase,
  note,
  noteAll,
  readByline,
  readBylinePart,
  type HeadFacts,
} from './byline.js';
import { dateOfLine } from './date-line.js';
import { DATELINE } from './dateline.js';
import { MASTHEAD, NAME_LINE, isCaps, words } from './lines.js';

export interface Under {
  /** Byline lines, dropped from the text. */
  drop: number[];
  /** Lines kept with their trailing byline cut off. */
  trimmed: Map<number, string>;
  facts: HeadFacts;
}

/** A date line among the next three lines. */
// ("New Delhi | Updated: September 17, 2025": a place may stand beside it)
const datedSoon = (lines: readonly string[], k: number) =>
  lines
    .slice(k + 1, k + 4)
    .some((l) =>
      l
        .split(/\s+[|•·]\s+/)
        .some((part) => Boolean(dateOfLine(part.replace(/^(?:published|updated|posted)\s*:?\s*/i, '')))),
    );

/**
 * "Claire Dufresne" / "Ottawa" / "Published October 27, 2025": a bare name over the date line
 * ("Lan Huong / Tuoi Tre News": with the paper's name beside it).
 */
function bareAuthor(lines: readonly string[], k: number): string | null {
  const [named, paper, ...more] = lines[k]!.split(/\s+[|/]\s+/);
  const bare =
    named && NAME_LINE.exec(named)?.[1] === named && (paper === undefined || (!more.length && PAPER.test(paper)));
  // ("Jordan Whitcombe" / "@jwhitcombe": or with the author's handle under it)
  const handled = HANDLE.test(lines[k + 1] ?? '');
  return bare && words(named) <= 4 && (datedSoon(lines, k) || handled) ? nameCase(named) : null;
}

// An agency or paper named on its own line under the author ("Associated Press").
const isAffiliation = (line: string, k: number, facts: HeadFacts) =>
  k === facts.authorAt + 1 && words(line) <= 3 && !/[.!?]$/.test(line) && !isCaps(line);

/**
 * "… settle the dispute. By Katrin Vasquez-Lund | 28 July 2025": a standfirst ending in its byline,
 * the standfirst kept (`kept`, null when the line is none). The parts after it are read until one is
 * no byline part; what those before it found stands either way.
 */
function trailingByline(line: string, k: number, facts: HeadFacts): { kept: string | null; facts: HeadFacts } {
  const [first, ...rest] = line.split(/\s+[|•·]\s+/);
  const trailing = TRAILING_BY.exec(first!);
  if (!trailing) return { kept: null, facts };
  for (const part of rest) {
    const found = readBylinePart(part);
    if (!found) return { kept: null, facts };
    facts = note(facts, found, k);
  }
  return { kept: trailing[1]!, facts: note(facts, { author: nameCase(trailing[2]!) }, k) };
}

/** What sits under the headline at `titleAt`: which lines are byline, which keep only their start. */
export function readUnder(lines: readonly string[], titleAt: number, facts: HeadFacts): Under {
  const drop: number[] = [];
  const trimmed = new Map<number, string>();
  for (let k = titleAt + 1, standfirst = 0; k < lines.length && k <= titleAt + 6; k++) {
    const line = lines[k]!;
    const bare = facts.author ? null : bareAuthor(lines, k);
    if (bare) {
      facts = note(facts, { author: bare, authorLine: true }, k);
      drop.push(k);
      continue;
    }
    const read = readByline(line, facts);
    facts = noteAll(facts, read.found, k);
    if (read.byline || isAffiliation(line, k, facts) || MASTHEAD.test(line)) {
      drop.push(k);
      continue;
    }
    const trailing = trailingByline(line, k, facts);
    facts = trailing.facts;
    if (trailing.kept !== null) {
      trimmed.set(k, trailing.kept);
      continue;
    }
    // (a standfirst may run to two lines: "Lower car tariffs kick in …" / "Leaders talk again …")
    if (DATELINE.test(line) || standfirst++ > 1) break;
  }
  return { drop, trimmed, facts };
}
