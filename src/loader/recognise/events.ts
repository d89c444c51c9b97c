// Events a sentence reports: a trigger phrase (verb or noun pattern) decides the type; the
// sentence's dates, places and actors fill the frame. Whether a frame is a new event or another
// mention of one already seen is decided per document in extract.ts.
import { CITIES, COUNTRIES } from '../data/countries.js';
import { ordinalValue, NUMBER_WORDS } from '../text.js';
import type { EventFormat, EventStatus, EventType } from '../types.js';
import { isAfter, type DateFound } from './dates.js';
import {
  clauseOf,
  clauseTense,
  datesForEvents,
  isHedged,
  type DocumentContext,
  type ResolvedSentence,
} from './sentence.js';

/** What the event recognisers read of the document: the day it was published. */
type Ctx = Pick<DocumentContext, 'publishedDate'>;

export interface EventFrame {
  type: EventType;
  /** Offsets of the trigger inside the sentence. */
  index: number;
  text: string;
  round: number | null;
  /** "the next round" / "this round": a round named relative to the ones already seen. */
  roundRelation: 'next' | 'this' | null;
  /** "The virtual meeting", "this proposal": refers back to an event already reported. */
  definite: boolean;
  date: DateFound | null;
  status: EventStatus;
  format: EventFormat | null;
  location: string | null;
}

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

interface Trigger {
  type: EventType;
  re: RegExp;
  format?: EventFormat;
  /** Says an event happened only when it carries a date ("talks with Lutnick on 14 April"). */
  needsDate?: boolean;
  /** The date must follow the trigger ("a deal announced … on July 13"), not come from a verb before it. */
  dateAfter?: boolean;
}

