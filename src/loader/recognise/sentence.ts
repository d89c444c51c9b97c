// What the low-level recognisers found in one sentence, with actors already resolved to
// document-local keys, and what the document around it tells (DocumentContext). The event, tariff
// and trade recognisers read only these two.
import type { ActorKind } from '../types.js';
import type { CountryFound } from './countries.js';
import type { DateFound, Tense } from './dates.js';
import type { MoneyFound } from './money.js';
import type { PercentFound } from './percent.js';

export interface ActorRef {
  key: string;
  kind: ActorKind;
  country: string | null;
  /** Offsets inside the sentence. */
  index: number;
  end: number;
}

/** What one sentence states, with actors resolved to document keys: nothing of the document around it. */
export interface ResolvedSentence {
  /** Offset of the sentence in the document text. */
  start: number;
  text: string;
  paragraph: number;
  tense: Tense;
  dates: DateFound[];
  money: MoneyFound[];
  percents: PercentFound[];
  countries: CountryFound[];
  /** People and organizations, in sentence order. */
  actors: ActorRef[];
}

/** The tracker row a place in the text belongs to ("VIETNAM - 20%"). */
export interface RowTopic {
  code: string;
  label: boolean;
  rated: boolean;
}

/** One report to the trace: what a rule made, changed or dropped, and the sentence it read. */
export interface TraceEntry {
  rule: string;
  action: 'found' | 'made' | 'changed' | 'dropped';
  /** The row (or frame) it is about: the very object the extraction returns, for grouping. */
  row?: object;
  /** A short label of what was made or changed. */
  what: string;
  sentence?: { start: number; text: string };
}

/** Where trace entries go; built lazily, so a trace that is off costs one call. */
export type DebugHandler = (make: () => TraceEntry) => void;

/** What the whole document tells each sentence's reading: built once, read by every recogniser. */
export interface DocumentContext {
  publishedDate: string | null;
  /** Undated documents: their own most-written year dates "May 19–22". */
  year: number | null;
  /** The document's sentences (headings aside), actors resolved. */
  sentences: readonly ResolvedSentence[];
  /** The two countries the document is mostly about, sorted: the default sides of its facts. */
  mainPair: string[];
  /** [imposer, target] when the tariff measures stated so far in the document mostly run that way. */
  knownDirection: [string, string] | null;
  /** The country that imposes most of the rates this document states, whatever their targets. */
  usualImposer: string | null;
  /** By sentence start: the country the sentence before opens with, as its subject ("New Delhi chose to negotiate."): whom "it" or "the government" may mean. */
  antecedents: ReadonlyMap<number, string>;
  /** By sentence start: the country of the tracker row the sentence is in or right under. */
  topics: ReadonlyMap<number, RowTopic>;
  /** The trace: `debug(() => entry)`, a no-op unless a handler is given. */
  debug: DebugHandler;
}

const FUTURE =
  /\b(?:will|would|shall|slated|scheduled|set to|expected|upcoming|is to|are to|due to|next|planned\s+for|(?:is|are)\s+planned|(?:agreed|agree|agrees|plans?|planned|aims?|hopes?|intends?|intended|hoped|aimed)\s+to)\b/i;

// Irregular pasts too ("Trump set the rate … late on Thursday"); "set to" reads as future first.
const PAST =
  /\b(?:had|was|were|did|ago|last|earlier|previously|said|told|met|held|spoke|took|went|came|began|made|gave|struck|won|led|sent|wrote|set|cut|put|hit|rose|fell|saw|ran|sought|brought|chose|kept|got|paid|sold|shut|spent|stood|\w+ed)\b/i;
const CLAUSE_BREAK = /[,;—–(]|\b(?:that|which|while|after|before|when|but|and)\b/gi;

export function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'future' : 'past';
}

