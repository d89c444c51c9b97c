// Rounds of talks a sentence names: "the third round", "Round 5", "the next round", "The fourth
// was held …" right after rounds were counted, and a round named only as the setting of another act.
import { ordinalValue, NUMBER_WORDS } from '../text.js';
import type { EventFrame } from './events.js';

const ROUND_TALKS = String.raw`(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:talks|negotiations|consultations|dialogue|discussions))`;
const ORDINAL_ROUND = new RegExp(
  String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+round\b(?!\s+of\s+(?:tariffs|sanctions|duties|layoffs|funding|voting))`,
  'i',
);
const NUMBERED_ROUND = new RegExp(
  String.raw`\bround\s+(\d+|${Object.keys(NUMBER_WORDS).join('|')})\b(?!\s*(?:%|percent))`,
  'i',
);
const RELATIVE_ROUND = new RegExp(
  // "the four-day round", "the new round"
  String.raw`\b(next|upcoming|following|this|that|the|latest|current|previous)\s+(?:(?:[\w]+-day|new|latest)\s+)?round\b(?!\s+of\s+(?:tariffs|sanctions|duties|layoffs|funding|voting))${ROUND_TALKS}?`,
  'i',
);

// "Negotiations were launched in January 2022", "formally launched the talks": their opening, a
// round with no number.
const LAUNCH =
  /\b(?:negotiations|talks)(?:\s+(?:between|with|on)\s+[^,.;]{1,40}?)?\s+(?:were|was|had\s+been)\s+(?:formally\s+|officially\s+)?(?:launched|opened|kicked\s+off)\b|\b(?:formally\s+|officially\s+)?launched\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:negotiations|talks)\b/i;
// "The final round of negotiations was held in Washington", "a new round of talks opened on
// Monday": a round with no number, kept when it is dated.
const UNNUMBERED_ROUND =
  /\b(?:an?|another|the|this|that|his|her|their|its)\s+(?:(?:new|final|last|further|fresh|latest|[\w]+-day)\s+)?round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations)\b/i;

// "On the sidelines of the round, Dien held a working meeting …": the round is where, not what.
const ROUND_AS_SETTING =
  /\b(?:(?:sidelines|margins|side)\s+of|[Aa]t|[Dd]uring|[Ww]hile)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?round\b(?!\s+of\s+(?:tariffs|sanctions|duties))/;

export const roundIsSetting = (text: string) => ROUND_AS_SETTING.test(text);

// "have held five rounds of talks …, the most recent in Washington from July 14 to July 18": the
// last of those counted is that round.
const LAST_OF_COUNTED = new RegExp(
  String.raw`\b(?:held|had|completed|concluded)\s+(${Object.keys(NUMBER_WORDS).join('|')}|\d+)\s+rounds\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b[^.;]*?,\s+(?:with\s+)?(?:the\s+)?(?:most\s+recent|latest|last)\b`,
  'i',
);
/** "five" or "5". */
const countOf = (raw: string) => (raw in NUMBER_WORDS ? NUMBER_WORDS[raw]! : Number(raw));
// "was not described as a formal sixth round": no round at all.
const NOT_A_ROUND = /\bnot\s+(?:\w+\s+){0,3}(?:an?|the)\s+(?:formal\s+|full\s+|proper\s+)?$/i;

export function roundOf(
  text: string,
): Pick<EventFrame, 'round' | 'roundRelation' | 'index' | 'text' | 'definite'> | null {
  if (roundIsSetting(text)) return null;
  const counted = LAST_OF_COUNTED.exec(text);
  if (counted) {
    const raw = counted[1]!.toLowerCase();
    const at = counted.index + counted[0].search(/(?:most\s+recent|latest|last)$/i);
    return {
      round: countOf(raw),
      roundRelation: null,
      index: at,
      text: text.slice(at, counted.index + counted[0].length),
      definite: true,
    };
  }
  const ord = ORDINAL_ROUND.exec(text);
  if (ord && NOT_A_ROUND.test(text.slice(0, ord.index))) return null;
  if (ord) {
    const before = text.slice(0, ord.index);
    return {
      round: ordinalValue(ord[1]!),
      roundRelation: null,
      index: ord.index,
      text: ord[0],
      definite: /\b(?:the|this)\s+$/i.test(before),
    };
  }
  const num = NUMBERED_ROUND.exec(text);
  if (num) {
    const raw = num[1]!.toLowerCase();
    const round = countOf(raw);
    return { round, roundRelation: null, index: num.index, text: num[0], definite: true };
  }
  const unnumbered = UNNUMBERED_ROUND.exec(text) ?? LAUNCH.exec(text);
  if (unnumbered) {
    return {
      round: null,
      roundRelation: null,
      index: unnumbered.index,
      text: unnumbered[0],
      definite: /^(?:the|this|that)\b/i.test(unnumbered[0]),
    };
  }
  const rel = RELATIVE_ROUND.exec(text);
  if (rel) {
    const word = rel[1]!.toLowerCase();
    const relation = ['next', 'upcoming', 'following'].includes(word) ? 'next' : word === 'previous' ? null : 'this';
    if (!relation) return null;
    return { round: null, roundRelation: relation, index: rel.index, text: rel[0], definite: true };
  }
  return null;
}

export const THIS_ROUND_SUBJECT =
  /^(?:The|This)\s+(?:[\w]+-day\s+)?round,?\s+which\s+(?:opened|began|started|kicked\s+off|ran|ended|closed|wrapped\s+up)\b/;

// Right after "five rounds of talks": "The fourth was held in Washington from July 29 to 31."
// ("The fifth, held in Hà Nội in mid-September, focused on …")
const ELLIPTICAL_ROUND =
  /^(?:The\s+)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?=(?:was|were|took|is|will|ran|opened|began|came|followed|is\s+due)\b)|,\s+(?=(?:held|hosted|which|in)\b))/i;

export function ellipticalRound(text: string): ReturnType<typeof roundOf> {
  const m = ELLIPTICAL_ROUND.exec(text);
  const value = m ? ordinalValue(m[1]!) : null;
  return m && value ? { round: value, roundRelation: null, index: m.index, text: m[0].trim(), definite: false } : null;
}
