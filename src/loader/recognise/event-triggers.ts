// The event triggers, as data: a phrase that says an event happened, and the type it makes.
import type { EventFormat, EventType } from '../types.js';

export interface Trigger {
  type: EventType;
  re: RegExp;
  format?: EventFormat;
  /** Says an event happened only when it carries a date ("talks with Lutnick on 14 April"). */
  needsDate?: boolean;
  /** The date must follow the trigger ("a deal announced … on July 13"), not come from a verb before it. */
  dateAfter?: boolean;
  /** Makes an event only when no other trigger made one in the sentence. */
  alone?: boolean;
  /** A sentence this matches tells something else, not this event. */
  unless?: RegExp;
}

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b`;
// The day of the words, right after the verb and where they were said: "on Thursday", "late
// Wednesday", "this morning", "on Nov. 5" (not a day inside what was said).
const SAID_WHEN = String.raw`(?:(?:late|early)\s+(?:on\s+)?|on\s+(?:the\s+(?:morning|evening|night)\s+of\s+)?)?(?:${WEEKDAY}|${MONTH})|this\s+(?:morning|afternoon|evening)|(?:last|on)\s+${WEEKDAY}`;
// Where: "told reporters in Tokyo", "said in a Facebook post", "said on X", "told a briefing in Gyeongju".
const SAID_WHERE = String.raw`(?:(?:in|on|at|to)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?)?`;

// Order matters: the first trigger that matches a sentence decides its type.
export const TRIGGERS: Trigger[] = [
  {
    type: 'call',
    re: /\b(?:(?:tele)?phone\s+(?:calls?|conversations?|talks?)|(?:after|since)\s+(?:speaking|talking)\s+(?:by\s+phone\s+)?(?:with|to)\s+(?!(?:reporters|journalists|lawmakers|investors|the\s+(?:press|media))\b)|(?:spoke|spoken|speak|speaks|speaking|talked|talk|talking)\s+(?:with\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3})?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|phoned|call\s+with|called\s+(?:his|her|their)\s+\w+\s+counterpart|held\s+(?:a\s+|an\s+|two\s+|several\s+)?["“]?[\w-]*["”]?\s*(?:phone\s+)?calls?["”]?)\b/iu,
    format: 'phone',
  },
  // ("the two presidents spoke by video on Oct. 6")
  {
    type: 'call',
    re: /\bvideo\s+(?:call|conference)\b|\b(?:spoke|talked)\s+(?:by|over)\s+video\b/i,
    format: 'virtual',
  },
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
    re: /\b(?:signed|issued|signs|issues)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:executive\s+)?order\b|\b(?:executive\s+|an\s+|the\s+|separate\s+)order\s+(?:that\s+)?(?:(?:President\s+)?\p{Lu}[\p{L}.'’-]+|he|she)\s+(?:signed|issued)\b|\b(?:set|raised|lowered|cut)\s+(?:[\w-]+\s+){0,4}in\s+an?\s+executive\s+order\b/iu,
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
  // "Modi said on Thursday", "Akazawa told reporters in Tokyo on Tuesday morning", "wrote in a
  // Facebook post this morning": words on the record on a day of their own are a statement; the
  // last trigger, so a sentence telling a meeting or a deal is that event, not the remark on it.
  {
    type: 'statement',
    re: new RegExp(
      String.raw`(?<!\b(?:was|were|been|be|is|are)\s+)\b(?:said|says|told\s+(?:reporters|journalists|lawmakers|senators|parliament|the\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}|an?\s+(?:[\w-]+\s+){0,2}(?:briefing|conference|meeting|forum|audience))|wrote|posted|confirmed|warned|added)\s+${SAID_WHERE}(?:${SAID_WHEN})\b`,
      'u',
    ),
    needsDate: true,
    dateAfter: true,
    alone: true,
    // (a statistics office's monthly figures are a release, not words on the talks)
    unless:
      /\b(?:exports?|imports?|shipments|surplus|deficit)\b.*\$|\$.*\b(?:exports?|imports?|shipments|surplus|deficit)\b/is,
  },
];
