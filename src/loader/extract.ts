// recognise: one cleaned document → everything it states, with every row citing its passages.
// Named stages, each owning its state and handing on a typed result; the recognisers and refiners
// they run, and why in that order, are in configuration.ts.
import { configuration, tariffRecogniser } from './configuration.js';
import { actorsOf, findNames, resolveActors, type Reading } from './extract/actors.js';
import { baseContext, tariffSides } from './extract/context.js';
import { noTrace } from './recognise/recogniser.js';
import { citedParticipants, events } from './extract/events.js';
import { tariffActions } from './extract/tariff-actions.js';
import { tariffMeasures } from './extract/measures.js';
import { tradeFigures } from './extract/trade-figures.js';
import { yearOfText } from './recognise/dates.js';
import type { DebugHandler } from './recognise/sentence.js';
import { splitSentences } from './text.js';
import type { CleanDocument, DocumentExtraction } from './types.js';

export function extract(doc: CleanDocument, debug: DebugHandler = noTrace): DocumentExtraction {
  const sentences = splitSentences(doc.text).filter(
    (s) => !doc.headings.some((h) => s.start >= h.start && s.end <= h.end),
  );
  const reading: Reading = {
    publishedDate: doc.publishedDate,
    // Undated documents: their own most-written year dates "May 19–22".
    year: doc.publishedDate ? null : yearOfText(doc.text),
    inDateline: (at) => doc.dateline !== null && at >= doc.dateline.start && at < doc.dateline.end,
  };
  // 1. Actors: who is named where, each sentence's facts with its actors resolved to keys.
  const finds = findNames(sentences, reading);
  const resolved = resolveActors(doc.text, finds, reading, debug);
  const actors = actorsOf(resolved.registry, resolved.sentences);
  const base = baseContext(doc.text, doc.publishedDate, reading.year, finds, resolved.sentences, debug);
  // Whose tariffs the document is about, from every rate it states before any is taken as a measure.
  const sides = tariffSides(
    base,
    doc.title,
    resolved.sentences.flatMap((s) => tariffRecogniser.recognise(base, s)),
  );
  const ctx = { ...base, usualImposer: sides.usualImposer };
  // 2–5. Tariff measures, tariff actions, events, trade figures.
  const measures = tariffMeasures(ctx, actors, configuration.tariffs, sides.prior);
  const actions = tariffActions(ctx, actors, measures, configuration.tariffActs);
  const told = events(ctx, actors, actions, configuration.events);
  const tradeStats = tradeFigures(ctx, actors, configuration.tradeFigures);
  return {
    actors: [...resolved.registry.actors.values()],
    events: citedParticipants(ctx, actors, told),
    tariffs: measures.measures,
    tradeStats,
  };
}
