// The side that imposes a rate: the other side the sentence names (through a person or an
// organization too), else the document's usual imposer or the other country of its main pair.
import type { ActorRef } from '../sentence.js';
import { coordinated } from './lists.js';
import { apartFrom, BUYING_BEFORE, IMPORTER_BEFORE, isBystander, type TargetFound } from './target.js';
import type { RateContext, Side } from './types.js';
import { GOODS_NOUNS } from './vocabulary.js';

const SPEAKER_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|noted|added|warned|argued|stressed)\b/i;
// "Germany's carmakers", "Japanese car exports": a country's goods or makers, never the side that imposes.
const MAKERS_AFTER = new RegExp(
  String.raw`^(?:’s|'s)?\s+(?:(?:car|auto|steel|farm|[\p{Ll}]+-\p{Ll}+)\s+)?(?:goods|exports|products|shipments|exporters|producers|manufacturers|makers|carmakers|automakers|firms|companies|${GOODS_NOUNS})\b`,
  'u',
);
// "It had already … cut its import duty", "In February, the government cut the duty": a subject
// standing for the country the sentence before spoke of.
const PRONOUN_SUBJECT =
  /(?:^|[,;]\s+)(?:it|the\s+(?:government|country|administration|cabinet))\s+(?:(?:had|has|also|already|then)\s+){0,2}[^.;]{0,60}?\b(?:cut|cutting|lowered|lowering|reduced|reducing|raised|raising|slashed|scrapped|eliminated|imposed|imposing)\b/i;

type Place = { index: number; code: string };

export interface SidesFound {
  imposer: Place | null;
  /** The target, with one the pronoun's pair gives ("It had already cut its import duty"). */
  target: Side | null;
  /** The side the frame names as target: the target, or the one the document's direction gives. */
  inferred: Side | null;
  sidesInferred: boolean;
  /** People the sentence names with a country, other than the speaker. */
  people: ActorRef[];
}

/** Both sides of the rate; null when the sentence names only other countries' measures. */
export function findSides(c: RateContext, t: TargetFound): SidesFound | null {
  const { ctx, f, p } = c;
  const antecedent = ctx.antecedents.get(f.start);
  // The imposer: the first other side the sentence names, through a person or organization too.
  // (not the one speaking: "Deputy Minister Phan Thị Thắng said the 20 per cent rate was …")
  const people = f.actors.filter(
    (a) => a.kind === 'person' && a.country && !SPEAKER_AFTER.test(f.text.slice(a.end, a.end + 80)),
  );
  const named = namedImposer(c, t, people);
  const { other, outsider } = defaultImposer(c, t.target);
  let imposer = named ?? (other ? { index: -1, code: other } : null);
  let target = t.target;
  // "New Delhi chose to negotiate. It had already cut its import duty on bourbon to 100%": the
  // pronoun's country imposes it, on the other side of the document's pair.
  // (a side named only after the rate plays another part: "… moves widely seen as aimed at the US")
  if (
    (!named || named.index > p.index) &&
    antecedent &&
    target?.code !== antecedent &&
    PRONOUN_SUBJECT.test(f.text.slice(0, p.index))
  ) {
    imposer = { index: -1, code: antecedent };
    if (!target && ctx.mainPair.includes(antecedent)) {
      const pairOther = ctx.mainPair.find((code) => code !== antecedent);
      if (pairOther) target = { index: -1, code: pairOther, end: -1 };
    }
  }
  // The countries of a "respectively" list are all on the receiving end.
  // (and the side imposing on them is the document's usual one, not another country named in passing)
  if (t.paired)
    imposer =
      !outsider && ctx.knownDirection && !t.paired.listed.includes(ctx.knownDirection[0])
        ? { index: -1, code: ctx.knownDirection[0] }
        : other
          ? { index: -1, code: other }
          : null;
  imposer = correctedImposer(c, t, target, imposer);
  imposer = unlessBystanding(c, t, target, imposer);
  return inferSides(c, target, imposer, people);
}

