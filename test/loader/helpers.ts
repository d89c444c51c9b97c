// Small builders for loader tests: an article as a reader would paste it, cleaned and extracted.
import { expect, onTestFailed } from 'vitest';
import { clean } from '../../src/loader/clean.js';
import { extract } from '../../src/loader/extract.js';
import { actorsOf, findNames, resolveActors, type Actors } from '../../src/loader/extract/actors.js';
import { ActorRegistry } from '../../src/loader/extract/registry.js';
import { run, type FrameSpan, type Recogniser } from '../../src/loader/recognise/recogniser.js';
import type { DocumentContext, ResolvedSentence, RowTopic, TraceEntry } from '../../src/loader/recognise/sentence.js';
import { splitSentences } from '../../src/loader/text.js';
import type { ResolverInput } from '../../src/loader/resolve.js';
import type {
  ActorMention,
  CleanDocument,
  DocumentExtraction,
  EventMention,
  Span,
  TariffMention,
  TradeStatMention,
} from '../../src/loader/types.js';

export interface ArticleParts {
  title?: string;
  /** A byline date line, written as "- <date>". */
  date?: string;
  /** A byline author line, written as "- <author>". */
  author?: string;
  paragraphs: string[];
}

/** An article in the plain-text shape the loader reads: headline, byline lines, paragraphs. */
export function article(parts: ArticleParts): string {
  const lines: string[] = [];
  if (parts.title) lines.push(parts.title);
  if (parts.date) lines.push(`- ${parts.date}`);
  if (parts.author) lines.push(`- ${parts.author}`);
  lines.push(...parts.paragraphs);
  return lines.join('\n');
}

export interface Loaded {
  doc: CleanDocument;
  x: DocumentExtraction;
}

/** Cleans and extracts an article; inside a test, a failure prints how the loader read it. */
export function load(content: string | ArticleParts, sourceName = 't.txt'): Loaded {
  const { doc, x, trace } = loadTraced(content, sourceName);
  try {
    onTestFailed(() => console.log(`How the loader read ${sourceName}:\n${trace()}`));
  } catch {
    // Loaded outside a test (at collection time): nothing to report to.
  }
  return { doc, x };
}

export function resolverInput({ doc, x }: Loaded): ResolverInput {
  return { id: doc.id, publishedDate: doc.publishedDate, extraction: x };
}

/** Every span the extraction cites, labelled by where it came from. */
export function allSpans(x: DocumentExtraction): Array<{ where: string; span: Span }> {
  const out: Array<{ where: string; span: Span }> = [];
  for (const a of x.actors) for (const s of a.spans) out.push({ where: `actor ${a.key}`, span: s });
  for (const e of x.events) for (const s of e.spans) out.push({ where: `event ${e.title}`, span: s });
  for (const t of x.tariffs)
    for (const s of t.spans) out.push({ where: `tariff ${t.imposingCountry}>${t.targetCountry}`, span: s });
  for (const t of x.tradeStats)
    for (const s of t.spans) out.push({ where: `trade ${t.exporter}>${t.importer}`, span: s });
  return out;
}

/** The citation invariant: a span's quote is exactly the cleaned text it points at. */
export function expectSpansCite({ doc, x }: Loaded): void {
  for (const { where, span } of allSpans(x)) {
    expect(span.start, where).toBeGreaterThanOrEqual(0);
    expect(span.end, where).toBeGreaterThan(span.start);
    expect(span.end, where).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(span.start, span.end), where).toBe(span.quote);
  }
}

export function person(x: DocumentExtraction, name: string): ActorMention {
  const found = x.actors.filter((a) => a.kind === 'person' && (a.name === name || a.aliases.includes(name)));
  expect(
    found.map((a) => a.name),
    `people named ${name}`,
  ).toHaveLength(1);
  return found[0]!;
}

export function events(x: DocumentExtraction, type?: EventMention['type']): EventMention[] {
  return type ? x.events.filter((e) => e.type === type) : x.events;
}

export function onlyEvent(x: DocumentExtraction, type: EventMention['type']): EventMention {
  const found = events(x, type);
  expect(
    found.map((e) => e.title),
    `${type} events`,
  ).toHaveLength(1);
  return found[0]!;
}

export function tariff(x: DocumentExtraction, imposer: string, target: string, rate: number): TariffMention {
  const found = x.tariffs.filter(
    (t) => t.imposingCountry === imposer && t.targetCountry === target && t.ratePercent === rate,
  );
  expect(
    found,
    `tariff ${imposer}>${target} ${rate}% among ${JSON.stringify(x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent]))}`,
  ).toHaveLength(1);
  return found[0]!;
}