// Order matters: the first trigger that matches a sentence decides its type.
const TRIGGERS: Trigger[] = [
  {
    type: 'call',
    re: /\b(?:(?:tele)?phone\s+(?:call|conversation|talks?)|(?:spoke|spoken|speak|speaks|speaking|talked|talk|talking)\s+(?:with\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3})?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|phoned|call\s+with|called\s+(?:his|her|their)\s+\w+\s+counterpart|held\s+(?:a\s+|an\s+|two\s+|several\s+)?["“]?[\w-]*["”]?\s*(?:phone\s+)?calls?["”]?)\b/iu,
    format: 'phone',
  },
  { type: 'call', re: /\bvideo\s+(?:call|conference)\b/i, format: 'virtual' },
  {
    type: 'agreement',
    re: /\b(?:reached|signed|struck|concluded|clinched|sealed|finali[sz]ed|inked|agreed\s+on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|deal|pact|accord|framework|plan|memorandum|treaty|declaration)\b/i,
  },
  // "announced a trade deal with Vietnam" (but not "announced a plan")
  {
    type: 'agreement',
    re: /\b(?:announced|unveiled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|deal|pact|accord|framework|treaty)\b/i,
  },
  // "the agreement that Trump and Starmer announced on May 8", "a deal President Trump announced"
  // ("the trade deal that Commission President Ursula von der Leyen and U.S. President Donald Trump struck")
  {
    type: 'agreement',
    re: /(?<!\b(?:unless|if|until|without|before)\s+(?:an?\s+|the\s+)?)\b(?:agreement|deal|pact|accord|framework)\s+(?:(?:that|which)\s+(?:(?!(?:can|could|will|would|may|might|should|must|be|to|not|yet)\b)[\p{L}.'’-]+,?\s+){1,12}?|(?:(?!(?:can|could|will|would|may|might|should|must|be|to|not|yet)\b)[\p{L}.'’-]+,?\s+){1,6}?)(?:announced|unveiled|signed|reached|struck|sealed|concluded)\b/iu,
  },
  // "a political agreement announced by Prabowo … on July 13" (undated, "under a deal reached in the
  // summer" only recalls one; "want the deal signed" wishes for one)
  {
    type: 'agreement',
    re: /(?<!\b(?:unless|if|until|without|before|wants?|wanted|hopes?|expects?|aims?)\s+(?:an?\s+|the\s+)?)\b(?:agreement|deal|pact|accord|framework|terms)\s*,?\s+(?:announced|unveiled|signed|reached|struck|sealed|concluded)\b/i,
    needsDate: true,
    dateAfter: true,
  },
  // "formally concluded negotiations on a comprehensive economic partnership agreement"
  {
    type: 'agreement',
    re: /\b(?:concluded|completed|wrapped\s+up|finali[sz]ed)\s+(?:the\s+|their\s+)?(?:negotiations|talks)\s+(?:on|for|over)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,5}(?:agreement|deal|pact|accord|treaty)\b/i,
  },
  // "Both sides aim to sign the agreement next year": a signing planned, kept when it is dated.
  {
    type: 'agreement',
    re: /\b(?:aims?|plans?|expects?|hopes?|intends?|set|due)\s+to\s+sign\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|deal|pact|accord|treaty)\b/i,
    needsDate: true,
  },
  // "the ministry said in a statement on Wednesday", "called the move unfair in a statement on
  // Wednesday", "In a statement issued late on Friday": a dated formal statement is an event (plain
  // "said on Monday" is not).
  { type: 'statement', re: /\b[Ii]n\s+(?:a|its|their)\s+(?:written\s+)?statement\b/, needsDate: true, dateAfter: true },
  // "said in a joint statement" attributes words; issuing one is the event.
  {
    type: 'statement',
    re: /\b(?:issued|released|published|adopted)\s+(?:an?\s+|the\s+)?(?:joint\s+)?statements?\b|(?<!\b(?:said|says|added|noted)\s+in\s+(?:a|the|their|its)\s+)\bjoint\s+statement\b/i,
  },
  // "held talks", "held two days of talks", "hold a working session"
  {
    type: 'meeting',
    re: /\b(?:held|hold|holds|holding)\s+(?:an?\s+|the\s+)?(?:next\s+)?(?:[\w-]+\s+){0,3}(?:meetings?|talks|discussions|sessions?|summit)\b/i,
  },
  // "had a meeting with Lutnick", "had talks with his counterpart"
  {
    type: 'meeting',
    re: /\b(?:had|has|have)\s+(?:an?\s+(?:[\w-]+\s+){0,2})?(?:meeting|talks|discussions|session)\s+with\b/i,
  },
  // ("met for about 90 minutes in Gyeongju on Wednesday")
  { type: 'meeting', re: /\b(?:[Mm]et|[Mm]eets)\s+(?:with\s+)?(?=\p{Lu}|(?:his|her|their|the|at|in|on|for)\b)/u },
  // A timeline's present: "- May 10-11: Bessent and Greer meet Vice Premier He Lifeng in Geneva".
  {
    type: 'meeting',
    re: /(?<!\b(?:to|will|would|could|should|may|might|must|can|cannot|not)\s)\bmeet\s+(?:with\s+)?(?=\p{Lu}|(?:in|at)\s+\p{Lu})/u,
  },
  {
    type: 'meeting',
    re: /\b(?:will|would|to|plan\s+to|are\s+set\s+to|is\s+set\s+to)\s+(?:meet|hold\s+(?:talks|a\s+meeting))\b/i,
  },
  // "beginning with talks with Lutnick on 14 April", "- May 12: After talks in Geneva, …"
  { type: 'meeting', re: /\b(?:talks|discussions|consultations)\s+(?:with|in|at)\s+(?=\p{Lu})/u, needsDate: true },
  // "The two sides then agreed on July 22 to set the reciprocal rate at 15%"
  {
    type: 'agreement',
    re: /\b(?:agreed|agree)\s+(?:on\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\s+)?to\s+(?:set|cut|lower|reduce|remove|eliminate|scrap)\b/u,
    needsDate: true,
  },
  // "A technical delegation … will visit Hà Nội next week", "Carney visited the White House on Oct. 7"
  { type: 'meeting', re: /\b(?:visited|visits|visiting|will\s+visit|to\s+visit)\s+(?:the\s+)?(?=\p{Lu})/u },
  // "Starmer hosted Modi at Chequers", "hosted his Japanese counterpart"
  { type: 'meeting', re: /\bhost(?:ed|s|ing)?\s+(?=\p{Lu}\p{Ll}|(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart)/u },
  {
    type: 'meeting',
    re: /\b(?:meeting|summit|dialogue|talks|discussions?|negotiations)\s+(?:unfolded|took\s+place|was\s+held|were\s+held|convened|opened|began|concluded|ran|lasted|ended|wrapped\s+up)\b/i,
  },
  { type: 'meeting', re: /\b(?:at|during|in|after)\s+an?\s+(?:[\w-]+\s+){0,2}(?:meeting|summit)\b/i },
  // A multilateral gathering ("the ASEAN summit", "the G7 summit") is where two sides met, not their meeting.
  {
    type: 'meeting',
    re: /\b(?:the|this|that)\s+(?!(?:[\w-]+\s+){0,2}?(?:ASEAN|APEC|BRICS|G-?7|G-?20|NATO|WTO|UN|SCO)\b)(?:[\w-]+\s+){0,2}(?:meeting|summit|discussions)\b/i,
  },
  // "in a July 7 letter", "sent a letter to Lula": in trade talks, a letter sets or threatens a rate.
  {
    type: 'tariff_action',
    re: /\b(?:in|sent|wrote|issued)\s+(?:an?\s+|the\s+|his\s+)?(?:[\w-]+\s+){0,3}letter\b|\bletter\s+(?:to|dated)\s+(?:\p{Lu}|\d|(?:von|van|de|da|del)\s)/u,
  },
  // "signed an executive order" on tariffs is an act on them ("an executive order Trump signed on Nov. 4" too).
  // ("- July 31: Trump signs an executive order …", "the executive order he signed the next day")
  {
    type: 'tariff_action',
    re: /\b(?:signed|issued|signs|issues)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:executive\s+)?order\b|\bexecutive\s+order\s+(?:that\s+)?(?:(?:President\s+)?\p{Lu}[\p{L}.'’-]+|he|she)\s+(?:signed|issued)\b|\b(?:set|raised|lowered|cut)\s+(?:[\w-]+\s+){0,4}in\s+an?\s+executive\s+order\b/iu,
  },
  {
    type: 'proposal',
    re: /\b(?:proposed|offered|suggested|floated|put\s+forward)\b(?=[^.]*\b(?:tariffs?|duties|dut(?:y|ies)[- ]free|zero|deal|agreement|cut|reduc\w*|eliminat\w*|lower\w*|purchase\w*|buy\w*)\b)/i,
  },
  // "would send a revised offer", "submitted a proposal", "tabled an offer"
  {
    type: 'proposal',
    re: /\b(?:send|sends|sent|submit|submits|submitted|table|tables|tabled|present|presents|presented|hand(?:ed)?\s+over)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:offer|proposal|proposals)\b/i,
  },
  { type: 'proposal', re: /\b(?:this|that|the)\s+(?:proposal|offer)\b/i },
  { type: 'call', re: /\b(?:the|this|that)\s+(?:phone\s+|telephone\s+)?call\b(?!\s+(?:for|to)\b)/i, format: 'phone' },
];

