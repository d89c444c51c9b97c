// The side a rate falls on: a country right after "on" or "imports from", a country whose goods
// face it, a country that won it; in a "respectively" list, the country in the rate's place.
import { coordinated, respectively } from './lists.js';
import { POSSESSIVE_RATE, TABLE_ROW } from './candidates.js';
import type { RateContext, Side } from './types.js';
import { GOODS_NOUNS } from './vocabulary.js';

// ("Vietnamese exporters began paying a 20% tariff", "Thailand and Cambodia each face 19%", "the
// European Union, whose goods face a 15 percent US tariff", "Cambodia had been threatened with 49%",
// "Cambodia had faced 49%", "Malaysia were also assigned 19%", "Indonesia's 19 per cent", a table's
// "Vietnam: 46% → 20%")
export const GOODS_AFTER = new RegExp(
  String.raw`^${POSSESSIVE_RATE}\d|^${TABLE_ROW}|^(?:’s|'s|-made|-built|-produced|,\s+whose)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:goods|exports|products|shipments|${GOODS_NOUNS}|electronics|agricultural|farm|exporters|producers|manufacturers|makers|carmakers|automakers|firms|companies|shippers)\b|^(?:,[^,;]{3,60},|,\s+which)?\s+(?:(?:will|would|could|now|still|also|to|both|each|all|are|is|had|has|have)\s+){0,2}(?:fac(?:e|es|ed|ing)|pay|pays|paid|got|get|gets|(?:began|begin|begins|started|start)\s+paying|(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(?:also\s+)?(?:(?:hit|threatened|slapped)\s+with|assigned|given|handed))\b`,
  'u',
);
// "Japan won a 15% rate", "Vietnam, which agreed to a 20% rate": the country that got the rate.
// ("Cambodia, which had faced a 49% levy, also got 19%": past the clause, the country got it.)
const WON_AFTER =
  /^(?:,\s*which(?:\s+[^,]{1,60},)?)?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:won|secured|got|obtained|landed|accepted|agreed\s+to)\s+(?:an?\s+|the\s+)?(?:\d|lower|higher|reduced)/u;
// "a 39% tariff on its exports to the United States": the country exported to imposes it.
export const IMPORTER_BEFORE = /\b(?:exports?|shipments|sales|goods)\s+(?:\w+\s+)?(?:to|into|entering)\s+(?:the\s+)?$/i;
export const TARGET_BEFORE = new RegExp(
  [
    // "a 25% tariff on Korea", "duties imposed on the bloc" (but not "pressure on Seoul")
    String.raw`(?:\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|percent|cent|imposed|slapped|placed|levied|charged)\b|%)[^.;,]{0,40}?\b(?:on|against)\s+(?:all\s+|most\s+)?(?:the\s+)?$`,
    // "imports from Vietnam", "cars imported from China", "steel from Europe"
    String.raw`\b(?:imports?|imported|goods|products|exports|shipments|steel|aluminium|aluminum|cars)\s+(?:\w+\s+)?from\s+(?:the\s+)?$`,
    // "a 24% rate for Japan", "the tariff for the bloc", "the 31% Trump had announced for Switzerland"
    String.raw`\b(?:rate|tariffs?|duty|duties|levy|announced|set|imposed|proposed|threatened)\s+(?:\w+\s+)?for\s+(?:the\s+)?$`,
    // "threatening Mexico with a 30% tariff"
    String.raw`\bthreaten(?:s|ed|ing)?\s+(?:the\s+)?$`,
    // "duties on brandy from the EU", "tariffs on cars made in China"
    String.raw`\bon\s+(?:[\p{L}-]+\s+){1,4}(?:from|made\s+in|produced\s+in)\s+(?:the\s+)?$`,
    // "goods transshipped through Vietnam"
    // (and "products that pass through Vietnam")
    String.raw`\b(?:transs?hipped|routed|rerouted|pass(?:es|ed|ing)?)\s+(?:\w+\s+)?through\s+(?:the\s+)?$`,
  ].join('|'),
  'iu',
);

