// What the whole document tells each sentence: its main pair, the tracker row a sentence sits in,
// the subject the sentence before opens with, and whose tariffs it is mostly about.
import { byCount, directionKey, majority } from '../identity.js';
import { recogniseCountries } from '../recognise/countries.js';
import { recogniseRowLabels } from '../recognise/row-labels.js';
import { noTrace, type Recogniser } from '../recognise/recogniser.js';
import type { DebugHandler, DocumentContext, ResolvedSentence, RowTopic } from '../recognise/sentence.js';
import type { TariffFrame } from '../recognise/tariffs/index.js';
import type { SentenceFinds } from './actors.js';

/** The tracker row a place in the text belongs to: its label's line, or the line right under it. */
function rowTopics(text: string): (at: number) => RowTopic | undefined {
  const labels = recogniseRowLabels(text);
  if (!labels.length) return () => undefined;
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineOf = (at: number) => {
    let lo = 0;
    for (let hi = lineStarts.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byLine = new Map(labels.map((l) => [lineOf(l.start), l]));
  return (at) => {
    const line = lineOf(at);
    const own = byLine.get(line);
    if (own) return { code: own.code, label: true, rated: own.rated };
    const above = byLine.get(line - 1);
    return above ? { code: above.code, label: false, rated: above.rated } : undefined;
  };
}

/** The two countries the document is mostly about: the default sides of its events. */
export function mainPair(finds: SentenceFinds[]): string[] {
  const codes = finds.flatMap((f) => f.countries.map((c) => c.code));
  return byCount(codes, (a, b) => a.localeCompare(b))
    .slice(0, 2)
    .map(({ value }) => value)
    .sort();
}

/** The subject the sentence before opens with, within the paragraph or the one before, by sentence start. */
export function antecedents(sentences: readonly ResolvedSentence[]): Map<number, string> {
  const out = new Map<number, string>();
  sentences.forEach((f, i) => {
    const before = sentences[i - 1];
    const subject =
      before && f.paragraph - before.paragraph <= 1
        ? before.countries.find(
            (c) => c.form !== 'adjective' && !c.possessive && /^(?:the\s+)?$/i.test(before.text.slice(0, c.index)),
          )
        : undefined;
    if (subject) out.set(f.start, subject.code);
  });
  return out;
}

/** The context before any tariff is read: no direction known, no usual imposer. */
export function baseContext(
  text: string,
  publishedDate: string | null,
  year: number | null,
  finds: SentenceFinds[],
  sentences: readonly ResolvedSentence[],
  debug: DebugHandler = noTrace,
): DocumentContext {
  const topicAt = rowTopics(text);
  const topics = new Map<number, RowTopic>();
  for (const s of sentences) {
    const topic = topicAt(s.start);
    if (topic) topics.set(s.start, topic);
  }
  return {
    publishedDate,
    year,
    sentences,
    mainPair: mainPair(finds),
    knownDirection: null,
    usualImposer: null,
    antecedents: antecedents(sentences),
    topics,
    debug,
  };
}

/**
 * Whose tariffs the document is about, from every rate it states with both sides: the direction
 * to assume before any measure is told, and the usual imposer.
 */
export function tariffSides(
  ctx: DocumentContext,
  title: string | null,
  recogniser: Recogniser<TariffFrame>,
): { prior: [string, string] | null; usualImposer: string | null } {
  const pair = ctx.mainPair;
  // (every rate as read before any is taken as a measure: no direction known, no usual imposer yet)
  const frames = ctx.sentences.flatMap((s) => recogniser.recognise(ctx, s));
  const sided = frames.flatMap((t) =>
    t.imposingCountry && t.targetCountry && t.ratePercent > 0
      ? [[t.imposingCountry, t.targetCountry] as [string, string]]
      : [],
  );
  // (the document's own pair first: "India faces a 26 per cent US tariff" in an article on UK-India rates)
  const prior = majorityDirection(
    pair.length === 2 && sided.some(([a, b]) => pair.includes(a) && pair.includes(b))
      ? sided.filter(([a, b]) => pair.includes(a) && pair.includes(b))
      : sided,
  );
  // (an article on many countries' rates: "Indonesia's 19 per cent", "Taiwan's 20 per cent")
  // (who imposes on countries outside the document's pair first, then whose tariffs the headline is
  // about: "Cambodia and Thailand were assigned 49% and 36%" in an article whose pair also trades
  // rates both ways)
  const onOthers = sided.filter(([, b]) => pair.length === 2 && !pair.includes(b));
  const usualImposer =
    majority(onOthers.map(([a]) => a)) ?? titleImposer(title) ?? majority(sided.map(([a]) => a)) ?? null;
  return { prior, usualImposer };
}

/** "Where US tariffs on Asia stand", "Trump slaps 50% tariffs on Brazil": whose tariffs the headline is about. */
export function titleImposer(title: string | null): string | null {
  if (!title) return null;
  const owner = recogniseCountries(title).find(
    (c) =>
      c.form !== 'capital' &&
      /^(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:tariffs?|duties|levies)\b/i.test(title.slice(c.index + c.text.length)),
  );
  if (owner) return owner.code;
  // The president who sets them, in the year these talks are about.
  return /\bTrump(?:’s|'s)?\b/.test(title) && /\b(?:tariffs?|duties|levies)\b/i.test(title) ? 'US' : null;
}

/** [imposer, target] when more than half of the given measures run that way. */
export const majorityDirection = (pairs: ReadonlyArray<[string, string]>): [string, string] | null =>
  majority(pairs, directionKey);
