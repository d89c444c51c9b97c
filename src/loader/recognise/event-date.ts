// The date and status of an event a sentence reports: the date nearest its trigger in its own
// clause, and whether it happened, is planned or is unconfirmed.
import type { EventStatus } from '../types.js';
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
export type EventContext = Pick<DocumentContext, 'publishedDate'>;
type Ctx = EventContext;

const CALLED_OFF = /\b(?:postponed|put\s+off|called\s+off|cancell?ed|scrapped|delayed\s+indefinitely)\b/i;

export function statusAt(
  ctx: Ctx,
  f: ResolvedSentence,
  index: number,
  date: DateFound | null,
  trigger = '',
): EventStatus {
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

export function relativeClauseDate(f: ResolvedSentence, trigger: RegExpExecArray): DateFound | null | undefined {
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
