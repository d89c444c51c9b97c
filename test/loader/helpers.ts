// Small builders for loader tests: an article as a reader would paste it, cleaned and extracted.
import { expect } from 'vitest';
import { clean } from '../../src/loader/clean.js';
import { extract } from '../../src/loader/extract.js';
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

export function load(content: string | ArticleParts, sourceName = 't.txt'): Loaded {
  const text = typeof content === 'string' ? content : article(content);
  const doc = clean({ sourceName, format: 'txt', content: text });
  return { doc, x: extract(doc) };
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