const VIRTUAL = /\b(?:online|virtual(?:ly)?|video\s*(?:conference|link|call)|videoconference|remotely)\b/i;
const IN_PERSON = /\b(?:in[- ]person|face[- ]to[- ]face|visit(?:ed|ing)?|travell?ed\s+to|in\s+the\s+heart\s+of)\b/i;
const DEFINITE = /^(?:the|this|that|these)\b/i;

const PLACES = [...CITIES, ...COUNTRIES.flatMap((c) => c.capitals)].sort((a, b) => b.length - a.length);
// Otherwise a capitalised place right after "in" or "at" ("at a meeting in Scotland").
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Its|His|Her|Their|Our|Which|Response|Addition|Particular|Order|Total|Return|Recent|Early|Late|Mid)$/;
const ANY_PLACE = /\b(?:in|at)\s+((?:\p{Lu}[\p{Ll}\p{M}]+)(?:\s+\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}’'])/gu;

function placeOf(text: string): string | null {
  const known = PLACE.exec(text)?.[1];
  if (known) return known;
  for (const m of text.matchAll(ANY_PLACE)) {
    const words = m[1]!.split(/\s+/);
    if (NOT_PLACES.test(words[0]!) || COUNTRY_ADJECTIVES.has(words[0]!)) continue;
    return m[1]!;
  }
  return null;
}
const COUNTRY_ADJECTIVES = new Set(COUNTRIES.flatMap((c) => c.adjectives));

const PLACE = new RegExp(
  String.raw`\b(?:in|at)\s+(?:the\s+heart\s+of\s+|the\s+city\s+of\s+)?(${PLACES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}])`,
  'u',
);

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

function roundOf(text: string): Pick<EventFrame, 'round' | 'roundRelation' | 'index' | 'text' | 'definite'> | null {
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

const THIS_ROUND_SUBJECT =
  /^(?:The|This)\s+(?:[\w]+-day\s+)?round,?\s+which\s+(?:opened|began|started|kicked\s+off|ran|ended|closed|wrapped\s+up)\b/;

// Right after "five rounds of talks": "The fourth was held in Washington from July 29 to 31."
// ("The fifth, held in Hà Nội in mid-September, focused on …")
const ELLIPTICAL_ROUND =
  /^(?:The\s+)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?=(?:was|were|took|is|will|ran|opened|began|came|followed|is\s+due)\b)|,\s+(?=(?:held|hosted|which|in)\b))/i;

