// The tariff vocabulary, defined once: the words for a tariff, the goods and sectors a rate may
// fall on, and the verbs that say what became of a measure. Every step of the tariff recogniser
// reads these; the patterns of syntax around them stay with the step that reads them.
import type { TariffStatus } from '../../types.js';
import type { TariffActFrame } from './types.js';

// ("a 100-per-cent surtax on Chinese-made electric vehicles", "importers … to pay a 75.8-per-cent
// deposit" in an anti-dumping case; not a bank's deposit rate)
export const TARIFF_WORD =
  /\b(?:tariffs?|duty|duties|levy|levies|surtax(?:es)?|penalty\s+tariffs?|import\s+tax(?:es)?|customs\s+rates?|countermeasures|counter-tariffs|(?:cash\s+)?deposits?(?!\s+rates?))\b/i;
export const TARIFF_WORDS = new RegExp(TARIFF_WORD.source, 'gi');

// Status words, strongest first; the nearest to the rate wins within each class.
export const STATUS_WORDS: Array<[TariffStatus, RegExp]> = [
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

// Verbs of acts on a tariff, as opposed to states ("have paid a 10% tariff"): an act is an event.
export const TARIFF_ACT =
  /\b(?:in\s+(?:force|effect)\s+from|hits?\s+back|retaliat\w*|announc\w*|impos\w*|unveil\w*|set|sets|rais(?:e|es|ed|ing)|hik\w*|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|slapp?\w*|levied|introduc\w*|threaten\w*|took\s+effect|takes?\s+effect|went\s+into\s+(?:effect|force)|came\s+into\s+(?:effect|force)|kicked\s+in|paus\w*|suspend\w*|lift\w*|scrapp\w*|revok\w*|dropp\w*|remov(?:e|es|ed|ing)|cut|cutting|lower\w*|reduc\w*)\b/i;

// What was done to tariffs when no rate is given: "Lower US tariffs on British cars took effect on
// Monday", "The new duties take effect Aug. 6".
export const ACTS: Array<[TariffActFrame['status'], RegExp]> = [
  [
    'in_effect',
    /\b(?:took|take|takes|will\s+take)\s+effect|(?:went|go|goes|will\s+go)\s+into\s+(?:effect|force)|(?:came|come|comes|will\s+come)\s+into\s+(?:effect|force)|kick(?:ed|s)?\s+in\b/i,
  ],
  ['paused', /\b(?:paused|suspended|postponed|delayed)\b/i],
  ['withdrawn', /\b(?:lifted|scrapped|revoked|rescinded|removed)\b/i],
  ['announced', /\b(?:imposed|announced|slapped)\b/i],
];

export const SECTOR =
  /\b(?:steel|aluminium|aluminum|autos?|automobiles?|auto\s+parts|cars|vehicles|EVs?|semiconductors?|chips|lumber|timber|copper|pharmaceuticals?|textiles?|transs?hipp\w*|anti-dumping|countervailing|deposits?|canola|pork|beef|poultry|chicken|seafood|aquatic|shrimp|whiske?y|bourbon|ethanol|spirits|wine|dairy|rice|soybeans?|coffee|solar|batteries)\b/i;

// Goods a country's name or adjective may stand before: "Korean automobiles", "American ethanol".
export const GOODS_NOUNS = String.raw`steel|aluminium|aluminum|copper|cars|autos|automobiles|auto\s+parts|vehicles|textiles|garments|footwear|furniture|ethanol|beef|pork|poultry|chicken|seafood|shrimp|rice|soybeans|coffee|dairy|wine|whiske?y|bourbon|spirits|canola|lumber|timber|pharmaceuticals|semiconductors|chips`;

// In an article that has stated tariffs, "a 24% "reciprocal" rate" and "the rate to 25%" are
// tariff rates too (but not growth, interest or inflation rates).
export const RATE_WORD =
  /(?<!\b(?:growth|interest|inflation|unemployment|exchange|tax|savings|mortgage|policy)\s)\brates?\b/i;
export const RATE_VERB =
  /\b(?:faced?|faces|got|gets|pay|pays|paid|charged|assigned|handed|replac(?:es|ed|ing)\s+the|cut\s+to|raised\s+to|lowered\s+to|(?:fall(?:s|ing)?|fell|drop(?:s|ping|ped)?|ris(?:e|es|ing)|rose)\s+to|instead\s+of\s+the|from\s+the|hit\s+with|threatened\s+with)/i;
// A sentence about money or markets: its bare "rate" is a central bank's, not a tariff.
export const MONETARY =
  /\b(?:central\s+bank|reserve\s+bank|state\s+bank|monetary|repo|refinanc\w*|benchmark|lending|deposit|interest|inflation|bond|yields?|currency|stocks?|shares|index|gdp|gross\s+domestic)\b/i;
export const OTHER_MEASURE =
  /\b(?:repo|interest\s+rates?|bank\s+deposits?|savings|policy\s+rate|inflation|unemployment|growth|gdp|gross\s+domestic|grew|market\s+share|stake|margins?|(?:dis)?advantage|yields?|forecast|poll|votes?)\b/gi;