// A country named as a competitor or an exception is neither side of the measure: "would make
// Indian goods uncompetitive against those from Vietnam", "spared Britain".
// ("the same as Japanese vehicles", "a penalty for buying Russian oil")
const BYSTANDER_BEFORE =
  /\b(?:against|than|compared\s+(?:with|to)|rivals?|competitors?|such\s+as|like|same\s+as|spar(?:ed|ing|es)|exempt(?:ed|ing|s)?|buy(?:ing|s)?|bought|purchas(?:e|es|ing|ed))\b[^,.;:]{0,25}$/i;
export const BUYING_BEFORE = /\b(?:buy(?:ing|s)?|bought|purchas(?:e|es|ing|ed))\b[^,.;:]{0,25}$/i;
// A measure on every country, or on most of them: no one pair's tariff.
// ("leaving tariffs on goods from all three at 19 per cent": countries told before, no one pair)
const MANY_COUNTRIES =
  /\b(?:on|from|for)\s+(?:most|all|many|several|some|dozens\s+of|other)\s+(?:other\s+)?(?:countries|nations|trading\s+partners|economies|imports)\b|\b(?:on|from|for)\s+(?:all|each\s+of\s+the)\s+(?:three|four|five|six|seven)\b/i;
const OWNER_BEFORE_TARIFF =
  /^(?:’s|'s)?\s+(?:(?:reciprocal|additional|new|higher|import)\s+)?(?:tariffs?|duties|duty|levy|levies)\b/i;

export const isBystander = (text: string, index: number) =>
  BYSTANDER_BEFORE.test(text.slice(Math.max(0, index - 40), index));

/** Whether an offset lies outside the rate's own clause. */
export function apartFrom(c: RateContext): (i: number) => boolean {
  const { f, p } = c;
  // Only in the rate's own clause: "…was paused, and the EU in turn suspended its countermeasures
  // on American goods" names no target of the paused rate.
  // ("… from 145% to 30% and China will cut its levies from 125% to 10%": "and" before a new subject.)
  return (i: number) =>
    /[;—]|,\s+(?:and|but|while|whereas)\b|\s(?:while|whereas)\s|\bin\s+turn\b|\band\s+(?:the\s+)?\p{Lu}[\p{L}.]*\s+(?:will|would|has|had|is|was|said|agreed|cut|raised|imposed|set)\b/iu.test(
      f.text.slice(Math.min(i, p.index), Math.max(i, p.index)),
    );
}

export interface TargetFound {
  target: Side | null;
  /** "a 15% ceiling on US tariffs": the country whose tariffs they are. */
  owner: Side | undefined;
  paired: ReturnType<typeof respectively>;
  /** The target is the country that won the rate ("Japan won a 15% rate"). */
  won: boolean;
}

/** The target of the rate; null when the rate is on many countries, no one pair's measure. */
export function findTarget(c: RateContext): TargetFound | null {
  const { f, p, sides } = c;
  const apart = apartFrom(c);
  // "a 15% ceiling on US tariffs": a country naming whose tariffs they are imposes them.
  // (the one nearest before the rate in its clause: "US duties fall to 30% and Chinese duties to 10%")
  const owners = sides.filter((s) => OWNER_BEFORE_TARIFF.test(f.text.slice(s.end, s.end + 25)));
  const owner =
    owners.filter((s) => s.index < p.index && !/\band\b|[;,]/.test(f.text.slice(s.end, p.index))).at(-1) ?? owners[0];
  // The target: a country right after "on"/"imports from", nearest to the rate.
  let targets = sides.filter(
    (s) => s !== owner && !apart(s.index) && TARGET_BEFORE.test(f.text.slice(Math.max(0, s.index - 60), s.index)),
  );
  if (!targets.length) targets = goodsTargets(c, apart);
  if (!targets.length) targets = theCountry(c);
  const won = !targets.length;
  if (won) targets = sides.filter((s) => !apart(s.index) && WON_AFTER.test(f.text.slice(s.end, s.end + 40)));
  let target = targets.sort((a, b) => Math.abs(a.index - p.index) - Math.abs(b.index - p.index))[0] ?? null;
  // "Thailand and Cambodia, which had faced 36% and 49% respectively": the i-th rate, the i-th country.
  const paired = respectively(f, p, sides);
  if (paired) target = paired.side;
  if (!target) target = rowTarget(c, apart);
  if (!target && MANY_COUNTRIES.test(f.text)) return null;
  return { target, owner, paired, won };
}

// "Malaysia will keep negotiating after Trump said goods from the country would face 25%".
const THE_COUNTRY =
  /\b(?:(?:goods|imports|products|exports|shipments)\s+from|(?:tariffs?|duty|duties|levy)\s+on)\s+the\s+country\b/i;

/** "goods from the country": the country the sentence opened with, named before. */
function theCountry(c: RateContext): Side[] {
  const { f, sides } = c;
  const m = THE_COUNTRY.exec(f.text);
  const first = sides[0];
  return m && first && first.index < m.index ? [first] : [];
}

/** "Indonesian goods would face a 19 percent tariff": the goods' country is the target. */
function goodsTargets(c: RateContext, apart: (i: number) => boolean): Side[] {
  const { f, p, sides } = c;
  const bystander = (s: { index: number }) => isBystander(f.text, s.index);
  // ("Japanese imports will face 15%": imports from Japan; "Japan's imports" are into it.)
  // ("Taiwan: 20% comes on top of existing duties": a live entry's heading opens with the country and its rate)
  const goodsAfter = (s: Side) =>
    GOODS_AFTER.test(f.text.slice(s.end, s.end + 90)) ||
    (s.adjective && /^\s+imports\b/.test(f.text.slice(s.end))) ||
    (/^[-–•*]?\s*$/.test(f.text.slice(0, s.index)) && /^:\s+\d[\d.]*\s?%/.test(f.text.slice(s.end)));
  // ("Indonesian exports to the US now face 19%": the country exported to is no target.)
  const importer = (s: Side) => IMPORTER_BEFORE.test(f.text.slice(Math.max(0, s.index - 30), s.index));
  // (a rival's own rate is its own: "against Bangladesh and Vietnam, which pay 20%")
  // (not "Competitors in Chile pay 20%", told of the rivals as a group)
  const ownRateRightAfter = (s: Side) =>
    p.index > s.end && p.index - s.end <= 25 && /^,\s+which\b/.test(f.text.slice(s.end));
  return sides.filter(
    (s) => !apart(s.index) && (!bystander(s) || ownRateRightAfter(s)) && !importer(s) && goodsAfter(s),
  );
}

/** Under a tracker's row label, the row's country is the one a rate with no target falls on. */
function rowTarget(c: RateContext, apart: (i: number) => boolean): Side | null {
  const { ctx, f, sides, row } = c;
  const topic = ctx.topics.get(f.start);
  if (
    row &&
    topic!.code !== ctx.usualImposer &&
    !sides.some(
      (s) =>
        !apart(s.index) &&
        !isBystander(f.text, s.index) &&
        !BUYING_BEFORE.test(f.text.slice(Math.max(0, s.index - 40), s.index)),
    )
  )
    return { index: -1, code: topic!.code, end: -1 };
  return null;
}

/** "goods from Thailand and Malaysia", "Cambodia, Thailand and Malaysia": the other targets of one rate. */
export function alsoTargets(c: RateContext, target: Side | null, imposer: string | undefined): string[] {
  return target && target.index >= 0 ? coordinated(c.f.text, c.sides, target).filter((code) => code !== imposer) : [];
}