function ellipticalRound(text: string): ReturnType<typeof roundOf> {
  const m = ELLIPTICAL_ROUND.exec(text);
  const value = m ? ordinalValue(m[1]!) : null;
  return m && value ? { round: value, roundRelation: null, index: m.index, text: m[0].trim(), definite: false } : null;
}

const CALLED_OFF = /\b(?:postponed|put\s+off|called\s+off|cancell?ed|scrapped|delayed\s+indefinitely)\b/i;

function statusAt(ctx: Ctx, f: ResolvedSentence, index: number, date: DateFound | null, trigger = ''): EventStatus {
  if (isHedged(f.text)) return 'unconfirmed';
  // The tense of the clause that reports the event, not of the whole sentence, unless the trigger
  // carries its own past verb ("will face a 19% tariff under a deal Trump announced").
  const ownPast = /\b(?:announced|signed|reached|struck|sealed|concluded|held|spoke|met)\b/i.test(trigger);
  // Put off or called off: whether it will happen is not known.
  if (CALLED_OFF.test(f.text)) return 'unconfirmed';
  // A day already behind the publication is not a plan any more.
  const day = date?.start.precision === 'day' ? date.start.date : null;
  if (day && ctx.publishedDate && isAfter(ctx.publishedDate, day)) return 'occurred';
  if (!ownPast && clauseTense(f.text, index) === 'future') return 'scheduled';
  const d = date?.end?.date ?? date?.start.date;
  if (d && ctx.publishedDate && isAfter(d.slice(0, 10), ctx.publishedDate)) return 'scheduled';
  return 'occurred';
}

// A date opening the sentence ("On Sunday, as leaders gathered …, the two sides issued …") or a
// timeline entry ("- April 9: the rates are suspended") dates the main clause, whatever comes between.
const OPENING = /^[-–•*]?\s*(?:(?:early|late)\s+)?(?:on|in|at|by)?\s*$/i;
export const opensSentence = (text: string, d: DateFound) =>
  OPENING.test(text.slice(0, d.index)) &&
  /^[\s,:]/.test(text.slice(d.index + d.text.length, d.index + d.text.length + 1) || ' ');

const ATTRIBUTIVE =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:letter|order|deadline|decision|announcement|truce|pause|statement|agreement|deal|framework|tariffs?|rates?)\b/u;

// "the joint statement on a framework … that the two countries issued on October 26", "the deal that
// … Trump struck at his golf resort in Turnberry, Scotland, on July 27": the relative clause dates it.
// (the clause right after the noun and what it is on, with no rate or second clause inside)
const RELATIVE_CLAUSE_DATE =
  /^(?:\s+(?:on|for|over)\s+[^.;%]{0,90}?)?\s+(?:that|which)\s+(?![^.;%]*\b(?:that|which)\b)[^.;%]{0,100}?\b(?:issued|signed|reached|struck|announced|sealed|adopted|released|published|unveiled)\b(?:\s+(?:at|in)\s+[^.;%]{0,60}?)?,?\s+(?:on|in)\s+$/i;
