// Which frames are further mentions of an event already told ("The virtual meeting…", "this
// proposal…", "Round 3 of the talks"), and what a further mention adds to it.
import { countryByCode } from '../recognise/countries.js';
import { sameGroup, type EventFrame } from '../recognise/events.js';
import { countryKey, isHedged, type ResolvedSentence } from '../recognise/sentence.js';
import { eventIdentityKey } from '../identity.js';
import type { EventMention } from '../types.js';
import type { Actors } from './actors.js';
import { sentenceSpan } from './measures.js';
import type { OpenEvent, Timeline } from './timeline.js';

const BEGAN = /\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s*way)\b/i;

/** A dated frame: the same day and kind of event, or the undated event just reported. */
function coreferDated(
  open: OpenEvent[],
  frame: EventFrame,
  f: ResolvedSentence,
  last: OpenEvent | undefined,
  personKeys: Set<string>,
) {
  // The same day and kind of event; a month is too wide to say so unless the type is the same.
  // (two people's words on one day are two statements: "Trump said on Saturday …", "LeBlanc said
  // in a statement on Saturday …")
  const otherSpeakers = (e: OpenEvent) =>
    frame.type === 'statement' &&
    e.mention.type === 'statement' &&
    personKeys.size > 0 &&
    e.personKeys.size > 0 &&
    ![...personKeys].some((k) => e.personKeys.has(k));
  const same = open.find(
    (e) =>
      e.mention.startDate === frame.date!.start.date &&
      (frame.date!.start.precision === 'day' ? sameGroup(e.mention.type, frame.type) : e.mention.type === frame.type) &&
      !otherSpeakers(e),
  );
  if (same) return same;
  // "The talks ran from June 9 to 12": a definite mention dates the undated event just reported.
  if (
    frame.definite &&
    last &&
    !last.mention.startDate &&
    last.paragraph >= f.paragraph - 2 &&
    sameGroup(last.mention.type, frame.type)
  )
    return last;
  return null;
}

export function corefer(
  open: OpenEvent[],
  frame: EventFrame,
  round: number | null,
  f: ResolvedSentence,
  personKeys: Set<string>,
): OpenEvent | null {
  const found = further(open, frame, round, f, personKeys);
  // ("… the second round. The first round was held by video link on June 20": two rounds)
  return round && found?.mention.round != null && found.mention.round !== round ? null : found;
}

function further(
  open: OpenEvent[],
  frame: EventFrame,
  round: number | null,
  f: ResolvedSentence,
  personKeys: Set<string>,
): OpenEvent | null {
  if (round) {
    const same = open.find((e) => e.mention.round === round);
    if (same) return same;
  }
  if (frame.roundRelation === 'this') {
    return (
      [...open].reverse().find((e) => e.mention.type === 'negotiation_round' && e.mention.status === 'occurred') ?? null
    );
  }
  const last = open.filter((e) => !e.tariffKey).at(-1);
  if (frame.date?.start.date) return coreferDated(open, frame, f, last, personKeys);
  if (!last) return null;
  // An undated round number right after a dated, unnumbered meeting in the same paragraph names it.
  if (
    round &&
    last.paragraph === f.paragraph &&
    last.mention.round == null &&
    last.mention.startDate &&
    sameGroup(last.mention.type, frame.type)
  )
    return last;
  if (frame.definite && last.paragraph >= f.paragraph - 3) {
    if (frame.type === 'proposal' || sameGroup(last.mention.type, frame.type)) return last;
  }
  // The same people again in the same paragraph: the same event told in more detail.
  if (personKeys.size > 0 && last.paragraph === f.paragraph && [...personKeys].every((k) => last.personKeys.has(k)))
    return last;
  return null;
}

/** The dates a further mention gives: a start for an undated event, or the span it ran over. */
function mergeDates(m: EventMention, frame: EventFrame, f: ResolvedSentence) {
  if (!m.startDate && frame.date?.start.date) {
    m.startDate = frame.date.start.date;
    m.endDate = frame.date.end?.date ?? null;
    m.datePrecision = frame.date.start.precision;
    m.status = frame.status;
  } else if (
    // "wrapped up the round on Thursday … The four-day round, which began on Monday": a span.
    m.startDate &&
    m.datePrecision === 'day' &&
    frame.date?.start.precision === 'day' &&
    !frame.date.end &&
    frame.date.start.date! < m.startDate &&
    BEGAN.test(f.text)
  ) {
    m.endDate ??= m.startDate;
    m.startDate = frame.date.start.date!;
  }
  // "wrapped up the round on Thursday … The round, which ran from Monday to Thursday": the span.
  const span = frame.date?.end?.date;
  if (
    span &&
    m.startDate &&
    !m.endDate &&
    m.datePrecision === 'day' &&
    frame.date!.start.precision === 'day' &&
    frame.date!.start.date! <= m.startDate &&
    span >= m.startDate
  ) {
    m.startDate = frame.date!.start.date!;
    m.endDate = span;
  }
}

