// Which percents of a sentence are tariff rates: the sentence must speak of tariffs (or of rates,
// in an article that has stated some), and the figure must be a rate of a tariff, not of growth,
// interest or a share of goods.
import type { PercentFound } from '../percent.js';
import type { DocumentContext, ResolvedSentence } from '../sentence.js';
import { respectively } from './lists.js';
import type { RateContext, SentenceScan, Side } from './types.js';
import { MONETARY, OTHER_MEASURE, RATE_VERB, RATE_WORD, TARIFF_WORD, TARIFF_WORDS } from './vocabulary.js';

// "Indonesia's 19 per cent", "Japan's rate of 15 per cent"; a table's "Vietnam: 46% → 20%".
export const POSSESSIVE_RATE = String.raw`(?:’s|'s)\s+(?:(?:current|new|reciprocal|headline|agreed|negotiated)\s+)?(?:rate\s+of\s+)?`;
export const TABLE_ROW = String.raw`:\s+\d[\d.]*\s?%\s*(?:→|->)`;
// "Indonesia's 19 per cent was announced …", "Japan's rate of 15 per cent", a table's "Vietnam: 46% → 20%".
const OWN_RATE = new RegExp(String.raw`\p{Lu}[\p{L}.]+${POSSESSIVE_RATE}\d|^[\p{Lu}][\p{L} .]+${TABLE_ROW}`, 'u');
const OWN_RATE_BEFORE = new RegExp(
  String.raw`${POSSESSIVE_RATE}[\d.]+\s?(?:%|per\s*cent|percent)\s*$|^[\p{Lu}][\p{L} .]+:\s+(?:[\d.]+\s?%\s*(?:→|->)\s*)?[\d.]+\s?%\s*$|(?:→|->)\s*[\d.]+\s?%\s*$`,
  'u',
);
const RATE_VERB_BEFORE = new RegExp(String.raw`${RATE_VERB.source}\s+(?:a\s+|the\s+)?$`, 'i');

/** What the sentence says as a whole; null when it speaks of no tariff at all. */
export function scanSentence(ctx: DocumentContext, f: ResolvedSentence): SentenceScan | null {
  // "the 30% rate on Mexico": a rate with a country it is on is a tariff even before any other is known.
  const rateOn = /\brates?\s+(?:on|for)\s+(?:the\s+)?\p{Lu}/u.test(f.text);
  // ("Thailand and Cambodia each face 19%": in an article that has stated a tariff, a country facing
  // or hit with a rate is one too.)
  const rateOnly =
    (ctx.knownDirection !== null || Boolean(ctx.usualImposer) || rateOn) &&
    (RATE_WORD.test(f.text) || RATE_VERB.test(f.text) || OWN_RATE.test(f.text)) &&
    !MONETARY.test(f.text);
  // (a tracker's row: "VIETNAM - 20%" and the lines under it speak of rates and nothing else)
  const row = ctx.topics.has(f.start) && (ctx.knownDirection !== null || Boolean(ctx.usualImposer));
  if (!TARIFF_WORD.test(f.text) && !rateOnly && !row) return null;
  return { ctx, f, rateOnly, row, sides: namedSides(f), speculativeAt: speculation(f) };
}

/** The countries the sentence names that may be a side of a measure. */
function namedSides(f: ResolvedSentence): Side[] {
  // Country names inside compounds ("Canada-Mexico Action Plan", "United States-Mexico-Canada
  // Agreement") name an agreement, not a side.
  // ("the Federation of Thai Industries said the 19% rate …": a body's name names no side either.)
  const inBodyName = (c: { index: number }) =>
    c.index > 0 && f.actors.some((a) => a.kind === 'organization' && a.index < c.index && c.index < a.end);
  return f.countries
    .filter(
      (c) =>
        !/[-–]\s?$/.test(f.text.slice(Math.max(0, c.index - 1), c.index)) &&
        !/^[-–]\p{Lu}/u.test(f.text.slice(c.index + c.text.length)) &&
        !inBodyName(c),
    )
    .map((c): Side => ({
      index: c.index,
      code: c.code,
      end: c.index + c.text.length,
      adjective: c.form === 'adjective',
    }));
}

