// Tariff measures a sentence states: a rate next to a tariff word, the country whose goods it
// falls on ("on Vietnamese goods", "imports from Japan"), the country that imposes it (the other
// side the sentence names), and what the verbs say of its status.
import type { DatePrecision, TariffKind, TariffScope, TariffStatus } from '../types.js';
import { daysBetween, isAfter, type DateFound } from './dates.js';
import type { PercentFound } from './percent.js';
import { clauseOf, isHedged, type SentenceFacts } from './sentence.js';

export interface TariffFrame {
  /** Offsets of the rate inside the sentence. */
  index: number;
  text: string;
  ratePercent: number;
  /** Null when the sentence names no sides: the rate may still refer to a measure seen before. */
  imposingCountry: string | null;
  targetCountry: string | null;
  kind: TariffKind;
  scope: TariffScope;
  status: TariffStatus;
  announcedDate: string | null;
  datePrecision: DatePrecision;
  effectiveDate: string | null;
  announcedByKey: string | null;
  conditions: string | null;
  hedged: boolean;
  /** Both sides taken from the document's other measures, none named in the sentence. */
  sidesInferred: boolean;
  /** "the 19% rate" with no side named beside it: a rate the document has given before. */
  refersBack: boolean;
  /** "the 24% announced on 2 April": the rate's date is the day it was announced, whatever it is now. */
  announcedOn: boolean;
}

// ("a 100-per-cent surtax on Chinese-made electric vehicles", "importers … to pay a 75.8-per-cent
// deposit" in an anti-dumping case; not a bank's deposit rate)
const TARIFF_WORD =
  /\b(?:tariffs?|duty|duties|levy|levies|surtax(?:es)?|penalty\s+tariffs?|import\s+tax(?:es)?|customs\s+rates?|countermeasures|counter-tariffs|(?:cash\s+)?deposits?(?!\s+rates?))\b/i;
// Status words, strongest first; the nearest to the rate wins within each class.
const STATUS_WORDS: Array<[TariffStatus, RegExp]> = [
  // ("which had faced 36%": the rate they faced before.)
  [
    'superseded',
    /\b(?:(?:had\s+)?peaked\s+at|defus(?:ed|ing)|replac(?:ed|ing|es)|supersed(?:ed|ing)|instead\s+of|avert(?:ed|ing)|averts|had\s+faced|initially\s+assigned|originally\s+(?:set|assigned)|ending\s+(?:\w+\s+){0,3}(?:in\s+which|when|of))\b/i,
  ],
  [
    'withdrawn',
    /\b(?:back(?:ed|s|ing)?\s+down|withdr[ae]w\w*|scrapp(?:ed|ing)|revok(?:ed|ing)|rescind(?:ed|ing)|lift(?:s|ed)(?![^.;%]{0,40}\b(?<!\bup\s)to\s+\d)|removed|dropped)\b/i,
  ],
  [
    'paused',
    /\b(?:paus(?:e|ed|ing)|suspend(?:ed|ing)?|suspension|delay(?:ed|ing|s)?|postpon(?:ed|ing)|deferr?(?:ed|ing)|halted|on\s+hold|reprieve|h[eo]ld(?:ing)?\s+off|push(?:ed|ing)?\s+(?:\w+\s+){0,5}back|pull(?:ed|s)?\s+back)\b/i,
  ],
  [
    'in_effect',
    /\b(?:took\s+effect|takes\s+effect|went\s+into\s+(?:effect|force)|came\s+into\s+(?:effect|force)|in\s+effect|in\s+force|in\s+place|kicked\s+in|now\s+appl(?:y|ies)|(?:began|begin|begins|started|start|starts)\s+(?:collecting|paying|facing|charging|applying)|(?<!\b(?:consider\w*|recommend\w*|suggest\w*|propos\w*|urg\w*)\s+(?:\w+\s+)?)applying|(?:currently|now|still|already)\s+(?:face|faces|pay|pays)|continues?\s+to\s+(?:pay|face|apply)|keeps?\s+(?:paying|facing)|currently|at\s+present|(?:have|has)\s+(?:paid|faced|been\s+(?:charged|paying|subject\s+to))|since\s+(?=\p{Lu}|\d))\b/iu,
  ],
  // "would face a 19% tariff" is a decision; "could reduce all tariffs" is an offer.
  [
    'proposed',
    /\b(?:propos\w*|suggest\w*|offer(?:ed|ing|s)?|float(?:ed|ing)|call(?:ed|ing)?\s+for|seeks?|seeking|(?:could|might|would|may)\s+(?:\w+\s+)?(?:reduce|cut|lower|eliminate|scrap|remove|drop|slash))\b/i,
  ],
  [
    'announced',
    /\b(?:announc\w*|hits?\s+back|retaliat\w*|impos\w*|slapp?\w*|levied|unveil\w*|introduc\w*|threaten\w*|set|raised|hiked|ordered)\b/i,
  ],
];

const NOT_APPLIED =
  /\b(?:will|would)\s+(?:not|no\s+longer)\s+(?:be\s+)?(?:appl(?:y|ied)|imposed|take\s+effect|go\s+ahead)\b/i;
const CONDITION =
  /\b(?:contingent\s+(?:on|upon)|conditional\s+(?:on|upon)|provided\s+(?:that)?|on\s+condition\s+that|as\s+long\s+as|in\s+exchange\s+for|in\s+return\s+for|unless)\b[^.;]*/i;
// ("Since Aug. 7, goods have paid a 20% tariff": the day it took effect.)
const EFFECTIVE =
  /\b(?:effective|tak(?:e|es|ing)\s+effect|took\s+effect|(?:went|came|entered)\s+into\s+(?:effect|force)|from|since)\s+(?:on\s+)?$/i;

const SECTOR =
  /\b(?:steel|aluminium|aluminum|autos?|automobiles?|auto\s+parts|cars|vehicles|EVs?|semiconductors?|chips|lumber|timber|copper|pharmaceuticals?|textiles?|transs?hipp\w*|anti-dumping|countervailing|deposits?|canola|pork|beef|poultry|chicken|seafood|aquatic|shrimp|whiske?y|bourbon|ethanol|spirits|wine|dairy|rice|soybeans?|coffee|solar|batteries)\b/i;

function kindOf(text: string, status: TariffStatus, rate: number): TariffKind {
  if (/\breciprocal\b/i.test(text)) return 'reciprocal';
  if (/\bretaliat\w*|counter-?tariffs?\b/i.test(text)) return 'retaliatory';
  if (/\bbaseline|universal|blanket\b/i.test(text)) return 'baseline';
  // Goods of a kind, or goods routed through a country to dodge its rate: a rate beside the headline one.
  // (and one product's duty: "a 75.8-per-cent deposit on canola seed", "tariffs on pork and aquatic products")
  if (SECTOR.test(text)) return 'sectoral';
  if (status === 'proposed' && (rate === 0 || /\b(?:reduc|cut|lower|eliminat|remov)\w*/i.test(text))) {
    return rate === 0 && /\b(?:reciprocat\w*|mutual\w*|in\s+return|similar\s+concessions)\b/i.test(text)
      ? 'zero_for_zero'
      : 'proposed_reduction';
  }
  if (/\bnegotiated|agreed\b/i.test(text)) return 'negotiated';
  return 'general';
}

