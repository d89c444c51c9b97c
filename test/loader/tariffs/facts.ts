// A sentence's facts in one line, built with the low-level recognisers extract() uses, for tests of
// the tariff recogniser's steps: facts('The US imposed a 46% tariff on Vietnamese goods.', { mainPair: ['US', 'VN'] }).
import { recogniseOrganizations, recognisePeople } from '../../../src/loader/recognise/actors.js';
import { recogniseCountries } from '../../../src/loader/recognise/countries.js';
import { recogniseDates } from '../../../src/loader/recognise/dates.js';
import { recogniseMoney } from '../../../src/loader/recognise/money.js';
import { recognisePercents } from '../../../src/loader/recognise/percent.js';
import { dateTense, tenseOf, type ActorRef, type SentenceFacts } from '../../../src/loader/recognise/sentence.js';
import type { RateContext } from '../../../src/loader/recognise/tariffs/types.js';
import { scanSentence } from '../../../src/loader/recognise/tariffs/candidates.js';

export interface FactsOptions {
  /** The document's two main countries (sorted, as extract() gives them). */
  mainPair?: string[];
  /** [imposer, target] of every measure the document has stated so far. */
  direction?: [string, string];
  usualImposer?: string;
  /** The day of publication; 10 August 2025 unless told. */
  published?: string | null;
  antecedent?: string;
  topic?: SentenceFacts['topic'];
  /** The countries of people and organizations by name, as the document's registry would give them. */
  actorCountries?: Record<string, string>;
}

export function facts(text: string, o: FactsOptions = {}): SentenceFacts {
  const published = o.published === undefined ? '2025-08-10' : o.published;
  const people = recognisePeople(text);
  const actors: ActorRef[] = [
    ...people.map((p) => ({
      key: `person:${p.name}`,
      kind: 'person' as const,
      country: o.actorCountries?.[p.name] ?? p.country,
      index: p.index,
      end: p.index + p.text.length,
    })),
    ...recogniseOrganizations(text, people).map((x) => ({
      key: `organization:${x.name}`,
      kind: 'organization' as const,
      country: o.actorCountries?.[x.name] ?? x.country,
      index: x.index,
      end: x.index + x.text.length,
    })),
  ].sort((a, b) => a.index - b.index);
  return {
    start: 0,
    text,
    paragraph: 0,
    publishedDate: published,
    tense: tenseOf(text),
    mainPair: [...(o.mainPair ?? [])].sort(),
    knownDirection: o.direction ?? null,
    usualImposer: o.usualImposer ?? null,
    dates: recogniseDates(text, published, (i) => dateTense(text, i)),
    money: recogniseMoney(text),
    percents: recognisePercents(text),
    countries: recogniseCountries(text),
    actors,
    ...(o.antecedent ? { antecedent: o.antecedent } : {}),
    ...(o.topic ? { topic: o.topic } : {}),
  };
}

/** The context of the rate written `rate` ("46%") in the sentence, for the steps that refine one rate. */
export function rate(text: string, written: string, o: FactsOptions = {}): RateContext {
  const f = facts(text, o);
  const p = f.percents.find((q) => q.text === written);
  if (!p) throw new Error(`no rate ${written} in: ${text} (found ${f.percents.map((q) => q.text).join(', ')})`);
  const scan = scanSentence(f);
  if (!scan) throw new Error(`no tariff sentence: ${text}`);
  return { ...scan, p };
}
