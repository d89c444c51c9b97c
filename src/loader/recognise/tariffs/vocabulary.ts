// The tariff vocabulary, defined once as lists: the words for a tariff, the goods and sectors a
// rate may fall on, and the verbs that say what became of a measure, by the status each gives it.
// Every step of the tariff recogniser reads these; the patterns of syntax around them stay with the
// step that reads them. Each entry is one alternative of a regular expression, written as it is
// matched (whitespace separates entries: none holds a space, "\s+" stands for one).
import type { TariffStatus } from '../../types.js';
import type { TariffActFrame } from './types.js';

const list = (entries: string): string[] => entries.trim().split(/\s+/);
/** Any of the entries, as a whole word. */
const words = (entries: string[], flags = 'i') => new RegExp(String.raw`\b(?:${entries.join('|')})\b`, flags);

// ("a 100-per-cent surtax on Chinese-made electric vehicles", "importers … to pay a 75.8-per-cent
// deposit" in an anti-dumping case; not a bank's deposit rate)
export const TARIFF_NOUNS = list(String.raw`
  tariffs? duty duties levy levies surtax(?:es)? penalty\s+tariffs? import\s+tax(?:es)? customs\s+rates?
  countermeasures counter-tariffs (?:cash\s+)?deposits?(?!\s+rates?)
`);
export const TARIFF_WORD = words(TARIFF_NOUNS);
export const TARIFF_WORDS = new RegExp(TARIFF_WORD.source, 'gi');

/**
 * What the words beside a rate say of it, by status. Strongest first: the nearest to the rate wins
 * within each class, and on a tie the earlier class (statusNear).
 */
const STATUS_NEAR_RATE: Array<[TariffStatus, string[], flags?: string]> = [
  // ("which had faced 36%": the rate they faced before.)
  [
    'superseded',
    list(String.raw`
      (?:had\s+)?peaked\s+at defus(?:ed|ing) replac(?:ed|ing|es) supersed(?:ed|ing) instead\s+of avert(?:ed|ing)
      averts had\s+faced initially\s+assigned originally\s+(?:set|assigned) ending\s+(?:\w+\s+){0,3}(?:in\s+which|when|of)
    `),
  ],
  // ("lifted the rate to 25%" raises it: not a withdrawal)
  [
    'withdrawn',
    list(String.raw`
      back(?:ed|s|ing)?\s+down withdr[ae]w\w* scrapp(?:ed|ing) revok(?:ed|ing) rescind(?:ed|ing)
      lift(?:s|ed)(?![^.;%]{0,40}\b(?<!\bup\s)to\s+\d) removed dropped
    `),
  ],
  [
    'paused',
    list(String.raw`
      paus(?:e|ed|ing) suspend(?:ed|ing)? suspension delay(?:ed|ing|s)? postpon(?:ed|ing) deferr?(?:ed|ing) halted
      on\s+hold reprieve h[eo]ld(?:ing)?\s+off push(?:ed|ing)?\s+(?:\w+\s+){0,5}back pull(?:ed|s)?\s+back
    `),
  ],
  // (statusNear reads these without the u flag, as it always has: there "\p{Lu}" is a literal "p{Lu}")
  [
    'in_effect',
    list(String.raw`
      took\s+effect takes\s+effect went\s+into\s+(?:effect|force) came\s+into\s+(?:effect|force) in\s+effect
      in\s+force in\s+place kicked\s+in now\s+appl(?:y|ies)
      (?:began|begin|begins|started|start|starts)\s+(?:collecting|paying|facing|charging|applying)
      (?<!\b(?:consider\w*|recommend\w*|suggest\w*|propos\w*|urg\w*)\s+(?:\w+\s+)?)applying
      (?:currently|now|still|already)\s+(?:face|faces|pay|pays) continues?\s+to\s+(?:pay|face|apply)
      keeps?\s+(?:paying|facing) currently at\s+present (?:have|has)\s+(?:paid|faced|been\s+(?:charged|paying|subject\s+to))
      since\s+(?=\p{Lu}|\d)
    `),
    'iu',
  ],
  // "would face a 19% tariff" is a decision; "could reduce all tariffs" is an offer.
  [
    'proposed',
    list(String.raw`
      propos\w* suggest\w* offer(?:ed|ing|s)? float(?:ed|ing) call(?:ed|ing)?\s+for seeks? seeking
      (?:could|might|would|may)\s+(?:\w+\s+)?(?:reduce|cut|lower|eliminate|scrap|remove|drop|slash)
    `),
  ],
  [
    'announced',
    list(String.raw`
      announc\w* hits?\s+back retaliat\w* impos\w* slapp?\w* levied unveil\w* introduc\w* threaten\w* set raised hiked
      ordered
    `),
  ],
];
export const STATUS_WORDS: Array<[TariffStatus, RegExp]> = STATUS_NEAR_RATE.map(([status, entries, flags]) => [
  status,
  words(entries, flags),
]);