const MOVED_TO =
  /\b(?:(?:were|was)\s+(?:\w+\s+)?(?:cut|lowered|reduced|raised|increased|hiked|slashed|halved|doubled)|fell|dropped|declined|rose|climbed|went\s+(?:up|down)|came\s+down)\s+(?:from\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+)?to\s+$/i;
const FUTURE_WORDS = /\b(?:will|would|from\s+next|due\s+to|set\s+to|planned|proposed)\b/i;
const NEW_SUBJECT =
  /,\s+(?:(?:and|but|while)\s+)?(?:the\s+)?(?:U\.S\.|US|\p{Lu}[\p{L}.]+)\s+(?:\w+ed|will|has|had|is|was|said)\b/u;

// "Thailand and Cambodia each face 19%", "steel and aluminium pay 50 per cent", "remain at 50%": a
// rate told in the present tense applies now (not "will face", "would pay"), and so does one kept
// ("kept 25% on US steel", "keeps a 20 per cent tariff").
const PRESENT_RATE =
  /(?<!\b(?:will|would|could|may|might|to|not|cannot|can|shall)\s+(?:\w+\s+)?)\b(?:face|faces|pay|pays|carry|carries|attracts?|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:charged|subject\s+to)|stands?\s+at|remains?\s+(?:at|subject\s+to)|applies|keeps|kept|retains|retained)\b(?=[^,;.]{0,40}$)/i;

const RATE_IN = /\d\s?%|\d\s+(?:percent|per\s+cent)\b/i;
const ADVERB_NOW = /^(?:currently|now|at\s+present|still|already)\b/i;
const LISTED_BEFORE = /^\s*(?:,|,?\s*(?:and|or|to)|-|–)\s*[\d.]+\s?(?:%|percent|per\s+cent)/i;

// "announced on 2 April", "imposed in March", "announced for the bloc on April 2": the words before a
// date of announcement.
const ANNOUNCED_WHEN = /\b(?:announc|impos|unveil|threaten|set\b)\w*\s+(?:\w+\s+){0,4}$/i;
const RATES = /\d[\d.]*\s?(?:%|percent\b|per\s+cent\b)/gi;
// Between a rate and an "announced" word after it: the rate's own noun phrase or a relative clause
// ("level", ""reciprocal" rate he had"), not the rate's verb ("tariff was", "duties will be").
const PAST_OF_RATE = /^(?![^,;.]*\b(?:was|were|is|are|be|been|will|would)\b)[^,;.]{0,30}$/i;