/** Whether a rate at an offset is told as speculation. */
function speculation(f: ResolvedSentence): (at: number) => boolean {
  // Speculation is not a measure: "a deal could leave Vietnam with a tariff between 10% and 25%".
  // An offer is ("suggested that Vietnam could reduce all tariffs to zero").
  // (in the rate's own clause: not "remain subject to a 50% US tariff, although a quota could be negotiated")
  const modals = [...f.text.matchAll(/\b(?:[Cc]ould|[Mm]ight|may)\b/g)].map((m) => m.index);
  // (so is a side saying it may cut: "says it may cut the rate to zero for products listed in an annex")
  const offered =
    /\b(?:propos\w*|suggest\w*|offer\w*)\b|\b(?:says?|said)\s+(?:it|they|that)\s+(?:may|might|could)\b/i.test(f.text);
  // ("keeps a 20 per cent tariff … but says it may cut the rate to zero": the 20 per cent is no guess)
  return (at: number) =>
    !offered &&
    modals.some(
      (i) =>
        !/[;]|,\s+(?:although|though|but|while|whereas)\b|\s(?:but|whereas)\s/i.test(
          f.text.slice(Math.min(i, at), Math.max(i, at)),
        ),
    );
}

/** Whether the percent is a tariff's rate. */
export function isTariffRate(c: RateContext): boolean {
  const { f, p, row, rateOnly, sides } = c;
  // In a sentence about rates, "had faced 36%", "both got 19%", "will pay 19%" are rates too.
  const rateVerb = RATE_VERB_BEFORE.test(f.text.slice(Math.max(0, p.index - 20), p.index));
  const listedRate = /^[\s,]*(?:and\s+\d[\d.]*\s?%[\s,]*)?respectively\b/i.test(
    f.text.slice(p.index + p.text.length, p.index + p.text.length + 30),
  );
  const ownRate = OWN_RATE_BEFORE.test(f.text.slice(Math.max(0, p.index - 40), p.index + p.text.length));
  if (
    !row &&
    !nearTariffWord(f.text, p) &&
    !(
      rateOnly &&
      (nearWord(f.text, p, RATE_WORD, 40) || rateVerb || listedRate || ownRate || respectively(f, p, sides))
    )
  )
    return false;
  return !notARate(f.text, p);
}

/** A figure that is a bound, an average or another measure's, whatever tariff word is near. */
function notARate(text: string, p: PercentFound): boolean {
  const before = (n: number) => text.slice(Math.max(0, p.index - n), p.index);
  if (/\bbetween\s+$/i.test(before(20))) return true;
  // "The average effective US tariff rate is now around 17%": an average over partners is no measure.
  if (/\baverage\b[^.;%]{0,40}$/i.test(before(50))) return true;
  // ("having been spared the increase to 50 per cent that Washington applied to other countries")
  if (/\bspared\b[^.;%]{0,30}$/i.test(before(40))) return true;
  // "UK steel pays 25% rather than 50%": the rate it was spared is none.
  if (/\brather\s+than\s+(?:the\s+)?$/i.test(before(20))) return true;
  // "currently more than 100 per cent": a bound, not a rate.
  if (/\b(?:more\s+than|over|above|at\s+least|in\s+excess\s+of)\s+$/i.test(before(20))) return true;
  // "the central bank kept its repo rate at 5.5%", "GDP grew 6.5%", "exports rose 27%": a rate of
  // something else, named nearer the figure than any tariff word.
  return otherMeasure(text, p);
}

/** The figure is what some other measure is at, by the word closest before it or right after it. */
function otherMeasure(text: string, p: PercentFound): boolean {
  const before = text.slice(Math.max(0, p.index - 60), p.index);
  const other = [...before.matchAll(OTHER_MEASURE)].at(-1);
  const tariff = [...before.matchAll(TARIFF_WORDS)].at(-1);
  if (other && (!tariff || other.index > tariff.index)) return true;
  // ("on 90 per cent of British tariff lines, with 85 per cent becoming duty-free": shares of goods)
  const after = text.slice(p.index + p.text.length, p.index + p.text.length + 60);
  return (
    /^\s*(?:growth|inflation|drop|decline|jump|stake|of\s+(?:GDP|output|the\s+market))\b/i.test(after) ||
    /^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}(?:tariff\s+lines|lines|goods|products|exports|imports|trade|items|categories)\b|^\s*(?:becoming|become|will\s+become|to\s+become)\b/iu.test(
      after,
    )
  );
}

function nearTariffWord(text: string, p: PercentFound): boolean {
  return nearWord(text, p, TARIFF_WORD, 110);
}

function nearWord(text: string, p: PercentFound, word: RegExp, before: number): boolean {
  return word.test(text.slice(Math.max(0, p.index - before), p.index + p.text.length + 40));
}