export function flow(x: DocumentExtraction, exporter: string, importer: string): TradeStatMention {
  const found = x.tradeStats.filter((t) => t.exporter === exporter && t.importer === importer);
  expect(
    found,
    `flow ${exporter}>${importer} among ${JSON.stringify(x.tradeStats.map((t) => [t.exporter, t.importer, t.period]))}`,
  ).toHaveLength(1);
  return found[0]!;
}

export const participantKeys = (e: EventMention): string[] => e.participants.map((p) => p.actorKey).sort();

/** A document context for one recogniser's test, with the trace kept: `ctx({ pair: ['US', 'VN'] })`. */
export interface TestContext extends DocumentContext {
  sentences: ResolvedSentence[];
  antecedents: Map<number, string>;
  topics: Map<number, RowTopic>;
  trace: TraceEntry[];
  parts: ContextParts;
  /** The actors of the sentences read, as later stages reach them. */
  actors: Actors;
}

export interface ContextParts {
  pair?: string[];
  published?: string | null;
  direction?: [string, string] | null;
  imposer?: string | null;
  year?: number | null;
  /** The subject of the sentence before, for every sentence read. */
  antecedent?: string;
  /** The tracker row every sentence read sits in. */
  topic?: RowTopic;
}

export function ctx(parts: ContextParts = {}): TestContext {
  const trace: TraceEntry[] = [];
  return {
    publishedDate: parts.published ?? null,
    year: parts.year ?? null,
    sentences: [],
    mainPair: [...(parts.pair ?? [])].sort(),
    knownDirection: parts.direction ?? null,
    usualImposer: parts.imposer ?? null,
    antecedents: new Map(),
    topics: new Map(),
    debug: (make) => trace.push(make()),
    trace,
    parts,
    actors: actorsOf(new ActorRegistry(''), []),
  };
}

/**
 * Sentences read as the loader reads them (names, dates against the context's day, money, percents),
 * added to the context in order; each string is a paragraph of its own.
 */
export function read(c: TestContext, ...paragraphs: string[]): ResolvedSentence[] {
  const text = paragraphs.join('\n');
  const reading = {
    publishedDate: c.publishedDate,
    writtenOn: () => c.publishedDate,
    year: c.year,
    inDateline: () => false,
  };
  const { registry, sentences } = resolveActors(text, findNames(splitSentences(text), reading), reading, c.debug);
  c.sentences.push(...sentences);
  c.actors = actorsOf(registry, c.sentences);
  for (const s of sentences) {
    if (c.parts.antecedent) c.antecedents.set(s.start, c.parts.antecedent);
    if (c.parts.topic) c.topics.set(s.start, c.parts.topic);
  }
  return sentences;
}

/** What the test read and what the trace holds: the message an assertion prints when it fails. */
export function why(c: TestContext): string {
  const sentences = c.sentences.map(
    (s) =>
      `  [${s.paragraph}] "${s.text}"\n    dates ${JSON.stringify(s.dates.map((d) => [d.text, d.start.date, d.end?.date ?? null]))}` +
      ` countries ${JSON.stringify(s.countries.map((x) => x.code))} actors ${JSON.stringify(s.actors.map((a) => a.key))}`,
  );
  const trace = c.trace.map(
    (t) => `  ${t.action} by ${t.rule}: ${t.what}${t.sentence ? ` — "${t.sentence.text}"` : ''}`,
  );
  return [
    'context: pair ' + JSON.stringify(c.mainPair) + ', published ' + c.publishedDate,
    'read:',
    ...sentences,
    'trace:',
    ...trace,
  ].join('\n');
}

/** The frames a recogniser finds in the context's sentence, reported to its trace. */
export function recognised<F extends FrameSpan, C extends DocumentContext>(
  r: Recogniser<F, C>,
  c: C,
  s: ResolvedSentence,
): F[] {
  return run(r, c, s);
}

/** `load`, with the trace of the extraction for assertion messages. */
export function loadTraced(content: string | ArticleParts, sourceName = 't.txt'): Loaded & { trace: () => string } {
  const text = typeof content === 'string' ? content : article(content);
  const doc = clean({ sourceName, format: 'txt', content: text });
  const entries: TraceEntry[] = [];
  const x = extract(doc, (make) => entries.push(make()));
  const trace = () =>
    entries.map((t) => `${t.action} by ${t.rule}: ${t.what}${t.sentence ? ` — "${t.sentence.text}"` : ''}`).join('\n');
  return { doc, x, trace };
}