/** [start, end) of the clause around `index`. */
export function clauseOf(sentence: string, index: number): [number, number] {
  let from = 0;
  for (const m of sentence.slice(0, index).matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const next = new RegExp(CLAUSE_BREAK.source, 'gi');
  next.lastIndex = index;
  const to = next.exec(sentence)?.index ?? sentence.length;
  return [from, Math.max(to, index + 1)];
}

// Dates that bound a span ("since April", "until July 9") date no event. A date of saying dates
// what is said after it ("Trump said on Wednesday that the US had reached a deal") but not what
// was said before it ("…wrapped up a third round, the ministry said on Friday").
const SPAN_DATE = /\b(?:since|until|till|through)\s+(?:on\s+)?$/i;
const SAID_DATE = /\b(?:said|says|told\s+\w+|announced|reported|stated|added)\s+(?:on\s+)?$/i;
export const datesForEvents = (f: ResolvedSentence, triggerIndex = Infinity, triggerEnd = triggerIndex) =>
  f.dates.filter((d) => {
    const from = Math.max(0, d.index - 24);
    const said = SAID_DATE.exec(f.text.slice(from, d.index));
    // "a deal Trump announced on Tuesday": the verb is the trigger's own, and dates it.
    const ownVerb = said !== null && from + said.index < triggerEnd;
    // "Switzerland has struck a deal …, the government said Friday": news of the day it is told.
    const justDone =
      Number.isFinite(triggerIndex) &&
      /\b(?:has|have)\s+(?:\w+\s+)?$/i.test(f.text.slice(Math.max(0, triggerIndex - 20), triggerIndex));
    return !SPAN_DATE.test(f.text.slice(from, d.index)) && !(said && !ownVerb && !justDone && d.index > triggerIndex);
  });

/** The tense of the clause around `index` ("…replacing the rate Trump had threatened from August 1"). */
// A past verb right before a date ("a deal Trump announced on Tuesday") sets its tense, whatever
// else the clause says; "will be held on Tuesday" does not.
const PAST_BEFORE =
  /(?<!\b(?:will|be|is|are|to|being|been)\s+)\b(?:\w+ed|said|met|held|spoke|took|went|came|began|made|gave|struck|won|led|sent|wrote)\s+(?:on\s+|in\s+|at\s+)?$/i;

const TIMELINE_ENTRY =
  /^[-–•*]?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?:/u;

// "agreed to work toward a deal in their phone call on June 6": an intention told in the past says
// nothing of whether a date in its clause is ahead.
const PAST_INTENT = /\b(?:agreed|planned|aimed|hoped|intended|vowed|pledged|promised)\s+to\b/gi;

/** The tense a year-less date takes: a clause whose only future is a past intention points nowhere. */
export function dateTense(sentence: string, index: number): Tense {
  const tense = clauseTense(sentence, index);
  if (tense !== 'future') return tense;
  const [from, to] = clauseOf(sentence, index);
  const clause = sentence.slice(from, to);
  return FUTURE.test(clause.replace(PAST_INTENT, ' ')) ? 'future' : null;
}

export function clauseTense(sentence: string, index: number): Tense {
  // "since April" and "a verb in the past + date" look back, whatever else the clause says.
  if (
    PAST_BEFORE.test(sentence.slice(Math.max(0, index - 24), index)) ||
    /\bsince\s+$/i.test(sentence.slice(Math.max(0, index - 8), index))
  )
    return 'past';
  // A timeline entry ("- April 11: China raises …") is told as history, whatever verbs follow.
  if (TIMELINE_ENTRY.test(sentence) && index <= (TIMELINE_ENTRY.exec(sentence)?.[0].length ?? 0)) return 'past';
  let from = 0;
  for (const m of sentence.slice(0, index).matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const next = new RegExp(CLAUSE_BREAK.source, 'gi');
  next.lastIndex = index;
  const to = next.exec(sentence)?.index ?? sentence.length;
  const clause = sentence.slice(from, Math.max(to, index + 1));
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  // A clause with no verb of its own ("In a video call in April, they agreed to restart talks")
  // takes the tense of the first verb after it: "agreed" is past, though what was agreed is not.
  const rest = sentence.slice(from);
  const future = FUTURE.exec(rest);
  const past = PAST.exec(rest);
  if (future && past) return past.index <= future.index ? 'past' : 'future';
  return tenseOf(sentence);
}

const HEDGES =
  /\b(?:reportedly|allegedly|according to (?:unnamed |anonymous )?sources|sources (?:said|say)|is said to|are said to|rumou?red|unconfirmed|(?:has|have|had) not (?:yet )?been (?:officially |publicly )?confirmed|not officially confirmed)\b/i;

export const isHedged = (sentence: string) => HEDGES.test(sentence);

/** The country key for a code, shared by every stage. */
export const countryKey = (code: string) => `country:${code}`;

/** Country codes the sentence names, with the people's and organizations' countries, in order. */
export function sidesOf(f: ResolvedSentence): string[] {
  const seen: Array<{ index: number; code: string }> = [];
  for (const c of f.countries) seen.push({ index: c.index, code: c.code });
  for (const a of f.actors) if (a.country) seen.push({ index: a.index, code: a.country });
  const codes = [...new Set(seen.sort((a, b) => a.index - b.index).map((s) => s.code))];
  // A capital names where ("in Kuala Lumpur"), not who, unless nothing else names a side.
  const named = new Set(
    seen.filter((s) => f.countries.every((c) => c.index !== s.index || c.form !== 'capital')).map((s) => s.code),
  );
  return named.size >= 2 ? codes.filter((c) => named.has(c)) : codes;
}
