// Stage 4, events: meetings, calls, rounds, agreements the sentences report, each frame either a
// further mention of an event already told or a new one; tariff actions are told already.
import type { DateFound } from '../recognise/dates.js';
import { isAfter } from '../recognise/dates.js';
import type { EventFrame } from '../recognise/events.js';
import { datesForEvents, sidesOf, type DocumentContext, type ResolvedSentence } from '../recognise/sentence.js';
import { run, type Recogniser } from '../recognise/recogniser.js';
import type { EventMention } from '../types.js';
import type { Actors } from './actors.js';
import { attachLeaders, corefer, mergeInto, newEvent } from './coreference.js';
import { dayOffset, duringRound, SAME_DAY, toldDay } from './event-dates.js';
import { eventLabel, Timeline, type OpenEvent } from './timeline.js';

/** What the events stage carries from sentence to sentence. */
interface EventState {
  ctx: DocumentContext;
  actors: Actors;
  timeline: Timeline;
  maxRound: number;
  lede: { f: ResolvedSentence | undefined; dates: DateFound[]; sides: Set<string> };
}

/**
 * News leads with the date ("Canada and Mexico agreed on Thursday …") and tells the event in the
 * next paragraphs without repeating it: their undated meetings, calls and signings take it.
 */
function ledeOf(ctx: DocumentContext): EventState['lede'] {
  const f = ctx.sentences[0];
  const dates = f
    ? datesForEvents(f).filter(
        (d) => d.start.precision === 'day' && !(ctx.publishedDate && isAfter(d.start.date!, ctx.publishedDate)),
      )
    : [];
  return { f, dates, sides: f ? new Set(sidesOf(f)) : new Set<string>() };
}

function fromLede(state: EventState, frame: EventFrame, f: ResolvedSentence): EventFrame {
  const { lede } = state;
  if (
    !frame.date &&
    f.dates.length === 0 &&
    lede.dates.length === 1 &&
    f !== lede.f &&
    f.paragraph <= (lede.f?.paragraph ?? 0) + 1 &&
    ['meeting', 'call', 'agreement', 'statement'].includes(frame.type) &&
    !frame.definite &&
    sidesOf(f).some((c) => lede.sides.has(c))
  )
    return { ...frame, date: lede.dates[0]! };
  return frame;
}

function takeFrame(state: EventState, told: EventFrame, f: ResolvedSentence, distinct = false) {
  const { ctx, timeline } = state;
  const open = timeline.open;
  let frame = dayOffset(ctx, open, told, f);
  const during = duringRound(open, frame, f);
  if (during) {
    frame = during;
    distinct = true;
  }
  frame = fromLede(state, frame, f);
  let round = frame.round;
  if (frame.roundRelation === 'next' && state.maxRound > 0) round = state.maxRound + 1;
  const personKeys = new Set(f.actors.filter((a) => a.kind === 'person').map((a) => a.key));
  const target = distinct ? null : corefer(open, frame, round, f, personKeys);
  if (round) state.maxRound = Math.max(state.maxRound, round);
  if (target) {
    mergeInto(timeline, target, frame, round, f, personKeys);
    ctx.debug(() => ({
      rule: 'events.corefer',
      action: 'changed',
      row: target.mention,
      what: eventLabel(target.mention),
      sentence: f,
    }));
    return;
  }
  const dated = frame.date?.start.date != null;
  const sides = sidesOf(f);
  // Undated events stand on their own when people are named, or two sides clearly met.
  const strong = frame.type !== 'negotiation_round' && !frame.definite;
  const standalone = strong && ((personKeys.size >= 1 && personKeys.size + sides.length >= 2) || sides.length >= 2);
  // An unnumbered round ("the final round of negotiations was held …") stands only with a date.
  if ((!dated && !round && !standalone) || (frame.type === 'negotiation_round' && !round && !dated)) {
    ctx.debug(() => ({
      rule: 'events.undated',
      action: 'dropped',
      what: `${frame.type} "${frame.text}"`,
      sentence: f,
    }));
    return;
  }
  const mention = newEvent(timeline, state.actors, frame, round, f);
  open.push({ mention, paragraph: f.paragraph, personKeys, tariffKey: null });
  ctx.debug(() => ({ rule: 'events.new', action: 'made', row: mention, what: eventLabel(mention), sentence: f }));
}

/** "On the same day, the US also signed …": the day of the act of that kind told last, if any. */
function parallelAct(open: OpenEvent[], frames: EventFrame[]): OpenEvent | undefined {
  return frames
    .map((fr) =>
      open
        .filter(
          (e) => !e.tariffKey && e.mention.type === fr.type && e.mention.datePrecision === 'day' && !e.mention.endDate,
        )
        .at(-1),
    )
    .find(Boolean);
}

/**
 * A side known only through a person's country ("Minister Thành") and never named has no passage
 * to cite, so no actor row: an event lists only the participants it can cite.
 */
export function citedParticipants(ctx: DocumentContext, actors: Actors, told: OpenEvent[]): EventMention[] {
  for (const { mention } of told) {
    const cited = mention.participants.filter((p) => actors.registry.actors.has(p.actorKey));
    if (cited.length < mention.participants.length)
      ctx.debug(() => ({
        rule: 'events.cited-participants',
        action: 'changed',
        row: mention,
        what: eventLabel(mention),
      }));
    mention.participants = cited;
  }
  return told.map((e) => e.mention);
}

export function events(
  ctx: DocumentContext,
  actors: Actors,
  actions: OpenEvent[],
  recogniser: Recogniser<EventFrame>,
): OpenEvent[] {
  const state: EventState = {
    ctx,
    actors,
    timeline: new Timeline(ctx, actors, [...actions]),
    maxRound: 0,
    lede: ledeOf(ctx),
  };
  const open = state.timeline.open;
  // "Trump announced the figure on July 2. He and Tô Lâm spoke by phone that day": the day last named.
  let lastDay: DateFound | null = null;
  for (const f of ctx.sentences) {
    const frames = run(recogniser, ctx, f);
    if (!frames.length) {
      const led = attachLeaders(open, f);
      if (led)
        ctx.debug(() => ({
          rule: 'events.leaders',
          action: 'changed',
          row: led.mention,
          what: eventLabel(led.mention),
          sentence: f,
        }));
    }
    const day = f.dates.filter((d) => d.start.precision === 'day').at(-1) ?? null;
    const sameDay = SAME_DAY.exec(f.text);
    // "concluded on May 6, and … announced the deal after a phone call that evening": the day this
    // sentence names before it.
    const dayBefore = sameDay
      ? f.dates.filter((d) => d.start.precision === 'day' && !d.end && d.index < sameDay.index).at(-1)
      : undefined;
    // "On the same day, the US also signed an agreement with Cambodia and issued statements …": the
    // day of the signing told before, when there is one, for the whole sentence; else the day last named.
    const parallel = sameDay && !dayBefore ? parallelAct(open, frames) : undefined;
    const anchor = dayBefore ?? (day ? null : parallel ? toldDay(parallel.mention.startDate!) : lastDay);
    for (const frame of frames) {
      if (!sameDay || !anchor || frame.date) takeFrame(state, frame, f);
      // Another act on that day ("also signed"), not the one already told.
      else
        takeFrame(
          state,
          { ...frame, date: { ...anchor, index: sameDay.index, text: sameDay[0], relative: true } },
          f,
          Boolean(parallel ?? dayBefore),
        );
    }
    // A span ("from 22 to 24 September") is no single day for "that day" to point at.
    if (day && !day.end) lastDay = day;
  }
  return open;
}
