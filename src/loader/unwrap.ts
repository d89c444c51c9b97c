// Hard-wrapped text: pages copied from a wire feed or a PDF break their lines every 60–80
// characters inside sentences. Sentence splitting, dates and names read a line at a time, so a
// wrapped paragraph is joined back into one line before anything else reads it. A page is read
// as wrapped only when most of its long lines stop mid-sentence: a page whose paragraphs are one
// line each is left exactly as it is.
import { BULLET, MASTHEAD } from './head/lines.js';

// Lines shorter than this are headings, bylines and labels: they say nothing about wrapping.
const LONG = 40;
// A wrapped page's lines end mid-sentence; a page of one-line paragraphs ends them with punctuation.
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;
// A line that starts something of its own (besides a list item) is never joined to the line above it.
const STARTS_OWN = /^(?:\d{1,2}[:.]\d{2}\b|#{1,6}\s|\|)/;

/** The width a wrapped page fills its lines to, or null when the page is not hard-wrapped. */
export function wrapWidth(lines: readonly string[]): number | null {
  const long = lines.filter((l) => l.length >= LONG && !BULLET.test(l));
  // (a short page of headline, captions and one paragraph is no wrapped article)
  if (long.length < 8) return null;
  const open = long.filter((l) => !ENDS_SENTENCE.test(l)).length;
  if (open < long.length * 0.6) return null;
  const widths = long.map((l) => l.length).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.9)]!;
  return width <= 110 ? width : null;
}

// A line filled close to the width was broken by the wrap, not by its writer.
const filled = (line: string, width: number) => line.length >= width * 0.7;

/**
 * Joins the lines of each wrapped paragraph (lines trimmed, blank lines between paragraphs kept): a
 * line filled close to the width runs on into the next one, unless that one starts a list item, a
 * timestamp or a table row. A line ending in a hyphen is joined without a space ("co-" / "operation").
 */
export function unwrap(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  if (width === null) return [...lines];
  const out: string[] = [];
  let joining = false;
  for (const line of lines) {
    // (a menu line is filled too, but runs on into nothing: "World | Business | Legal" / "Sign in")
    const menu = MASTHEAD.test(line);
    if (joining && line && !BULLET.test(line) && !STARTS_OWN.test(line) && !menu) {
      const last = out.pop()!;
      out.push(/\p{L}-$/u.test(last) ? last + line : `${last} ${line}`);
    } else out.push(line);
    joining = filled(line, width) && !menu;
  }
  return out;
}