// ", and a " right before the rate: its own clause's subject (not ", and 30% on Y", a list).
const NEW_CLAUSE_SUBJECT = /,\s+(?:and|but|while|whereas)\s+(?:a|an|the|its|their)\s+(?:[\w"“”-]+\s+){0,2}$/i;
// The object of an active verb, right after it ("removed much of the uncertainty"), not a time.
const ACTIVE_OBJECT =
  /^\s+["“]?(?:much|most|some|any|all|an?|its|their|the(?!\s+(?:following|next|same|previous)\s))\b/i;

/** "removed much of the uncertainty": an active verb whose object is neither this rate nor a tariff. */
function removedSomethingElse(text: string, start: number, end: number, at: number): boolean {
  if (!ACTIVE_OBJECT.test(text.slice(end)) || /\b(?:was|were|been|be|is|are)\s+$/i.test(text.slice(0, start)))
    return false;
  const object = text.slice(end, end + 40);
  return end > at
    ? true
    : !TARIFF_WORD.test(object) && !RATE_IN.test(object) && !/\b(?:rates?|it|them)\b/i.test(object);
}

/** The class of the status word closest to the rate. */
// ("only to cut it to 10%", "then lowered it to 10%"; not "may cut it to zero", a plan)
const CUT_IT_TO =
  /(?:\bonly\s+to\s+|(?<!\b(?:to|may|might|could|would|will|shall|can|not)\s+))\b(?:cut|lowered|reduced|slashed|halved|raised|increased|hiked)\s+(?:it|them)\s+to\s+$/i;

/** The status the words around a rate give it; null when none speaks of it. */
function statusNear(text: string, at: number): TariffStatus | null {
  let best: { status: TariffStatus; distance: number } | null = null;
  const atEnd = at + (/^[\d.,]+\s?(?:%|percent|per\s*cent)/i.exec(text.slice(at))?.[0].length ?? 1);
  // (only as the verb of the rate's own clause, before it)
  const present = PRESENT_RATE.exec(text.slice(Math.max(0, at - 60), at));
  if (present) best = { status: 'in_effect', distance: 60 - present.index };
  // "the 40% rate that Washington applies to goods it deems transshipped"
  const applied = /^[^,;.]{0,50}?\b(?:that|which)\s+(?:[\p{L}.]+\s+){0,2}(?:applies|charges|levies|collects)\b/u.exec(
    text.slice(at),
  );
  if (applied) best = { status: 'in_effect', distance: applied[0].length };
  for (const [status, re] of STATUS_WORDS) {
    const g = new RegExp(re.source, 'gi');
    for (const m of text.matchAll(g)) {
      // "X, replacing the 30% rate": only the rate after the word is the one replaced.
      if (status === 'superseded' && m.index > at) continue;
      // "which had faced a 49% levy, also got 19%": it governs the first rate after it only.
      // ("had faced 36% and 49% respectively" governs both.)
      if (
        status === 'superseded' &&
        /(?:\d\s?%|\d\s+(?:percent|per\s+cent)\b)[^,;%]*[,;]/i.test(text.slice(m.index + m[0].length, at))
      )
        continue;
      // An adverb after the rates belongs to the one nearest it ("to 50%, from 20% currently"), unless
      // they are listed together; a verb governs each rate of its subject or object ("A, and B, also
      // took effect", "offered to cut 30% to 15%").
      if (
        m.index > at &&
        ADVERB_NOW.test(m[0]) &&
        RATE_IN.test(text.slice(atEnd, m.index)) &&
        !LISTED_BEFORE.test(text.slice(atEnd, m.index))
      )
        continue;
      // "the 20 per cent rate … removed much of the uncertainty": the rate is what removed, not what was removed.
      // ("the deal 'removed the biggest uncertainty' … the same 15 percent rate": something else removed)
      if (status === 'withdrawn' && removedSomethingElse(text, m.index, m.index + m[0].length, at)) continue;
      // "…was suspended a week later, and a 10% baseline tariff had applied": a new subject takes its own verb.
      if (m.index < at && NEW_CLAUSE_SUBJECT.test(text.slice(m.index, at))) continue;
      // ("currently more than 100 per cent, will be brought down to 10 per cent": the adverb is the first figure's)
      if (m.index < at && ADVERB_NOW.test(m[0]) && RATE_IN.test(text.slice(m.index + m[0].length, at))) continue;
      // "the higher rates are suspended; a 10% baseline applies": a semicolon ends what a verb says.
      if (/;/.test(text.slice(Math.min(m.index, at), Math.max(m.index, at)))) continue;
      // A word in the rate's own clause over a nearer one in a clause with its own subject ("in which
      // Lam offered to cut tariffs to zero if Washington did the same, the U.S. paused the levies").
      const between = text.slice(Math.min(m.index, at), Math.max(m.index + m[0].length, at));
      // "replaces … the 24% level announced in April", "the 25% rate he had threatened": a participle
      // after the rate tells its past; a verb that governs the rate tells what it is now.
      const past = status === 'announced' && m.index > at && PAST_OF_RATE.test(text.slice(atEnd, m.index));
      // ("replaces the 25% rate threatened in July as well as the 24% level": the participle is the 25%'s.)
      const ratesBefore = status === 'announced' && m.index < at ? [...text.slice(0, m.index).matchAll(RATES)] : [];
      const other = ratesBefore.at(-1);
      if (other && PAST_OF_RATE.test(text.slice(other.index + other[0].length, m.index))) continue;
      const distance = Math.abs(m.index - at) + (NEW_SUBJECT.test(between) ? 1000 : 0) + (past ? 100 : 0);
      if (!best || distance < best.distance) best = { status, distance };
    }
  }
  // (a word only another subject's clause has says nothing of this rate: "cut its tariff to 10% on
  // Monday, and Santiago removed its duties")
  return best && best.distance < 1000 ? best.status : null;
}

// Verbs of acts on a tariff, as opposed to states ("have paid a 10% tariff"): an act is an event.
export const TARIFF_ACT =
  /\b(?:in\s+(?:force|effect)\s+from|hits?\s+back|retaliat\w*|announc\w*|impos\w*|unveil\w*|set|sets|rais(?:e|es|ed|ing)|hik\w*|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|slapp?\w*|levied|introduc\w*|threaten\w*|took\s+effect|takes?\s+effect|went\s+into\s+(?:effect|force)|came\s+into\s+(?:effect|force)|kicked\s+in|paus\w*|suspend\w*|lift\w*|scrapp\w*|revok\w*|dropp\w*|remov(?:e|es|ed|ing)|cut|cutting|lower\w*|reduc\w*)\b/i;

// Goods a country's name or adjective may stand before: "Korean automobiles", "American ethanol".
const GOODS_NOUNS = String.raw`steel|aluminium|aluminum|copper|cars|autos|automobiles|auto\s+parts|vehicles|textiles|garments|footwear|furniture|ethanol|beef|pork|poultry|chicken|seafood|shrimp|rice|soybeans|coffee|dairy|wine|whiske?y|bourbon|spirits|canola|lumber|timber|pharmaceuticals|semiconductors|chips`;

// "Indonesia's 19 per cent", "Japan's rate of 15 per cent"; a table's "Vietnam: 46% → 20%".
const POSSESSIVE_RATE = String.raw`(?:’s|'s)\s+(?:(?:current|new|reciprocal|headline|agreed|negotiated)\s+)?(?:rate\s+of\s+)?`;
const TABLE_ROW = String.raw`:\s+\d[\d.]*\s?%\s*(?:→|->)`;
// ("Vietnamese exporters began paying a 20% tariff", "Thailand and Cambodia each face 19%", "the
// European Union, whose goods face a 15 percent US tariff", "Cambodia had been threatened with 49%",
// "Cambodia had faced 49%", "Malaysia were also assigned 19%", "Indonesia's 19 per cent", a table's
// "Vietnam: 46% → 20%")
const GOODS_AFTER = new RegExp(
  String.raw`^${POSSESSIVE_RATE}\d|^${TABLE_ROW}|^(?:’s|'s|-made|-built|-produced|,\s+whose)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:goods|exports|products|shipments|${GOODS_NOUNS}|electronics|agricultural|farm|exporters|producers|manufacturers|makers|carmakers|automakers|firms|companies|shippers)\b|^(?:,[^,;]{3,60},|,\s+which)?\s+(?:(?:will|would|could|now|still|also|to|both|each|all|are|is|had|has|have)\s+){0,2}(?:fac(?:e|es|ed|ing)|pay|pays|paid|got|get|gets|(?:began|begin|begins|started|start)\s+paying|(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(?:also\s+)?(?:(?:hit|threatened|slapped)\s+with|assigned|given|handed))\b`,
  'u',
);
// "Germany's carmakers", "Japanese car exports": a country's goods or makers, never the side that imposes.
const MAKERS_AFTER = new RegExp(
  String.raw`^(?:’s|'s)?\s+(?:(?:car|auto|steel|farm|[\p{Ll}]+-\p{Ll}+)\s+)?(?:goods|exports|products|shipments|exporters|producers|manufacturers|makers|carmakers|automakers|firms|companies|${GOODS_NOUNS})\b`,
  'u',
);
// "Japan won a 15% rate", "Vietnam, which agreed to a 20% rate": the country that got the rate.
// ("Cambodia, which had faced a 49% levy, also got 19%": past the clause, the country got it.)
const WON_AFTER =
  /^(?:,\s*which(?:\s+[^,]{1,60},)?)?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:won|secured|got|obtained|landed|accepted|agreed\s+to)\s+(?:an?\s+|the\s+)?(?:\d|lower|higher|reduced)/u;
// "a 39% tariff on its exports to the United States": the country exported to imposes it.
const IMPORTER_BEFORE = /\b(?:exports?|shipments|sales|goods)\s+(?:\w+\s+)?(?:to|into|entering)\s+(?:the\s+)?$/i;
const TARGET_BEFORE = new RegExp(
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
const SPEAKER_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|noted|added|warned|argued|stressed)\b/i;
const BUYING_BEFORE = /\b(?:buy(?:ing|s)?|bought|purchas(?:e|es|ing|ed))\b[^,.;:]{0,25}$/i;
// A measure on every country, or on most of them: no one pair's tariff.
// ("leaving tariffs on goods from all three at 19 per cent": countries told before, no one pair)
const MANY_COUNTRIES =
  /\b(?:on|from|for)\s+(?:most|all|many|several|some|dozens\s+of|other)\s+(?:other\s+)?(?:countries|nations|trading\s+partners|economies|imports)\b|\b(?:on|from|for)\s+(?:all|each\s+of\s+the)\s+(?:three|four|five|six|seven)\b/i;

// In an article that has stated tariffs, "a 24% "reciprocal" rate" and "the rate to 25%" are
// tariff rates too (but not growth, interest or inflation rates).
const RATE_WORD = /(?<!\b(?:growth|interest|inflation|unemployment|exchange|tax|savings|mortgage|policy)\s)\brates?\b/i;
const OWNER_BEFORE_TARIFF =
  /^(?:’s|'s)?\s+(?:(?:reciprocal|additional|new|higher|import)\s+)?(?:tariffs?|duties|duty|levy|levies)\b/i;
const isBystander = (text: string, index: number) => BYSTANDER_BEFORE.test(text.slice(Math.max(0, index - 40), index));
const TARIFF_WORDS = new RegExp(TARIFF_WORD.source, 'gi');
const RATE_VERB =
  /\b(?:faced?|faces|got|gets|pay|pays|paid|charged|assigned|handed|replac(?:es|ed|ing)\s+the|cut\s+to|raised\s+to|lowered\s+to|(?:fall(?:s|ing)?|fell|drop(?:s|ping|ped)?|ris(?:e|es|ing)|rose)\s+to|instead\s+of\s+the|from\s+the|hit\s+with|threatened\s+with)/i;
// "Indonesia's 19 per cent was announced …", "Japan's rate of 15 per cent", a table's "Vietnam: 46% → 20%".
const OWN_RATE = new RegExp(String.raw`\p{Lu}[\p{L}.]+${POSSESSIVE_RATE}\d|^[\p{Lu}][\p{L} .]+${TABLE_ROW}`, 'u');
const OWN_RATE_BEFORE = new RegExp(
  String.raw`${POSSESSIVE_RATE}[\d.]+\s?(?:%|per\s*cent|percent)\s*$|^[\p{Lu}][\p{L} .]+:\s+(?:[\d.]+\s?%\s*(?:→|->)\s*)?[\d.]+\s?%\s*$|(?:→|->)\s*[\d.]+\s?%\s*$`,
  'u',
);
const RATE_VERB_BEFORE = new RegExp(String.raw`${RATE_VERB.source}\s+(?:a\s+|the\s+)?$`, 'i');
// A sentence about money or markets: its bare "rate" is a central bank's, not a tariff.
const MONETARY =
  /\b(?:central\s+bank|reserve\s+bank|state\s+bank|monetary|repo|refinanc\w*|benchmark|lending|deposit|interest|inflation|bond|yields?|currency|stocks?|shares|index|gdp|gross\s+domestic)\b/i;

// "It had already … cut its import duty", "In February, the government cut the duty": a subject
// standing for the country the sentence before spoke of.
const PRONOUN_SUBJECT =
  /(?:^|[,;]\s+)(?:it|the\s+(?:government|country|administration|cabinet))\s+(?:(?:had|has|also|already|then)\s+){0,2}[^.;]{0,60}?\b(?:cut|cutting|lowered|lowering|reduced|reducing|raised|raising|slashed|scrapped|eliminated|imposed|imposing)\b/i;

/** A country the sentence names, as a possible side of a measure. */
interface Side {
  index: number;
  code: string;
  end: number;
  adjective?: boolean;
}

export function recogniseTariffs(f: SentenceFacts): TariffFrame[] {
  // "the 30% rate on Mexico": a rate with a country it is on is a tariff even before any other is known.
  const rateOn = /\brates?\s+(?:on|for)\s+(?:the\s+)?\p{Lu}/u.test(f.text);
  // ("Thailand and Cambodia each face 19%": in an article that has stated a tariff, a country facing
  // or hit with a rate is one too.)
  const rateOnly =
    (f.knownDirection !== null || Boolean(f.usualImposer) || rateOn) &&
    (RATE_WORD.test(f.text) || RATE_VERB.test(f.text) || OWN_RATE.test(f.text)) &&
    !MONETARY.test(f.text);
  // (a tracker's row: "VIETNAM - 20%" and the lines under it speak of rates and nothing else)
  const row = Boolean(f.topic) && (f.knownDirection !== null || Boolean(f.usualImposer));
  if (!TARIFF_WORD.test(f.text) && !rateOnly && !row) return [];
  const frames: TariffFrame[] = [];
  // Country names inside compounds ("Canada-Mexico Action Plan", "United States-Mexico-Canada
  // Agreement") name an agreement, not a side.
  // ("the Federation of Thai Industries said the 19% rate …": a body's name names no side either.)
  const inBodyName = (c: { index: number }) =>
    c.index > 0 && f.actors.some((a) => a.kind === 'organization' && a.index < c.index && c.index < a.end);
  const sides = f.countries
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
  // Speculation is not a measure: "a deal could leave Vietnam with a tariff between 10% and 25%".
  // An offer is ("suggested that Vietnam could reduce all tariffs to zero").
  // (in the rate's own clause: not "remain subject to a 50% US tariff, although a quota could be negotiated")
  const modals = [...f.text.matchAll(/\b(?:[Cc]ould|[Mm]ight|may)\b/g)].map((m) => m.index);
  // (so is a side saying it may cut: "says it may cut the rate to zero for products listed in an annex")
  const offered =
    /\b(?:propos\w*|suggest\w*|offer\w*)\b|\b(?:says?|said)\s+(?:it|they|that)\s+(?:may|might|could)\b/i.test(f.text);
  // ("keeps a 20 per cent tariff … but says it may cut the rate to zero": the 20 per cent is no guess)
  const speculativeAt = (at: number) =>
    !offered &&
    modals.some(
      (i) =>
        !/[;]|,\s+(?:although|though|but|while|whereas)\b|\s(?:but|whereas)\s/i.test(
          f.text.slice(Math.min(i, at), Math.max(i, at)),
        ),
    );

  for (const p of f.percents) {
    const speculative = speculativeAt(p.index);
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
      continue;
    if (/\bbetween\s+$/i.test(f.text.slice(Math.max(0, p.index - 20), p.index))) continue;
    // "The average effective US tariff rate is now around 17%": an average over partners is no measure.
    if (/\baverage\b[^.;%]{0,40}$/i.test(f.text.slice(Math.max(0, p.index - 50), p.index))) continue;
    // ("having been spared the increase to 50 per cent that Washington applied to other countries")
    if (/\bspared\b[^.;%]{0,30}$/i.test(f.text.slice(Math.max(0, p.index - 40), p.index))) continue;
    // "UK steel pays 25% rather than 50%": the rate it was spared is none.
    if (/\brather\s+than\s+(?:the\s+)?$/i.test(f.text.slice(Math.max(0, p.index - 20), p.index))) continue;
    // "currently more than 100 per cent": a bound, not a rate.
    if (
      /\b(?:more\s+than|over|above|at\s+least|in\s+excess\s+of)\s+$/i.test(
        f.text.slice(Math.max(0, p.index - 20), p.index),
      )
    )
      continue;
    // "the central bank kept its repo rate at 5.5%", "GDP grew 6.5%", "exports rose 27%": a rate of
    // something else, named nearer the figure than any tariff word.
    if (otherMeasure(f.text, p)) continue;
    // The target: a country right after "on"/"imports from", nearest to the rate.
    // Only in the rate's own clause: "…was paused, and the EU in turn suspended its countermeasures
    // on American goods" names no target of the paused rate.
    // ("… from 145% to 30% and China will cut its levies from 125% to 10%": "and" before a new subject.)
    const apart = (i: number) =>
      /[;—]|,\s+(?:and|but|while|whereas)\b|\s(?:while|whereas)\s|\bin\s+turn\b|\band\s+(?:the\s+)?\p{Lu}[\p{L}.]*\s+(?:will|would|has|had|is|was|said|agreed|cut|raised|imposed|set)\b/iu.test(
        f.text.slice(Math.min(i, p.index), Math.max(i, p.index)),
      );
    // "a 15% ceiling on US tariffs": a country naming whose tariffs they are imposes them.
    // (the one nearest before the rate in its clause: "US duties fall to 30% and Chinese duties to 10%")
    const owners = sides.filter((s) => OWNER_BEFORE_TARIFF.test(f.text.slice(s.end, s.end + 25)));
    const owner =
      owners.filter((s) => s.index < p.index && !/\band\b|[;,]/.test(f.text.slice(s.end, p.index))).at(-1) ?? owners[0];
    let targets = sides.filter(
      (s) => s !== owner && !apart(s.index) && TARGET_BEFORE.test(f.text.slice(Math.max(0, s.index - 60), s.index)),
    );
    // "Indonesian goods would face a 19 percent tariff": the goods' country is the target.
    const bystander = (s: { index: number }) => isBystander(f.text, s.index);
    // ("Japanese imports will face 15%": imports from Japan; "Japan's imports" are into it.)
    const goodsAfter = (s: Side) =>
      GOODS_AFTER.test(f.text.slice(s.end, s.end + 90)) || (s.adjective && /^\s+imports\b/.test(f.text.slice(s.end)));
    // ("Indonesian exports to the US now face 19%": the country exported to is no target.)
    const importer = (s: Side) => IMPORTER_BEFORE.test(f.text.slice(Math.max(0, s.index - 30), s.index));
    // (a rival's own rate is its own: "against Bangladesh and Vietnam, which pay 20%")
    // (not "Competitors in Chile pay 20%", told of the rivals as a group)
    const ownRateRightAfter = (s: Side) =>
      p.index > s.end && p.index - s.end <= 25 && /^,\s+which\b/.test(f.text.slice(s.end));
    if (!targets.length)
      targets = sides.filter(
        (s) => !apart(s.index) && (!bystander(s) || ownRateRightAfter(s)) && !importer(s) && goodsAfter(s),
      );
    const won = !targets.length;
    if (won) targets = sides.filter((s) => !apart(s.index) && WON_AFTER.test(f.text.slice(s.end, s.end + 40)));
    let target = targets.sort((a, b) => Math.abs(a.index - p.index) - Math.abs(b.index - p.index))[0] ?? null;
    // "Thailand and Cambodia, which had faced 36% and 49% respectively": the i-th rate, the i-th country.
    const paired = respectively(f, p, sides);
    if (paired) target = paired.side;
    // Under a tracker's row label, the row's country is the one a rate with no target falls on.
    if (
      !target &&
      row &&
      f.topic!.code !== f.usualImposer &&
      !sides.some(
        (s) =>
          !apart(s.index) && !bystander(s) && !BUYING_BEFORE.test(f.text.slice(Math.max(0, s.index - 40), s.index)),
      )
    ) {
      target = { index: -1, code: f.topic!.code, end: -1 };
    }
    if (!target && MANY_COUNTRIES.test(f.text)) continue;
    // The imposer: the first other side the sentence names, through a person or organization too.
    // (not the one speaking: "Deputy Minister Phan Thị Thắng said the 20 per cent rate was …")
    const people = f.actors.filter(
      (a) => a.kind === 'person' && a.country && !SPEAKER_AFTER.test(f.text.slice(a.end, a.end + 80)),
    );
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
    const inClause = candidates.filter((c) => (c.index < 0 || !apart(c.index)) && !listedWith.has(c.code));
    // Failing one there, the document's usual imposer before a side told apart ("…, while Laos …").
    const usual =
      target &&
      ((f.knownDirection && f.knownDirection[0] !== target.code) || (f.usualImposer && f.usualImposer !== target.code));
    // (With no target either, a side in another clause is another measure's: "cut our tariffs to zero while the U.S. keeps 15%".)
    const pool = inClause.some((c) => c.code !== target?.code)
      ? inClause
      : usual || !target
        ? []
        : candidates.filter((c) => !listedWith.has(c.code));
    const named =
      (owner && owner.code !== target?.code ? { index: owner.index, code: owner.code } : undefined) ??
      pool.find((c) => c.code !== target?.code && c.index < (target?.index ?? Infinity)) ??
      pool.find((c) => c.code !== target?.code);
    // "President Trump imposed a 24% tariff on Japanese goods", in an article about Japan and the
    // US: the side not targeted is the other country the article is about.
    // The document's own measures on that country say who imposes them, before its main pair does.
    // (a third country the document's usual imposer names a rate for: "Thailand and Cambodia each face 19%")
    // (a country outside the document's pair takes the usual imposer's rate, not the pair's direction)
    const outsider =
      target !== null && f.mainPair.length === 2 && !f.mainPair.includes(target.code) && Boolean(f.usualImposer);
    const other = !target
      ? undefined
      : outsider
        ? f.usualImposer!
        : f.knownDirection && f.knownDirection[0] !== target.code
          ? f.knownDirection[0]
          : f.usualImposer && f.usualImposer !== target.code
            ? f.usualImposer
            : f.mainPair.includes(target.code)
              ? f.mainPair.find((c) => c !== target!.code)
              : undefined;
    let imposer = named ?? (other ? { index: -1, code: other } : null);
    // "New Delhi chose to negotiate. It had already cut its import duty on bourbon to 100%": the
    // pronoun's country imposes it, on the other side of the document's pair.
    // (a side named only after the rate plays another part: "… moves widely seen as aimed at the US")
    if (
      (!named || named.index > p.index) &&
      f.antecedent &&
      target?.code !== f.antecedent &&
      PRONOUN_SUBJECT.test(f.text.slice(0, p.index))
    ) {
      imposer = { index: -1, code: f.antecedent };
      if (!target && f.mainPair.includes(f.antecedent)) {
        const pairOther = f.mainPair.find((c) => c !== f.antecedent);
        if (pairOther) target = { index: -1, code: pairOther, end: -1 };
      }
    }
    // The countries of a "respectively" list are all on the receiving end.
    // (and the side imposing on them is the document's usual one, not another country named in passing)
    if (paired)
      imposer =
        !outsider && f.knownDirection && !paired.listed.includes(f.knownDirection[0])
          ? { index: -1, code: f.knownDirection[0] }
          : other
            ? { index: -1, code: other }
            : null;
    // "would put Indonesia on equal footing with Vietnam, which agreed to a 20% rate": the country
    // this document's measures fall on imposes nothing on a third one; the usual imposer does.
    if (
      won &&
      target?.index !== -1 &&
      imposer &&
      target &&
      f.knownDirection &&
      imposer.code === f.knownDirection[1] &&
      target.code !== f.knownDirection[0] &&
      p.value > 0
    ) {
      imposer = { index: -1, code: f.knownDirection[0] };
    }
    // "The 20% rate Trump announced for the bloc": no side named at all; the direction of the
    // measures this document has stated so far, when there is just one.
    let inferred = target;
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
    if (imposer && !target && f.knownDirection && imposer.code === f.knownDirection[1] && p.value > 0) imposer = null;
    // No side found, but the sentence names other countries ("while Laos and Myanmar … were hit with
    // 40%", "Competitors in Vietnam and Bangladesh pay 20%"): the rate is not the document's.
    // ("Korean goods have paid 15% …, but cars still face 25%"; not "purchases of Russian oil")
    const strangers = f.countries.some(
      (c) =>
        c.form !== 'capital' &&
        f.knownDirection &&
        !f.knownDirection.includes(c.code) &&
        !BUYING_BEFORE.test(f.text.slice(Math.max(0, c.index - 40), c.index)),
    );
    if (!imposer && !target && strangers) continue;
    const sidesInferred = !imposer && !target && f.knownDirection !== null;
    if (!imposer && !target && f.knownDirection) {
      imposer = { index: -1, code: f.knownDirection[0] };
      inferred = { index: -1, code: f.knownDirection[1], end: -1 };
    } else if (imposer && !target) {
      // "The 20% rate Trump announced for the bloc": the other side of the document's direction or pair.
      const other =
        f.knownDirection?.[0] === imposer.code
          ? f.knownDirection[1]
          : f.mainPair.includes(imposer.code)
            ? f.mainPair.find((c) => c !== imposer!.code)
            : undefined;
      if (other) inferred = { index: -1, code: other, end: -1 };
    }
    // "cut … from 46% to 20%", "20%, down from 46%": the rate left behind is superseded.
    // (the high end of a range takes what is said before its low end: "below the provisional levies
    // of 15.6% to 62.4%")
    // (not "from 25% to 15%", a change)
    const rangeStart =
      f.percents
        .filter(
          (q) =>
            q.index < p.index &&
            /^\s*(?:to|-|–)\s*$/.test(f.text.slice(q.index + q.text.length, p.index)) &&
            !/\bfrom\s+(?:the\s+)?$/i.test(f.text.slice(Math.max(0, q.index - 15), q.index)),
        )
        .at(-1) ?? p;
    const before = f.text.slice(Math.max(0, p.index - 30), p.index);
    const rangeBefore = f.text.slice(Math.max(0, rangeStart.index - 50), rangeStart.index);
    // ("below the 46% threatened", but not "whose duty is below 15%", a bound)
    // ("lowered from the 24 per cent announced on 2 April and the 25 per cent notified in the letter":
    // both left behind)
    const listedAfterFrom =
      /\bfrom\s+(?:the\s+)?[\d.]+\s?(?:%|per\s*cent|percent)[^;.%]{0,80}?\band\s+(?:the\s+)?$/i.test(
        f.text.slice(Math.max(0, p.index - 120), p.index),
      );
    const replacedWord =
      (listedAfterFrom ||
        /\b(?:from|instead\s+of|replacing|replaces|replaced|averting)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:previous\s+|earlier\s+|current\s+|existing\s+|threatened\s+)?$|\b(?:than(?:\s+half)?|below|compared\s+(?:with|to))\s+(?:the|its|a|an)\s+(?:previous\s+|earlier\s+|current\s+|existing\s+|threatened\s+|provisional\s+|interim\s+|temporary\s+)?(?:(?:levies|duties|tariffs|rates?)\s+of\s+(?:up\s+to\s+)?)?$/i.test(
          rangeBefore,
        )) &&
      !/\bexempt(?:ed|s|ing)?\s+from\s+(?:the\s+)?$/i.test(before) &&
      // (under a rated row label, "Down from 32% announced in April" leaves the label's rate behind)
      (f.percents.some((q) => q !== p) || Boolean(f.topic?.rated));
    // "has proposed raising it to 50%, from 20% currently": the rate left behind still applies.
    // ("will lower its tariff on European cars from 27.5% to 15% — but only once the Commission …": until
    // then, the old rate applies.)
    const stillApplies =
      replacedWord &&
      (/^\s*(?:currently|now|at\s+present)\b/i.test(f.text.slice(p.index + p.text.length)) ||
        /\b(?:propos\w*|plans?\s+to|seeks?\s+to)\b/i.test(f.text) ||
        (/\b(?:will|would|intends?\s+to)\s+(?:\w+\s+)?(?:lower|cut|reduce|raise|increase|trim|slash|halved?|brought\s+down)\b[^.;—]*$/i.test(
          f.text.slice(0, p.index),
        ) &&
          /\b(?:only\s+(?:once|when|if|after)|once|if|when|provided|unless|contingent|conditional)\b/i.test(
            f.text.slice(p.index),
          )));
    // "announced a 20% rate on EU goods, only to cut it to 10% a week later": the rate cut is left behind.
    // (not a plan: "will halve its 150% tariff to 75% …, and cut it to 40% by the tenth year")
    const cutAfter = f.percents.some(
      (r) =>
        r.index > p.index &&
        CUT_IT_TO.test(f.text.slice(Math.max(0, r.index - 30), r.index)) &&
        !/[;]/.test(f.text.slice(p.index, r.index)) &&
        !FUTURE_WORDS.test(f.text.slice(0, r.index)),
    );
    const replaced = (replacedWord && !stillApplies) || cutAfter;
    // "will halve its 150% tariff": the rate being cut is the one in force.
    // (but "lowering the 25 percent rate that was set to kick in", told as done, leaves it behind)
    const cutting =
      /\b(?:halv|cut|reduc|lower|slash|trimm?)\w*\s+(?:its|their|the)\s+(?:current\s+|existing\s+)?$/i.test(before);
    const current = cutting && /\b(?:will|would|plans?\s+to|intends?\s+to)\b[^.;]*$/i.test(f.text.slice(0, p.index));
    // (not "consider lowering the 20% tariff", "to cut its 150% tariff": a request or a plan)
    const loweredPast =
      cutting &&
      !current &&
      !/\b(?:(?:consider|propos|suggest|seek|ask|urg|call)\w*(?:\s+for)?|to)\s+(?:halv|cut|reduc|lower|slash|trimm?)\w*\s+\w+\s+(?:\w+\s+)?$/i.test(
        f.text.slice(Math.max(0, p.index - 60), p.index),
      );
    // A table's "46% → 20%": the rate first announced, then the one charged now.
    const arrowFrom = /^\s*(?:→|->)\s*\d/.test(f.text.slice(p.index + p.text.length));
    const arrowTo = /(?:→|->)\s*$/.test(before) && !FUTURE_WORDS.test(f.text);
    // (a tracker's rated row tells where rates stand: "VIETNAM - 20%", "Cars pay 15%, backdated to Aug. 1")
    const standing = f.topic?.rated && !FUTURE_WORDS.test(f.text) ? 'in_effect' : 'announced';
    // "the standard 10% car tariff", "the existing 2.5% levy": a rate that stands, whatever else is told.
    const standard = /\b(?:standard|existing|normal|usual|regular|MFN|most-favou?red-nation)\s+$/i.test(before);
    let status: TariffStatus =
      replaced || arrowFrom || loweredPast
        ? 'superseded'
        : current || arrowTo || stillApplies || standard
          ? 'in_effect'
          : (statusNear(f.text, p.index) ?? standing);
    // "The 25% rate set out in the letter will not be applied": the negation outweighs any nearer verb.
    const dropped = NOT_APPLIED.exec(f.text);
    if (dropped && !/;/.test(f.text.slice(Math.min(dropped.index, p.index), Math.max(dropped.index, p.index))))
      status = 'withdrawn';

    // A date belongs to the rate nearest to it, in its own clause ("…replacing the 30% rate …
    // from August 1"); "took effect on August 7" dates the rate before it. Explicit dates win
    // over relative ones.
    // The nearest rate in the date's own clause (", and only the 10% baseline was charged" is another).
    const nearestRate = (i: number) => {
      const own = f.percents.filter(
        (q) => !/[;]|,\s+(?:and|but|while|whereas)\b/i.test(f.text.slice(Math.min(q.index, i), Math.max(q.index, i))),
      );
      return (own.length ? own : f.percents).reduce((best, q) =>
        Math.abs(q.index - i) < Math.abs(best.index - i) ? q : best,
      );
    };
    const precedingRate = (i: number) => f.percents.filter((q) => q.index < i).at(-1);
    // "the 25% rate threatened in July as well as the 24% level": a date in a rate's participle is that rate's.
    const dateOwner = (i: number) => {
      const q = precedingRate(i);
      // "cut its tariff to 10% from 20% on Monday": the day is the cut's, so the new rate's.
      const cutTo =
        q &&
        f.percents.find(
          (r) => r.index < q.index && /^\s*from\s+(?:the\s+)?$/i.test(f.text.slice(r.index + r.text.length, q.index)),
        );
      if (
        cutTo &&
        /\bto\s+$/i.test(f.text.slice(Math.max(0, cutTo.index - 4), cutTo.index)) &&
        !/[;,]/.test(f.text.slice(q.index, i))
      )
        return cutTo;
      return q &&
        PAST_OF_RATE.test(f.text.slice(q.index + q.text.length, i)) &&
        ANNOUNCED_WHEN.test(f.text.slice(q.index, i))
        ? q
        : nearestRate(i);
    };
    const isEffective = (d: DateFound) =>
      EFFECTIVE.test(f.text.slice(Math.max(0, d.index - 30), d.index)) || /^(?:from|effective|since)\b/i.test(d.text);
    // "duties of 27.7% to 34.9% …, applied from 5 July": a range's rates share their date of effect.
    const inRange = (q: PercentFound) =>
      q === p ||
      /^\s*(?:to|and|-|–)\s*$/.test(
        f.text.slice(Math.min(p.index + p.text.length, q.index + q.text.length), Math.max(p.index, q.index)),
      );
    // "tariffs of 100% on canola, and a 25% levy on pork, from March 20": a date of effect closing
    // a list of rates dates each of them.
    // ("…came into force on Thursday, replacing the 10% rate that had been in place since April": the
    // date closes the replaced rate's clause, not a list.)
    const closesList = (d: DateFound) =>
      d.index > p.index &&
      !/\b(?:replac\w*|instead\s+of)\b/i.test(f.text.slice(p.index, d.index)) &&
      f.percents.every(
        (q) => q.index < p.index || q.index > d.index || q === p || !/;/.test(f.text.slice(p.index, d.index)),
      );
    // (Not "the rate that had been due to apply from Friday": another rate's plan.)
    const plannedElsewhere = (d: DateFound) =>
      /\b(?:had\s+been|was|were)\s+(?:due|set|scheduled|to)\b/i.test(f.text.slice(Math.max(0, d.index - 40), d.index));
    const effective = f.dates.find((d) => {
      if (!isEffective(d) || plannedElsewhere(d)) return false;
      const owner = precedingRate(d.index) ?? nearestRate(d.index);
      return (
        owner === p ||
        (owner !== undefined && inRange(owner)) ||
        (owner !== undefined && owner.index > p.index && closesList(d) && !/;/.test(f.text.slice(p.index, d.index)))
      );
    });
    // "…, the ministry said on Saturday": the day it was said dates every rate announced or changed,
    // but not one replaced ("down to 15% from 39%, the government said Friday" is not when the 39% was set).
    const saidOn = (d: DateFound) =>
      /\b(?:said|stated|told\s+\w+)\s+(?:on\s+)?$/i.test(f.text.slice(Math.max(0, d.index - 14), d.index));
    const said = f.dates.find((d) => saidOn(d) && d.index > p.index);
    const own = f.dates
      .filter(
        (d) =>
          d !== effective &&
          !isEffective(d) &&
          !(saidOn(d) && status === 'superseded') &&
          (d.start.precision !== 'year' || !/\d{4}\s*$/.test(d.text)),
      )
      .filter((d) => !/\b(?:until|till|through|since)\s+$/i.test(f.text.slice(Math.max(0, d.index - 8), d.index)))
      .filter((d) => dateOwner(d.index) === p && sameClause(f.text, d.index, p.index))
      .sort(
        (a, b) => Number(a.relative) - Number(b.relative) || Math.abs(a.index - p.index) - Math.abs(b.index - p.index),
      );
    // "Ottawa responded the same day with its own 25% tariffs": the day the sentence names.
    const sameDay = /\b(?:the\s+same|that)\s+day\b/i.test(f.text)
      ? f.dates.find((d) => d.start.precision === 'day' && d !== effective)
      : undefined;
    const date = own[0] ?? (status === 'announced' && said && said !== effective ? said : null) ?? sameDay ?? null;
    // "raised its tariff … to 35% on August 1" (before publication): the new rate applies.
    const lead = f.text.slice(Math.max(0, p.index - 120), p.index);
    // ("a decision to cut tariffs" is a decision, not the cut.)
    // ("cutting its import duty on bourbon to 100%" told of February: done, unless only considered)
    const changed =
      /(?<!\bto\s|\b(?:consider|propos|plan|aim|seek|suggest)\w*\s)\b(?:raised|hiked|increased|lowered|cut|reduced|doubled|tripled|halved|cutting|lowering|reducing|raising)\b/i.test(
        lead,
      ) && !/\bthreat/i.test(lead);
    const when = date?.start.date ?? effective?.start.date;
    if (status === 'announced' && changed && when && f.publishedDate && !isAfter(when, f.publishedDate))
      status = 'in_effect';
    // "it imposed duties of up to 34.9% on brandy in July", told in December: imposed weeks before, it
    // is in force (imposed this week, it is the news: announced).
    // ("Canada's 25% tariffs on US goods, imposed in March, remain in place": the participle after it too)
    const imposedWords = date && date.index > p.index ? lead + f.text.slice(p.index, date.index) : lead;
    const imposedBefore =
      /\bimposed\b/i.test(imposedWords) &&
      !/\bthreat/i.test(imposedWords) &&
      when &&
      f.publishedDate &&
      daysBetween(when, f.publishedDate) >= 14;
    if (status === 'announced' && imposedBefore) status = 'in_effect';
    // "U.S. duties … were cut to 30%", "China's levies fell from 125% to 10%": a change told as done.
    if (status === 'announced' && MOVED_TO.test(before) && !FUTURE_WORDS.test(f.text) && !isHedged(f.text))
      status = 'in_effect';
    // "applied from 5 July", "effective June 1", said after that day: in effect (not "he said the EU
    // would face a 30% tariff from 1 August": a threat reported).
    // (nor "threatened to raise duties to 50% from 1 June")
    if (
      status === 'announced' &&
      !/\bwould\b/i.test(f.text.slice(Math.max(0, p.index - 40), p.index)) &&
      !/\bthreat/i.test(lead) &&
      effective?.start.date &&
      effective.start.precision === 'day' &&
      f.publishedDate &&
      !isAfter(effective.start.date, f.publishedDate)
    ) {
      status = 'in_effect';
    }
    // "before a 25% tariff takes effect on August 1": not in effect yet.
    if (
      status === 'in_effect' &&
      !current &&
      !stillApplies &&
      effective?.start.date &&
      f.publishedDate &&
      isAfter(effective.start.date, f.publishedDate)
    )
      status = 'announced';
    const announcer = people.find((a) => a.country === imposer?.code) ?? f.actors.find((a) => a.kind === 'person');
    const frame: TariffFrame = {
      index: p.index,
      text: p.text,
      ratePercent: p.value,
      // A speculative sentence states no measure; it may still mention one already stated.
      imposingCountry: speculative ? null : (imposer?.code ?? null),
      targetCountry: speculative ? null : (inferred?.code ?? null),
      ...kindAndScope(f, p, status),
      status,
      announcedDate: date?.start.date ?? null,
      datePrecision: date?.start.precision ?? 'unknown',
      // (the day a cut takes effect is not the day the rate it cuts did)
      // (nor the day a threat would have applied from)
      effectiveDate: stillApplies || /\bthreat/i.test(lead) ? null : (effective?.start.date ?? null),
      announcedByKey: announcer?.key ?? null,
      conditions: CONDITION.exec(f.text)?.[0].trim().replace(/[,;]$/, '') ?? null,
      hedged: isHedged(f.text),
      sidesInferred,
      announcedOn: date !== null && ANNOUNCED_WHEN.test(f.text.slice(Math.max(0, date.index - 40), date.index)),
      refersBack:
        /\b(?:the|this|that|its)\s+$/i.test(f.text.slice(Math.max(0, p.index - 5), p.index)) &&
        !(target && Math.abs(target.index - p.index) <= 40),
    };
    // "goods from Thailand and Malaysia", "Cambodia, Thailand and Malaysia": one rate, each target.
    const alsoTargets =
      target && target.index >= 0 && !paired && !speculative && !sidesInferred
        ? coordinated(f.text, sides, target).filter((c) => c !== imposer?.code)
        : [];
    for (const code of alsoTargets) {
      frames.push({
        ...frame,
        targetCountry: code,
        conditions: null,
        sidesInferred: false,
        refersBack: false,
        announcedOn: false,
      });
    }
    frames.push(frame);
  }
  return frames;
}

// Two countries, a rate verb, two rates: "Cambodia and Thailand were assigned 49% and 36%" (the end of
// the second rate stands in for "respectively").
const PAIRED_RATES =
  /(?<=\b(?:were|have\s+been|had\s+been)\s+(?:assigned|given|handed|hit\s+with|threatened\s+with)\s+[\d.]+\s?(?:%|per\s*cent|percent)\s+and\s+[\d.]+\s?(?:%|per\s*cent|percent))/i;

/** "A and B, which had faced 36% and 49% respectively": the country listed in this rate's place. */
function respectively(
  f: SentenceFacts,
  p: PercentFound,
  sides: Array<{ index: number; code: string; end: number }>,
): { side: { index: number; code: string; end: number }; listed: string[] } | null {
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

const nextIndex = (f: SentenceFacts, q: PercentFound, end: number) =>
  f.percents.find((r) => r.index > q.index && r.index < end)?.index ?? end;

/** Countries listed with the target: "Thailand and Malaysia", "Cambodia, Thailand and Malaysia". */
function coordinated(
  text: string,
  sides: Array<{ index: number; code: string; end: number }>,
  target: { index: number; code: string },
): string[] {
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

/** The words that qualify a rate: a little before it, and after it up to the next rate. */
// "an additional 25%", "a further 10%", "a 25% penalty": a rate charged on top of the main one.
const ADDITIONAL_BEFORE = /\b(?:additional|extra|further|secondary|penalty)\s+(?:(?:tariff|duty|levy)\s+of\s+)?$/i;
const ADDITIONAL_AFTER = /^\s*(?:additional|extra|penalty|secondary)\b/i;
// "Cars pay 15%", "goods transshipped through Vietnam face 40%": the sector is the rate's subject …
const SECTOR_BEFORE = new RegExp(String.raw`${SECTOR.source}[^;%]{0,50}$`, 'i');
// … or what it is on: "tariffs of 100 per cent on Canadian canola oil", "25-per-cent levies on U.S. steel".
const SECTOR_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+on\s+(?:[\p{L}.-]+\s+){0,3}?${SECTOR.source}`,
  'iu',
);
// "the 15% rate will also apply to automobiles": the main rate reaching a sector, not a rate of its own.
const EXTENDED = /\b(?:also|too|as\s+well|extend\w*|includ\w*|cover\w*)\b/i;
// "a 25% reciprocal rate", "the combined rate to 50%": the rate on all the country's goods.
const WHOLE = /\b(?:combined|total|overall|headline|across[- ]the[- ]board|all[- ]inclusive)\b/i;

/** What kind of measure the rate is, and which of the measures between its sides it belongs to. */
function kindAndScope(
  f: SentenceFacts,
  p: PercentFound,
  status: TariffStatus,
): { kind: TariffKind; scope: TariffScope } {
  const window = kindWindow(f, p);
  const kind = kindOf(window, status, p.value);
  const previous = f.percents.filter((q) => q.index < p.index).at(-1);
  const before = f.text.slice(Math.max(0, p.index - 60, previous ? previous.index + previous.text.length : 0), p.index);
  const after = f.text.slice(p.index + p.text.length, p.index + p.text.length + 60);
  if (ADDITIONAL_BEFORE.test(before.slice(-30)) || ADDITIONAL_AFTER.test(after))
    return { kind: kind === 'general' ? 'additional' : kind, scope: 'additional' };
  const [from, to] = clauseOf(f.text, p.index);
  if ((SECTOR_BEFORE.test(before) || SECTOR_AFTER.test(after)) && !EXTENDED.test(f.text.slice(from, to)))
    return { kind: 'sectoral', scope: 'sectoral' };
  if (kind === 'reciprocal' || kind === 'baseline' || kind === 'negotiated' || WHOLE.test(window))
    return { kind, scope: 'main' };
  return { kind, scope: 'plain' };
}

function kindWindow(f: SentenceFacts, p: PercentFound): string {
  const next = f.percents.find((q) => q.index > p.index);
  const before = f.percents.filter((q) => q.index < p.index).at(-1);
  const from = Math.max(0, p.index - 50, before ? before.index + before.text.length : 0);
  const to = Math.min(p.index + p.text.length + 50, next ? next.index : f.text.length);
  return f.text.slice(from, to);
}

const OTHER_MEASURE =
  /\b(?:repo|interest\s+rates?|bank\s+deposits?|savings|policy\s+rate|inflation|unemployment|growth|gdp|gross\s+domestic|grew|market\s+share|stake|margins?|(?:dis)?advantage|yields?|forecast|poll|votes?)\b/gi;

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

/** No clause break (semicolon, dash, "after", "when"…) between two offsets; a comma is not one. */
function sameClause(text: string, a: number, b: number): boolean {
  const between = text.slice(Math.min(a, b), Math.max(a, b));
  return !/[;—]|\b(?:after|before|when|while|until)\b/i.test(between);
}

export interface TariffActFrame {
  index: number;
  text: string;
  imposingCountry: string;
  targetCountry: string;
  status: Extract<TariffStatus, 'announced' | 'in_effect' | 'paused' | 'withdrawn'>;
  date: DateFound;
}

// What was done to tariffs when no rate is given: "Lower US tariffs on British cars took effect on
// Monday", "The new duties take effect Aug. 6".
const ACTS: Array<[TariffActFrame['status'], RegExp]> = [
  [
    'in_effect',
    /\b(?:took|take|takes|will\s+take)\s+effect|(?:went|go|goes|will\s+go)\s+into\s+(?:effect|force)|(?:came|come|comes|will\s+come)\s+into\s+(?:effect|force)|kick(?:ed|s)?\s+in\b/i,
  ],
  ['paused', /\b(?:paused|suspended|postponed|delayed)\b/i],
  ['withdrawn', /\b(?:lifted|scrapped|revoked|rescinded|removed)\b/i],
  ['announced', /\b(?:imposed|announced|slapped)\b/i],
];

/**
 * A tariff act in a sentence that gives no rate. Needs a tariff word as the act's subject or
 * object, a date that is not a bare year, and both sides (named, or the document's direction).
 */
export function recogniseTariffActs(f: SentenceFacts, dateOf: (index: number) => DateFound | null): TariffActFrame[] {
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
    const sides = f.countries.map((c) => ({ index: c.index, code: c.code, end: c.index + c.text.length }));
    const target =
      sides.find((x) => TARGET_BEFORE.test(f.text.slice(Math.max(0, x.index - 60), x.index))) ??
      sides.find((x) => GOODS_AFTER.test(f.text.slice(x.end, x.end + 90)));
    const others = sides.filter((x) => x.code !== target?.code && !isBystander(f.text, x.index));
    let imposer = others[0]?.code ?? null;
    let targetCode = target?.code ?? null;
    if (!imposer && targetCode)
      imposer =
        f.knownDirection?.[1] === targetCode ? f.knownDirection[0] : (f.mainPair.find((c) => c !== targetCode) ?? null);
    if (!imposer && !targetCode && f.knownDirection) [imposer, targetCode] = f.knownDirection;
    if (!imposer || !targetCode || imposer === targetCode) return [];
    return [{ index: verb.index, text: verb[0], imposingCountry: imposer, targetCountry: targetCode, status, date }];
  }
  return [];
}