// (a trigger that already holds its clause: "the deal that … struck" + " at his resort in Turnberry, Scotland, on")
const PLACE_THEN_DATE = /^(?:\s+(?:at|in)\s+[^.;%]{0,60}?)?,?\s+(?:on|in)\s+$/i;

function relativeClauseDate(f: ResolvedSentence, trigger: RegExpExecArray): DateFound | null | undefined {
  const end = trigger.index + trigger[0].length;
  const own = /\b(?:that|which)\b/i.test(trigger[0]);
  const pattern = own ? PLACE_THEN_DATE : RELATIVE_CLAUSE_DATE;
  const found = f.dates.find(
    (d) => d.index >= end && d.start.precision !== 'year' && pattern.test(f.text.slice(end, d.index)),
  );
  if (found) return found;
  // (a clause of its own takes no date from the sentence around it: "published a joint statement on
  // Thursday setting out the deal that … struck in Scotland last month")
  return own
    ? (f.dates.find((d) => d.index >= end && d.index - end <= 40 && !/[.;,]/.test(f.text.slice(end, d.index))) ?? null)
    : undefined;
}

/** The date an event takes: the one nearest its trigger (years alone are periods, not events, but
 * may date a plan: "aim to sign the agreement next year"). */
export function eventDate(ctx: Ctx, f: ResolvedSentence, index: number, end = index): DateFound | null {
  const planned = clauseTense(f.text, index) === 'future';
  // A date across "before", "after", "as"… belongs to another happening ("…wrapped up a third
  // round …, as Hanoi races to avoid tariffs before a pause expires next month").
  // "announced on Tuesday after speaking by phone with …": the same day.
  const sameDay = f.dates.find(
    // ("a deal Trump announced on July 15, after a phone conversation with …")
    (d) =>
      d.start.precision === 'day' &&
      d.index < index &&
      /^\s*,?\s*(?:just\s+|shortly\s+|hours\s+)?after\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$/i.test(
        f.text.slice(d.index + d.text.length, index),
      ),
  );
  if (sameDay) return sameDay;
  const dated = datesForEvents(f, index, end).filter(
    (d) =>
      (d.start.precision !== 'year' || planned) &&
      d.start.date &&
      (opensSentence(f.text, d) ||
        // "the figure Trump announced on July 2, when he said he had reached a deal": that day.
        (d.index < index && /^\s*,\s*when\b/i.test(f.text.slice(d.index + d.text.length, index))) ||
        // (between the trigger's end and the date: "after an hour-long meeting … on 27 July" is dated)
        !/[;—]|\b(?:after|before|as|while|when|until|because|although|ahead\s+of)\b/i.test(
          d.index > index ? f.text.slice(end, d.index) : f.text.slice(d.index, index),
        )),
  );
  const [from, to] = clauseOf(f.text, index);
  const inClause = (d: DateFound) => (d.index >= from && d.index < to ? 0 : 1);
  // A planned event takes no past date from another clause ("confirmed the outline on Wednesday
  // and said a joint statement would follow").
  if (planned) {
    const kept = dated.filter(
      (d) => inClause(d) === 0 || !ctx.publishedDate || isAfter(d.start.date!.slice(0, 10), ctx.publishedDate),
    );
    dated.splice(0, dated.length, ...kept);
  }
  // In the trigger's own clause first ("…in force this December, and agreed to hold the next
  // meeting … in November"), then the nearest.
  // A date naming a thing ("after receiving the July 7 letter and met Lutnick on July 9") dates that
  // thing, not the event, unless nothing else does.
  const attributive = (d: DateFound) => {
    const noun = ATTRIBUTIVE.exec(f.text.slice(d.index + d.text.length));
    if (!noun) return 0;
    // (unless the thing named is the trigger itself: "in a July 7 letter")
    const at = d.index + d.text.length + noun[0].length;
    return at > index && at <= Math.max(end, index + 1) + 1 ? 0 : 1;
  };
  return (
    dated.sort(
      (a, b) =>
        inClause(a) - inClause(b) ||
        attributive(a) - attributive(b) ||
        Math.abs(a.index - index) - Math.abs(b.index - index),
    )[0] ?? null
  );
}