// Verbs of acts on a tariff, as opposed to states ("have paid a 10% tariff"): an act is an event.
export const TARIFF_ACT_VERBS = list(String.raw`
  in\s+(?:force|effect)\s+from hits?\s+back retaliat\w* announc\w* impos\w* unveil\w* set sets rais(?:e|es|ed|ing)
  hik\w* doubl(?:e|es|ed|ing) tripl(?:e|es|ed|ing) slapp?\w* levied introduc\w* threaten\w* took\s+effect
  takes?\s+effect went\s+into\s+(?:effect|force) came\s+into\s+(?:effect|force) kicked\s+in paus\w* suspend\w*
  lift\w* scrapp\w* revok\w* dropp\w* remov(?:e|es|ed|ing) cut cutting lower\w* reduc\w*
`);
export const TARIFF_ACT = words(TARIFF_ACT_VERBS);

// What was done to tariffs when no rate is given, by status, in the order tried: "Lower US tariffs
// on British cars took effect on Monday", "The new duties take effect Aug. 6".
// (the verbs of taking effect are bounded one by one, as they have always been matched)
export const ACTS: Array<[TariffActFrame['status'], RegExp]> = [
  [
    'in_effect',
    new RegExp(
      list(String.raw`
        \b(?:took|take|takes|will\s+take)\s+effect (?:went|go|goes|will\s+go)\s+into\s+(?:effect|force)
        (?:came|come|comes|will\s+come)\s+into\s+(?:effect|force) kick(?:ed|s)?\s+in\b
      `).join('|'),
      'i',
    ),
  ],
  ['paused', words(list('paused suspended postponed delayed'))],
  ['withdrawn', words(list('lifted scrapped revoked rescinded removed'))],
  ['announced', words(list('imposed announced slapped'))],
];

// A status change told after a rate was announced, in the same sentence ("… announced and later
// suspended"), by the status it moves the measure to, in the order tried. Its own lists, not ACTS':
// it reads participles ("pausing", "suspending") and "have been collected since" that ACTS does not,
// and none of ACTS' "imposed" or "removed".
export const STATUS_CHANGES: Array<[TariffStatus, RegExp]> = [
  ['paused', words(list('paused pausing suspended suspending postponed delayed'))],
  [
    'in_effect',
    words(
      list(String.raw`
        took\s+effect went\s+into\s+(?:effect|force) came\s+into\s+(?:effect|force) kicked\s+in
        (?:have|has)\s+been\s+(?:collected|applied|charged|levied)\s+since
      `),
    ),
  ],
  ['withdrawn', words(list('withdrew scrapped revoked rescinded lifted'))],
];

/**
 * Goods and sectors, one row each: [as a sector a rate is on, as goods a country's name stands
 * before], null where only one list has the word. The two lists differ on purpose, and merging
 * them would change what the loader reads: SECTOR makes a rate sectoral wherever the word is near
 * it, so it takes singulars ("the auto tariff", "a semiconductor duty") and trade-remedy words
 * ("anti-dumping", "transshipped", "deposit") that are no goods; GOODS_NOUNS names whose goods a
 * rate falls on ("Korean automobiles", "Vietnamese garments"), where goods such as garments,
 * footwear and furniture count although a rate on them has never been read as a sector's.
 */
