// Events a sentence reports: a trigger phrase (verb or noun pattern) decides the type; the
// sentence's dates, places and actors fill the frame. Whether a frame is a new event or another
// mention of one already seen is decided per document in extract/coreference.ts.
import { CITIES, COUNTRIES } from '../data/countries.js';
import type { EventFormat, EventStatus, EventType } from '../types.js';
import type { DateFound } from './dates.js';
import { eventDate, relativeClauseDate, statusAt, type EventContext } from './event-date.js';
import { TRIGGERS, type Trigger } from './event-triggers.js';
import { ellipticalRound, roundOf, THIS_ROUND_SUBJECT } from './rounds.js';
import type { ResolvedSentence } from './sentence.js';

export { eventDate, opensSentence, type EventContext } from './event-date.js';
export { roundIsSetting } from './rounds.js';

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

// Kinds of event that may be one event told twice: talks of any form, an agreement, a statement, a tariff act.
const GROUP: Record<EventType, string> = {
  negotiation_round: 'talks',
  meeting: 'talks',
  call: 'talks',
  proposal: 'talks',
  agreement: 'agreement',
  statement: 'statement',
  tariff_action: 'tariff',
};

/** Whether two kinds of event may be the same event told twice (a meeting and a round may). */
export const sameGroup = (a: EventType, b: EventType): boolean => GROUP[a] === GROUP[b];

type FormatOf = (fixed?: EventFormat) => EventFormat | null;

/** The round the sentence names, and the round it opens with as its subject ("The round, which opened …"). */
function roundFrames(
  ctx: EventContext,
  f: ResolvedSentence,
  afterRounds: boolean,
  location: string | null,
  formatOf: FormatOf,
) {
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
  return { frames, max: subject && round ? 3 : 2 };
}

/** The frame a trigger makes in this sentence, beside the frames already made; null when it makes none. */
function triggerFrame(
  ctx: EventContext,
  f: ResolvedSentence,
  t: Trigger,
  frames: EventFrame[],
  location: string | null,
  formatOf: FormatOf,
): EventFrame | null {
  if ((t.alone && frames.length) || t.unless?.test(f.text)) return null;
  const m = t.re.exec(f.text);
  if (!m) return null;
  // "unless it reached a deal", "if an agreement is signed": a condition, not an event.
  if (
    t.type === 'agreement' &&
    /\b(?:unless|if|until|without|in\s+case)\b[^,;.]{0,40}$/i.test(f.text.slice(0, m.index))
  )
    return null;
  // A second event of the same kind only in a clause of its own ("The next round is due in
  // April, while officials will meet again in November").
  const same = frames.find((x) => GROUP[x.type] === GROUP[t.type]);
  if (
    same &&
    !/;|,\s+(?:while|whereas|but)\b|\b(?:after|before)\b/i.test(
      f.text.slice(Math.min(same.index, m.index), Math.max(same.index, m.index)),
    )
  )
    return null;
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
    return null;
  if (t.dateAfter && date && date.index < m.index) return null;
  return {
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
  };
}

/**
 * The events a sentence reports: the first trigger decides the type, and a second trigger of
 * another kind makes a second event ("met at the palace and signed the action plan").
 */
export function recogniseEvents(ctx: EventContext, f: ResolvedSentence, afterRounds = false): EventFrame[] {
  const location = placeOf(f.text);
  const formatOf: FormatOf = (fixed) =>
    fixed ?? (VIRTUAL.test(f.text) ? 'virtual' : location || IN_PERSON.test(f.text) ? 'in_person' : null);
  const { frames, max } = roundFrames(ctx, f, afterRounds, location, formatOf);
  for (const t of TRIGGERS) {
    if (frames.length >= max) break;
    const frame = triggerFrame(ctx, f, t, frames, location, formatOf);
    if (frame) frames.push(frame);
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