// A country doing the imposing in so many words: "Brazil hits back with 26%", "Canada, which hit
// back …", "Mexico's Congress approved higher tariffs", "Ottawa keeps 25% counter-tariffs".
const IMPOSING_AFTER =
  /^(?:’s|'s)?(?:,\s*which)?\s+(?:[\p{L}-]+\s+){0,3}?(?:impos|charg|levie|levy|slap|hit|rais|cut|lower|appl|set|keep|kept|approv|retaliat|answer|respond|put|place|counter|adopt|introduc|scrap|remov|eliminat|drop|offer|agree|promis|pledg|grant|give|gave)/iu;

/**
 * A country named beside a rate on someone else, and doing nothing to it ("The 39% put
 * Switzerland above Canada, whose goods pay 35%", "Cambodia was handed 49% and Laos 48%",
 * "one of the highest rates in Europe"): the rate is the usual imposer's, not that country's.
 */
function unlessBystanding(c: RateContext, t: TargetFound, target: Side | null, imposer: Place | null): Place | null {
  const { ctx, f } = c;
  if (!imposer || imposer.index < 0 || !target || t.owner || ctx.mainPair.length !== 2) return imposer;
  const usual = ctx.knownDirection?.[0] ?? ctx.usualImposer;
  if (!usual || usual === imposer.code || usual === target.code) return imposer;
  const outsideImposer = !ctx.mainPair.includes(imposer.code);
  // (the country the document's rates fall on imposes nothing on a third one unless it says so)
  const targetOnThird = !ctx.mainPair.includes(target.code) && imposer.code !== ctx.usualImposer;
  if (!outsideImposer && !targetOnThird) return imposer;
  const named = [...c.sides, ...f.actors].find((s) => s.index === imposer.index);
  const end = named?.end ?? imposer.index;
  if (IMPOSING_AFTER.test(f.text.slice(end, end + 60))) return imposer;
  return { index: -1, code: usual };
}

/** The imposer the sentence names: whose tariffs they are, else a side before the target in its clause. */
function namedImposer(c: RateContext, t: TargetFound, people: ActorRef[]): Place | undefined {
  const { ctx, f, sides } = c;
  const { target, owner, paired } = t;
  const apart = apartFrom(c);
  const bystander = (s: { index: number }) => isBystander(f.text, s.index);
  // ("Crucially for Germany's carmakers, the U.S. will lower its tariff": goods and makers are on the receiving end.)
  const candidates = [
    ...sides
      .filter((s) => !bystander(s) && (s === target || !MAKERS_AFTER.test(f.text.slice(s.end, s.end + 40))))
      .map((s) => ({ index: s.index, code: s.code })),
    ...people.map((a) => ({ index: a.index, code: a.country! })),
  ].sort((a, b) => a.index - b.index);
  // Sides in the rate's own clause first: "… and China will cut its levies from 125% to 10%".
  // ("Thailand and Cambodia each face 19%": a country listed with the target is another target.)
  const listedWith = new Set(target && !paired && target.index >= 0 ? coordinated(f.text, sides, target) : []);
  const inClause = candidates.filter((s) => (s.index < 0 || !apart(s.index)) && !listedWith.has(s.code));
  // Failing one there, the document's usual imposer before a side told apart ("…, while Laos …").
  const usual =
    target &&
    ((ctx.knownDirection && ctx.knownDirection[0] !== target.code) ||
      (ctx.usualImposer && ctx.usualImposer !== target.code));
  // (With no target either, a side in another clause is another measure's: "cut our tariffs to zero while the U.S. keeps 15%".)
  const pool = inClause.some((s) => s.code !== target?.code)
    ? inClause
    : usual || !target
      ? []
      : candidates.filter((s) => !listedWith.has(s.code));
  return (
    (owner && owner.code !== target?.code ? { index: owner.index, code: owner.code } : undefined) ??
    pool.find((s) => s.code !== target?.code && s.index < (target?.index ?? Infinity)) ??
    pool.find((s) => s.code !== target?.code)
  );
}

/** The imposer the document gives a target when the sentence names none. */
function defaultImposer(c: RateContext, target: Side | null): { other: string | undefined; outsider: boolean } {
  const { ctx } = c;
  // "President Trump imposed a 24% tariff on Japanese goods", in an article about Japan and the
  // US: the side not targeted is the other country the article is about.
  // The document's own measures on that country say who imposes them, before its main pair does.
  // (a third country the document's usual imposer names a rate for: "Thailand and Cambodia each face 19%")
  // (a country outside the document's pair takes the usual imposer's rate, not the pair's direction)
  const outsider =
    target !== null && ctx.mainPair.length === 2 && !ctx.mainPair.includes(target.code) && Boolean(ctx.usualImposer);
  const other = !target
    ? undefined
    : outsider
      ? ctx.usualImposer!
      : ctx.knownDirection && ctx.knownDirection[0] !== target.code
        ? ctx.knownDirection[0]
        : ctx.usualImposer && ctx.usualImposer !== target.code
          ? ctx.usualImposer
          : ctx.mainPair.includes(target.code)
            ? ctx.mainPair.find((code) => code !== target.code)
            : undefined;
  return { other, outsider };
}

/** The imposer once the document's direction and the country goods enter have their say. */
function correctedImposer(c: RateContext, t: TargetFound, target: Side | null, imposer: Place | null): Place | null {
  const { ctx, f, p, sides } = c;
  // "would put Indonesia on equal footing with Vietnam, which agreed to a 20% rate": the country
  // this document's measures fall on imposes nothing on a third one; the usual imposer does.
  if (
    t.won &&
    target?.index !== -1 &&
    imposer &&
    target &&
    ctx.knownDirection &&
    imposer.code === ctx.knownDirection[1] &&
    target.code !== ctx.knownDirection[0] &&
    p.value > 0
  ) {
    imposer = { index: -1, code: ctx.knownDirection[0] };
  }
  // "US goods will enter Việt Nam at a tariff of zero": the country entered imposes it.
  const entered = sides.find(
    (s) =>
      /\benter(?:s|ing)?\s+(?:the\s+)?$/i.test(f.text.slice(Math.max(0, s.index - 12), s.index)) ||
      IMPORTER_BEFORE.test(f.text.slice(Math.max(0, s.index - 30), s.index)),
  );
  if (entered && entered.code !== target?.code) imposer = { index: entered.index, code: entered.code };
  // One side named, and it is the side this document's tariffs fall on ("sent Tokyo a letter
  // raising the rate to 25%"): the document's direction holds.
  // A zero rate is an offer the other way ("zero-for-zero tariffs, an offer the Commission made").
  if (imposer && !target && ctx.knownDirection && imposer.code === ctx.knownDirection[1] && p.value > 0) imposer = null;
  return imposer;
}

/** Sides the sentence leaves unnamed, from the document's direction or pair. */
function inferSides(c: RateContext, target: Side | null, imposer: Place | null, people: ActorRef[]): SidesFound | null {
  const { ctx, f } = c;
  // "The 20% rate Trump announced for the bloc": no side named at all; the direction of the
  // measures this document has stated so far, when there is just one.
  let inferred = target;
  // No side found, but the sentence names other countries ("while Laos and Myanmar … were hit with
  // 40%", "Competitors in Vietnam and Bangladesh pay 20%"): the rate is not the document's.
  // ("Korean goods have paid 15% …, but cars still face 25%"; not "purchases of Russian oil")
  const strangers = f.countries.some(
    (x) =>
      x.form !== 'capital' &&
      ctx.knownDirection &&
      !ctx.knownDirection.includes(x.code) &&
      !BUYING_BEFORE.test(f.text.slice(Math.max(0, x.index - 40), x.index)),
  );
  if (!imposer && !target && strangers) return null;
  const sidesInferred = !imposer && !target && ctx.knownDirection !== null;
  if (!imposer && !target && ctx.knownDirection) {
    imposer = { index: -1, code: ctx.knownDirection[0] };
    inferred = { index: -1, code: ctx.knownDirection[1], end: -1 };
  } else if (imposer && !target) {
    // "The 20% rate Trump announced for the bloc": the other side of the document's direction or pair.
    const code = imposer.code;
    const other =
      ctx.knownDirection?.[0] === code
        ? ctx.knownDirection[1]
        : ctx.mainPair.includes(code)
          ? ctx.mainPair.find((x) => x !== code)
          : undefined;
    if (other) inferred = { index: -1, code: other, end: -1 };
  }
  return { imposer, target, inferred, sidesInferred, people };
}
