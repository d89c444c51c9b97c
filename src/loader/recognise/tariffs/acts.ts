// Tariff acts told with no rate: "Lower US tariffs on British cars took effect on Monday", "The new
// duties take effect Aug. 6". The verbs and what each means are ACTS in the vocabulary.
import type { DateFound } from '../dates.js';
import { isHedged, type DocumentContext, type ResolvedSentence } from '../sentence.js';
import { GOODS_AFTER, isBystander, TARGET_BEFORE } from './target.js';
import type { TariffActFrame } from './types.js';
import { ACTS, TARIFF_WORD, TARIFF_WORDS } from './vocabulary.js';

/**
 * A tariff act in a sentence that gives no rate. Needs a tariff word as the act's subject or
 * object, a date that is not a bare year, and both sides (named, or the document's direction).
 */
export function recogniseTariffActs(
  ctx: DocumentContext,
  f: ResolvedSentence,
  dateOf: (index: number) => DateFound | null,
): TariffActFrame[] {
  if (!TARIFF_WORD.test(f.text) || isHedged(f.text)) return [];
  for (const [status, re] of ACTS) {
    const verb = re.exec(f.text);
    if (!verb) continue;
    // A rate in the verb's own clause makes it a rate's act, told by the rate recogniser.
    if (
      f.percents.some((p) => !/[,;]/.test(f.text.slice(Math.min(p.index, verb.index), Math.max(p.index, verb.index))))
    )
      return [];
    // The tariff word within a few words of the verb, in its clause: the duties are what took effect.
    const from = Math.max(0, verb.index - 80);
    const near = [...f.text.slice(from, verb.index + verb[0].length + 60).matchAll(TARIFF_WORDS)]
      .map((w) => from + w.index)
      .sort((a, b) => Math.abs(a - verb.index) - Math.abs(b - verb.index))[0];
    if (near === undefined) continue;
    if (/[,;]/.test(f.text.slice(Math.min(near, verb.index), Math.max(near, verb.index)))) continue;
    // "which was due to kick in on July 9": a plan overtaken, not an act.
    if (
      /\b(?:was|were|had\s+been)\s+(?:due|set|scheduled|expected)\s+to\s+$/i.test(
        f.text.slice(Math.max(0, verb.index - 30), verb.index),
      )
    )
      continue;
    const date = dateOf(verb.index);
    if (!date?.start.date || date.start.precision === 'year') return [];
    const sides = actSides(ctx, f);
    if (!sides) return [];
    return [{ index: verb.index, text: verb[0], ...sides, status, date }];
  }
  return [];
}

/** Both sides of a rateless act: named, or the document's pair or direction. */
function actSides(
  ctx: DocumentContext,
  f: ResolvedSentence,
): { imposingCountry: string; targetCountry: string } | null {
  const sides = f.countries.map((c) => ({ index: c.index, code: c.code, end: c.index + c.text.length }));
  const target =
    sides.find((x) => TARGET_BEFORE.test(f.text.slice(Math.max(0, x.index - 60), x.index))) ??
    sides.find((x) => GOODS_AFTER.test(f.text.slice(x.end, x.end + 90)));
  const others = sides.filter((x) => x.code !== target?.code && !isBystander(f.text, x.index));
  let imposer = others[0]?.code ?? null;
  let targetCode = target?.code ?? null;
  if (!imposer && targetCode)
    imposer =
      ctx.knownDirection?.[1] === targetCode
        ? ctx.knownDirection[0]
        : (ctx.mainPair.find((c) => c !== targetCode) ?? null);
  if (!imposer && !targetCode && ctx.knownDirection) [imposer, targetCode] = ctx.knownDirection;
  if (!imposer || !targetCode || imposer === targetCode) return null;
  return { imposingCountry: imposer, targetCountry: targetCode };
}
