// recognise: one cleaned document → everything it states, with every row citing its passages.
// Named stages, each owning its state and handing on a typed result; the recognisers and refiners
// they run, and why in that order, are in configuration.ts.
import { configuration } from './configuration.js';
import { actorStage } from './extract/actors.js';
import { baseContext, tariffSides } from './extract/context.js';
import { citedParticipants, events } from './extract/events.js';
import { tieToNegotiations } from './extract/negotiation.js';
import { tariffActions } from './extract/tariff-actions.js';
import { tariffMeasures } from './extract/measures.js';
import { tradeFigures } from './extract/trade-figures.js';
import { noTrace } from './recognise/recogniser.js';
import type { DebugHandler } from './recognise/sentence.js';
import type { CleanDocument, DocumentExtraction } from './types.js';

export function extract(doc: CleanDocument, debug: DebugHandler = noTrace): DocumentExtraction {
  // 1. Actors: who is named where, each sentence's facts with its actors resolved to keys.
  const { actors, sentences, finds, year, asOf } = actorStage(doc, debug);
  // The document's context; whose tariffs it is about, from every rate it states.
  const base = baseContext(doc.text, asOf, year, finds, sentences, debug);
  const sides = tariffSides(base, doc.title, configuration.tariffSides);
  const ctx = { ...base, usualImposer: sides.usualImposer };
  // 2. Tariff measures, with their history and the refiners run on all of them.
  const measures = tariffMeasures(ctx, actors, configuration.tariffs, sides.prior);
  // 3. Tariff actions: dated acts on a measure, and acts told with no rate.
  const actions = tariffActions(ctx, actors, measures, configuration.tariffActs);
  // 4. Events: further mentions of those told (tariff actions among them) or new ones.
  const told = events(ctx, actors, actions, configuration.events);
  // 5. Trade figures.
  const tradeStats = tradeFigures(ctx, actors, configuration.tradeFigures);
  return {
    actors: [...actors.registry.actors.values()],
    // Which talks each event belongs to, once its parties are final.
    events: tieToNegotiations(ctx, actors, citedParticipants(ctx, actors, told)),
    tariffs: measures.measures,
    tradeStats,
  };
}