const GROUP: Record<EventType, string> = {
  negotiation_round: 'talks',
  meeting: 'talks',
  call: 'talks',
  proposal: 'talks',
  agreement: 'agreement',
  statement: 'statement',
  tariff_action: 'tariff',
};

/**
 * The events a sentence reports: the first trigger decides the type, and a second trigger of
 * another kind makes a second event ("met at the palace and signed the action plan").
 */
export function recogniseEvents(ctx: Ctx, f: ResolvedSentence, afterRounds = false): EventFrame[] {
  const location = placeOf(f.text);
  const formatOf = (fixed?: EventFormat): EventFormat | null =>
    fixed ?? (VIRTUAL.test(f.text) ? 'virtual' : location || IN_PERSON.test(f.text) ? 'in_person' : null);
  const frames: EventFrame[] = [];
  const round = roundOf(f.text) ?? (afterRounds ? ellipticalRound(f.text) : null);
  if (round) {
    const date = eventDate(ctx, f, round.index);
    frames.push({
      type: 'negotiation_round',
      ...round,
      date,
      status: statusAt(ctx, f, round.index, date),
      location,
      format: formatOf(),
    });
  }
  // "The round, which opened on Monday, built on the fifth round held in Hanoi …": the sentence's
  // subject is the round just reported, whatever earlier round it goes on to name.
  const subject = THIS_ROUND_SUBJECT.exec(f.text);
  if (subject && round && round.index > 0) {
    const date = eventDate(ctx, f, 0, subject[0].length);
    frames.unshift({
      type: 'negotiation_round',
      round: null,
      roundRelation: 'this',
      index: 0,
      text: subject[0],
      definite: true,
      date,
      status: statusAt(ctx, f, 0, date),
      location: null,
      format: null,
    });
  }
  for (const t of TRIGGERS) {
    if (frames.length >= (subject && round ? 3 : 2)) break;
    const m = t.re.exec(f.text);
    if (!m) continue;
    // "unless it reached a deal", "if an agreement is signed": a condition, not an event.
    if (
      t.type === 'agreement' &&
      /\b(?:unless|if|until|without|in\s+case)\b[^,;.]{0,40}$/i.test(f.text.slice(0, m.index))
    )
      continue;
    // A second event of the same kind only in a clause of its own ("The next round is due in
    // April, while officials will meet again in November").
    const same = frames.find((x) => GROUP[x.type] === GROUP[t.type]);
    if (
      same &&
      !/;|,\s+(?:while|whereas|but)\b|\b(?:after|before)\b/i.test(
        f.text.slice(Math.min(same.index, m.index), Math.max(same.index, m.index)),
      )
    )
      continue;
    const relative = relativeClauseDate(f, m);
    const date = relative !== undefined ? relative : eventDate(ctx, f, m.index, m.index + m[0].length);
    // (its own date, in its own clause: not "the tariff talks with Thailand …, and … on Monday")
    if (
      t.needsDate &&
      (!date ||
        /[,;]|\band\s+(?:the\s+)?\p{Ll}/u.test(
          f.text.slice(Math.min(date.index, m.index + m[0].length), Math.max(date.index, m.index)),
        ))
    )
      continue;
    if (t.dateAfter && date && date.index < m.index) continue;
    frames.push({
      type: t.type,
      index: m.index,
      text: m[0],
      round: null,
      roundRelation: null,
      definite:
        DEFINITE.test(m[0]) || /\b(?:the|this|that|these)\s+$/i.test(f.text.slice(Math.max(0, m.index - 6), m.index)),
      date,
      status: statusAt(ctx, f, m.index, date, m[0]),
      location,
      format: formatOf(t.format),
    });
  }
  frames.sort((a, b) => a.index - b.index);
  // "reached the agreement after an hour-long meeting … on 27 July": what followed it that day.
  const [first, second] = frames;
  if (
    first &&
    second &&
    !first.date &&
    second.date?.start.precision === 'day' &&
    /^(?:after|following)\b/i.test(second.text)
  ) {
    frames[0] = { ...first, date: second.date, status: statusAt(ctx, f, first.index, second.date, first.text) };
  }
  return frames;
}
