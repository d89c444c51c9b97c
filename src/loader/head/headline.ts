// The headline: the longest title-like line before the first sentence, so a site's name or tagline
// above it is passed over.
import type { HeadLine } from './classify.js';
import { isTitleCase, words } from './lines.js';

/** The index of the headline among the head lines, or undefined when there is none. */
export function pickHeadline(
  lines: readonly string[],
  kinds: readonly HeadLine[],
  titleGiven: boolean,
): number | undefined {
  const candidates = kinds.flatMap((kind, k) => (kind === 'title' || kind === 'caps' ? [k] : []));
  if (titleGiven) return candidates[0];
  // A longer line right under a headline of six words or more is its standfirst, not the headline.
  for (let i = candidates.length - 1; i > 0; i--) {
    const [a, b] = [candidates[i - 1]!, candidates[i]!];
    if (b === a + 1 && words(lines[a]!) >= 6 && words(lines[b]!) > words(lines[a]!)) candidates.splice(i, 1);
  }
  // The longest candidate; a headline in Title Case over the sentence-case standfirst under it.
  const titled = candidates.filter((k) => isTitleCase(lines[k]!));
  return (titled.length ? titled : candidates).reduce<number | undefined>(
    (best, k) => (best === undefined || words(lines[k]!) > words(lines[best]!) ? k : best),
    undefined,
  );
}