export function mergeInto(
  timeline: Timeline,
  e: OpenEvent,
  frame: EventFrame,
  round: number | null,
  f: ResolvedSentence,
  personKeys: Set<string>,
) {
  const m = e.mention;
  if (!m.spans.some((s) => s.start === f.start)) m.spans.push(sentenceSpan(f));
  if (round && m.round == null) {
    m.round = round;
    m.type = 'negotiation_round';
    m.title = roundTitle(round, m.countries);
    m.identity = eventIdentityKey({ kind: 'round', round });
  }
  mergeDates(m, frame, f);
  if (frame.status === 'unconfirmed') m.status = 'unconfirmed';
  m.location ??= frame.location;
  m.format ??= frame.format;
  for (const [actorKey, role] of timeline.participantsOf(f)) {
    if (!m.participants.some((p) => p.actorKey === actorKey)) m.participants.push({ actorKey, role });
  }
  for (const k of personKeys) e.personKeys.add(k);
}

const LABEL: Record<string, string> = {
  meeting: 'Meeting',
  call: 'Phone call',
  agreement: 'Agreement',
  statement: 'Statement',
  proposal: 'Proposal',
  tariff_action: 'Tariff action',
  negotiation_round: 'Negotiation round',
};

export function newEvent(
  timeline: Timeline,
  actors: Actors,
  frame: EventFrame,
  round: number | null,
  f: ResolvedSentence,
): EventMention {
  const countries = timeline.sidesFor(f);
  const participants = timeline.participantsOf(f);
  const people = [...participants.keys()]
    .filter((k) => actors.registry.actors.get(k)?.kind === 'person')
    .map((k) => actors.registry.nameOf(k));
  const sideNames = countries.map((c) => actors.registry.nameOf(countryKey(c)));
  const between = people.length >= 2 ? people.slice(0, 2) : sideNames;
  const label = frame.type === 'meeting' && frame.format === 'virtual' ? 'Online meeting' : LABEL[frame.type];
  return {
    type: round ? 'negotiation_round' : frame.type,
    title: round
      ? roundTitle(round, countries)
      : `${label}${between.length ? ` between ${between.join(' and ')}` : ''}`,
    summary: f.text,
    startDate: frame.date?.start.date ?? null,
    endDate: frame.date?.end?.date ?? null,
    datePrecision: frame.date?.start.precision ?? 'unknown',
    status: frame.status,
    round,
    location: frame.location,
    format: frame.format,
    countries,
    identity: round ? eventIdentityKey({ kind: 'round', round }) : null,
    participants: [...participants].map(([actorKey, role]) => ({ actorKey, role })),
    spans: [sentenceSpan(f)],
    confidence: frame.date ? (isHedged(f.text) ? 0.6 : 0.85) : 0.6,
  };
}

function roundTitle(round: number, countries: string[]): string {
  const sides = countries.map((c) => countryByCode(c)?.name ?? c).join('–');
  return `Round ${round} of ${sides ? `${sides} ` : ''}trade negotiations`;
}

/** "Led by Minister …, Vietnam’s delegation …": the people who led the last event reported. */
export function attachLeaders(open: OpenEvent[], f: ResolvedSentence): OpenEvent | null {
  const led = /\b(?:led|headed)\s+by\b/i.exec(f.text);
  const last = open.filter((e) => !e.tariffKey).at(-1);
  if (!led || !last || f.paragraph - last.paragraph > 3) return null;
  for (const a of f.actors) {
    if (last.mention.participants.some((p) => p.actorKey === a.key)) continue;
    last.mention.participants.push({
      actorKey: a.key,
      role: a.kind === 'person' && a.index > led.index ? 'lead' : 'participant',
    });
  }
  return last;
}
