// A sentence and the document context around it in one line, the sentence read with the low-level
// recognisers extract() uses, for tests of the tariff recogniser's steps:
// recogniseTariffs(...facts('The US imposed a 46% tariff on Vietnamese goods.', { mainPair: ['US', 'VN'] })).
import { recogniseOrganizations, recognisePeople } from '../../../src/loader/recognise/actors.js';
import { recogniseCountries } from '../../../src/loader/recognise/countries.js';
import { recogniseDates } from '../../../src/loader/recognise/dates.js';
import { recogniseMoney } from '../../../src/loader/recognise/money.js';
import { recognisePercents } from '../../../src/loader/recognise/percent.js';
import {
  dateTense,
  tenseOf,
  type ActorRef,
  type ResolvedSentence,
  type RowTopic,
} from '../../../src/loader/recognise/sentence.js';
import type { RateContext } from '../../../src/loader/recognise/tariffs/types.js';
import { scanSentence } from '../../../src/loader/recognise/tariffs/candidates.js';
import { ctx, type TestContext } from '../helpers.js';

export interface FactsOptions {
  /** The document's two main countries (sorted, as extract() gives them). */
  mainPair?: string[];
  /** [imposer, target] of every measure the document has stated so far. */
  direction?: [string, string];
  usualImposer?: string;
  /** The day of publication; 10 August 2025 unless told. */
  published?: string | null;
  antecedent?: string;
  topic?: RowTopic;
  /** The countries of people and organizations by name, as the document's registry would give them. */
  actorCountries?: Record<string, string>;
}

/** The document's context (as `ctx(...)` builds it, the sentence its one sentence) and the sentence. */
export function facts(text: string, o: FactsOptions = {}): [TestContext, ResolvedSentence] {
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
  const s: ResolvedSentence = {
    start: 0,
    text,
    paragraph: 0,
    tense: tenseOf(text),
    dates: recogniseDates(text, published, (i) => dateTense(text, i)),
    money: recogniseMoney(text),
    percents: recognisePercents(text),
    countries: recogniseCountries(text),
    actors,
  };
  const c = ctx({
    pair: o.mainPair ?? [],
    direction: o.direction ?? null,
    imposer: o.usualImposer ?? null,
    published,
  });
  c.sentences.push(s);
  if (o.antecedent) c.antecedents.set(s.start, o.antecedent);
  if (o.topic) c.topics.set(s.start, o.topic);
  return [c, s];
}

/** The context of the rate written `rate` ("46%") in the sentence, for the steps that refine one rate. */
export function rate(text: string, written: string, o: FactsOptions = {}): RateContext {
  const [c, f] = facts(text, o);
  const p = f.percents.find((q) => q.text === written);
  if (!p) throw new Error(`no rate ${written} in: ${text} (found ${f.percents.map((q) => q.text).join(', ')})`);
  const scan = scanSentence(c, f);
  if (!scan) throw new Error(`no tariff sentence: ${text}`);
  return { ...scan, p };
}