const GOODS: Array<[sector: string | null, goods: string | null]> = [
  ['steel', 'steel'],
  ['aluminium', 'aluminium'],
  ['aluminum', 'aluminum'],
  ['autos?', 'autos'],
  ['automobiles?', 'automobiles'],
  [String.raw`auto\s+parts`, String.raw`auto\s+parts`],
  ['cars', 'cars'],
  ['vehicles', 'vehicles'],
  ['EVs?', null],
  ['semiconductors?', 'semiconductors'],
  ['chips', 'chips'],
  ['lumber', 'lumber'],
  ['timber', 'timber'],
  ['copper', 'copper'],
  ['pharmaceuticals?', 'pharmaceuticals'],
  ['textiles?', 'textiles'],
  [null, 'garments'],
  [null, 'footwear'],
  [null, 'furniture'],
  [String.raw`transs?hipp\w*`, null],
  ['anti-dumping', null],
  ['countervailing', null],
  ['deposits?', null],
  ['canola', 'canola'],
  ['pork', 'pork'],
  ['beef', 'beef'],
  ['poultry', 'poultry'],
  ['chicken', 'chicken'],
  ['seafood', 'seafood'],
  ['aquatic', null],
  ['shrimp', 'shrimp'],
  ['whiske?y', 'whiske?y'],
  ['bourbon', 'bourbon'],
  ['ethanol', 'ethanol'],
  ['spirits', 'spirits'],
  ['wine', 'wine'],
  ['dairy', 'dairy'],
  ['rice', 'rice'],
  ['soybeans?', 'soybeans'],
  ['coffee', 'coffee'],
  ['solar', null],
  ['batteries', null],
];
export const SECTOR = words(GOODS.flatMap(([sector]) => (sector ? [sector] : [])));
// Goods a country's name or adjective may stand before: "Korean automobiles", "American ethanol".
export const GOODS_NOUNS = GOODS.flatMap(([, goods]) => (goods ? [goods] : [])).join('|');

// In an article that has stated tariffs, "a 24% "reciprocal" rate" and "the rate to 25%" are
// tariff rates too (but not growth, interest or inflation rates).
const OTHER_RATES = list('growth interest inflation unemployment exchange tax savings mortgage policy');
export const RATE_WORD = new RegExp(String.raw`(?<!\b(?:${OTHER_RATES.join('|')})\s)\brates?\b`, 'i');
// Verbs a rate is the object of ("had faced 36%", "both got 19%"), read as the start of a word.
export const RATE_VERB = new RegExp(
  String.raw`\b(?:${list(String.raw`
    faced? faces got gets pay pays paid charged assigned handed replac(?:es|ed|ing)\s+the cut\s+to raised\s+to
    lowered\s+to (?:fall(?:s|ing)?|fell|drop(?:s|ping|ped)?|ris(?:e|es|ing)|rose)\s+to instead\s+of\s+the from\s+the
    hit\s+with threatened\s+with
  `).join('|')})`,
  'i',
);
// A sentence about money or markets: its bare "rate" is a central bank's, not a tariff.
export const MONETARY = words(
  list(String.raw`
    central\s+bank reserve\s+bank state\s+bank monetary repo refinanc\w* benchmark lending deposit interest inflation
    bond yields? currency stocks? shares index gdp gross\s+domestic
  `),
);
// What a figure near a tariff word may measure instead ("the central bank kept its repo rate at 5.5%").
export const OTHER_MEASURE = words(
  list(String.raw`
    repo interest\s+rates? bank\s+deposits? savings policy\s+rate inflation unemployment growth gdp gross\s+domestic
    grew market\s+share stake margins? (?:dis)?advantage yields? forecast poll votes?
  `),
  'gi',
);
