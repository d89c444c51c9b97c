// The loader's recognisers and refiners, in the order extract() runs them (as chrono-node's
// configurations list parsers and refiners). Each recogniser reads one sentence in the document's
// context; each refiner takes the results so far and returns them. Why each step sits where it does:
import { dueLaterIsAnnounced, ratelessStatusChange } from './extract/measure-refiners.js';
import type { TradeContext } from './extract/trade-figures.js';
import { eventDate, recogniseEvents, type EventFrame } from './recognise/events.js';
import type { Recogniser, Refiner } from './recognise/recogniser.js';
import type { DocumentContext, ResolvedSentence } from './recognise/sentence.js';
import {
  recogniseTariffActs,
  recogniseTariffs,
  type TariffActFrame,
  type TariffFrame,
} from './recognise/tariffs/index.js';
import { continuedFlow, recogniseTradeStats, type TradeStatFrame } from './recognise/trade-stats.js';
import type { TariffMention } from './types.js';

export const tariffRecogniser: Recogniser<TariffFrame> = {
  name: 'recogniseTariffs',
  recognise: recogniseTariffs,
};

export const tariffActRecogniser: Recogniser<TariffActFrame> = {
  name: 'recogniseTariffActs',
  // An act is dated as the event it is: by the date its verb's clause gives (eventDate).
  recognise: (ctx, s) => recogniseTariffActs(ctx, s, (i) => eventDate(ctx, s, i)),
};

// Per list of sentences, read once: whether a sentence before each, in its paragraph or the one
// before, speaks of rounds (a cache of a pure function of the sentences).
const roundsBefore = new WeakMap<
  readonly ResolvedSentence[],
  { length: number; after: Map<ResolvedSentence, boolean> }
>();

/** Whether a sentence before this one, in its paragraph or the one before, speaks of rounds. */
function afterRounds(ctx: DocumentContext, s: ResolvedSentence): boolean {
  let seen = roundsBefore.get(ctx.sentences);
  if (!seen || seen.length !== ctx.sentences.length) {
    const said = new Set<number>();
    const after = new Map<ResolvedSentence, boolean>();
    for (const x of ctx.sentences) {
      after.set(x, said.has(x.paragraph) || said.has(x.paragraph - 1));
      if (/\brounds?\b/i.test(x.text)) said.add(x.paragraph);
    }
    seen = { length: ctx.sentences.length, after };
    roundsBefore.set(ctx.sentences, seen);
  }
  return seen.after.get(s) ?? false;
}

export const eventRecogniser: Recogniser<EventFrame> = {
  name: 'recogniseEvents',
  // Paragraphs that speak of rounds, so "The fourth was held …" right after is one.
  recognise: (ctx, s) => recogniseEvents(ctx, s, afterRounds(ctx, s)),
};

export const tradeStatRecogniser: Recogniser<TradeStatFrame, TradeContext> = {
  name: 'recogniseTradeStats',
  recognise: (ctx, s) => recogniseTradeStats(ctx, s, ctx.lastPeriod),
};

export const continuedFlowRecogniser: Recogniser<TradeStatFrame, TradeContext> = {
  name: 'continuedFlow',
  recognise: (ctx, s) => (ctx.previous ? continuedFlow(s, ctx.previous) : []),
};

export const configuration = {
  // 0. Before any measure: every rate read with no direction known, to tell whose tariffs the
  //    document is about (the direction to assume first, the usual imposer) — both read by step 1.
  tariffSides: tariffRecogniser,
  // 1. Tariff measures come first: the direction their rates run in, and the measures themselves,
  //    are what tariff actions and rate-less acts refer to.
  tariffs: {
    recognisers: [tariffRecogniser],
    refiners: [
      // A present-tense rate due on a later day: only its own dates tell, so after every mention.
      dueLaterIsAnnounced,
      // Status changes with no rate move the one measure between the sides: all measures must be known.
      ratelessStatusChange,
    ] as Array<Refiner<TariffMention[]>>,
  },
  // 2. Tariff actions: a dated act on a measure once the measure's history is complete, then acts with
  //    no rate, which give way to an action already made on the same day.
  tariffActs: tariffActRecogniser,
  // 3. Events after tariff actions: a tariff act the event triggers read again joins the action
  //    already made on its day instead of making a second, and the rows keep that order (actions first).
  events: eventRecogniser,
  // 4. Trade figures last: they read nothing above, but the actors they make come after the others'.
  //    The continued flow ("they fell 6.4%") is asked only when the sentence states no flow of its own.
  tradeFigures: [tradeStatRecogniser, continuedFlowRecogniser],
};
