// Rates and countries told as lists: "A and B, which had faced 36% and 49% respectively",
// "goods from Thailand and Malaysia".
import type { PercentFound } from '../percent.js';
import type { ResolvedSentence } from '../sentence.js';

type Place = { index: number; code: string; end: number };

// Two countries, a rate verb, two rates: "Cambodia and Thailand were assigned 49% and 36%" (the end of
// the second rate stands in for "respectively").
const PAIRED_RATES =
  /(?<=\b(?:were|have\s+been|had\s+been)\s+(?:assigned|given|handed|hit\s+with|threatened\s+with)\s+[\d.]+\s?(?:%|per\s*cent|percent)\s+and\s+[\d.]+\s?(?:%|per\s*cent|percent))/i;

/** "A and B, which had faced 36% and 49% respectively": the country listed in this rate's place. */
export function respectively(
  f: ResolvedSentence,
  p: PercentFound,
  sides: Place[],
): { side: Place; listed: string[] } | null {
  // ("Cambodia and Thailand were assigned 49% and 36% in April": the same without the word)
  const word = /\brespectively\b/i.exec(f.text) ?? PAIRED_RATES.exec(f.text);
  if (!word || p.index > word.index) return null;
  const rates = f.percents.filter(
    (q) =>
      q.index < word.index &&
      /^[\s,]*(?:and\s+)?$/.test(f.text.slice(q.index + q.text.length, nextIndex(f, q, word.index))),
  );
  const listed = sides.filter((s) => s.index < (rates[0]?.index ?? 0)).slice(-rates.length);
  // (the countries listed together, right before the verb: "Cambodia and Thailand were assigned")
  if (
    word[0] !== 'respectively' &&
    !/^\s+and\s+(?:the\s+)?$/i.test(f.text.slice(listed[0]?.end ?? 0, listed[1]?.index ?? 0))
  )
    return null;
  const at = rates.indexOf(p);
  return at >= 0 && listed.length === rates.length && rates.length >= 2
    ? { side: listed[at]!, listed: listed.map((s) => s.code) }
    : null;
}

const nextIndex = (f: ResolvedSentence, q: PercentFound, end: number) =>
  f.percents.find((r) => r.index > q.index && r.index < end)?.index ?? end;

/** Countries listed with the target: "Thailand and Malaysia", "Cambodia, Thailand and Malaysia". */
export function coordinated(text: string, sides: Place[], target: { index: number; code: string }): string[] {
  const ordered = [...sides].sort((a, b) => a.index - b.index);
  const at = ordered.findIndex((s) => s.index === target.index);
  // ("Thailand and Cambodia each face 19%, as do Malaysia …", "Cambodia … also got 19%, as did Malaysia")
  const joins = (a: { end: number }, b: { index: number }) =>
    /^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?$|^[^.;]{0,80}?[\d.]+\s?%,?\s+as\s+(?:did|does|do)\s+(?:the\s+)?$/i.test(
      text.slice(a.end, b.index),
    );
  const out: string[] = [];
  for (let k = at + 1; k < ordered.length && joins(ordered[k - 1]!, ordered[k]!); k++) out.push(ordered[k]!.code);
  for (let k = at - 1; k >= 0 && joins(ordered[k]!, ordered[k + 1]!); k--) out.push(ordered[k]!.code);
  return [...new Set(out)].filter((c) => c !== target.code);
}
