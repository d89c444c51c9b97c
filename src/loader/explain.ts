// explain: one document read in memory (no database), every row it yields with the rules that
// made and changed it and the sentences they read — the tool for text the loader gets wrong.
import { clean } from './clean.js';
import { extract } from './extract.js';
import { DocumentRefused } from './refused.js';
import type { TraceEntry } from './recognise/sentence.js';
import type { DocumentExtraction, EventMention, RawDocument, TariffMention, TradeStatMention } from './types.js';

export interface Explained {
  extraction: DocumentExtraction;
  trace: TraceEntry[];
}

/** Cleans and extracts a document, keeping every trace entry. */
export function traced(raw: RawDocument): Explained {
  const trace: TraceEntry[] = [];
  const doc = clean(raw);
  // (refused as the loader refuses it: prepare() does the same)
  if (!doc.text)
    throw new DocumentRefused(raw.sourceName, 'no article text is left once page furniture is dropped', 'empty');
  const extraction = extract(doc, (make) => trace.push(make()));
  return { extraction, trace };
}

const quote = (text: string, max = 110) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`;
};

const tariffLine = (m: TariffMention) =>
  `tariff ${m.imposingCountry}→${m.targetCountry} ${m.ratePercent}% ${m.scope}/${m.kind}, ${m.status}` +
  `${m.announcedDate ? `, announced ${m.announcedDate}` : ''}${m.effectiveDate ? `, effective ${m.effectiveDate}` : ''}`;
const eventLine = (e: EventMention) =>
  `event ${e.type} "${e.title}" ${e.startDate ?? 'undated'}${e.endDate ? `–${e.endDate}` : ''} (${e.status})`;
const tradeLine = (s: TradeStatMention) =>
  `trade figure ${s.exporter}→${s.importer} ${s.period} $${s.valueUsd.toLocaleString('en-US')}`;

/** The lines `npm run explain` prints for a document: rows, each with its rules, then what was dropped. */
export function explainLines({ extraction, trace }: Explained, sourceName: string): string[] {
  const byRow = new Map<object, TraceEntry[]>();
  for (const t of trace) if (t.row && t.action !== 'found') byRow.set(t.row, [...(byRow.get(t.row) ?? []), t]);
  const x = extraction;
  const lines = [
    `${sourceName}: ${x.actors.length} actors, ${x.events.length} events, ${x.tariffs.length} tariffs, ${x.tradeStats.length} trade figures`,
  ];
  const rows: Array<[object, string]> = [
    ...x.actors.map((a): [object, string] => [a, `actor ${a.key} "${a.name}" (${a.kind})`]),
    ...x.tariffs.map((m): [object, string] => [m, tariffLine(m)]),
    ...x.events.map((e): [object, string] => [e, eventLine(e)]),
    ...x.tradeStats.map((s): [object, string] => [s, tradeLine(s)]),
  ];
  for (const [row, title] of rows) {
    lines.push(title);
    for (const t of byRow.get(row) ?? [])
      lines.push(`  ${t.action} by ${t.rule}${t.sentence ? ` — ${quote(t.sentence.text)}` : ''}`);
  }
  const dropped = trace.filter((t) => t.action === 'dropped');
  if (dropped.length) lines.push('dropped');
  for (const t of dropped) lines.push(`  ${t.what} by ${t.rule}${t.sentence ? ` — ${quote(t.sentence.text)}` : ''}`);
  const found = new Map<string, number>();
  for (const t of trace) if (t.action === 'found') found.set(t.rule, (found.get(t.rule) ?? 0) + 1);
  lines.push(`frames found: ${[...found].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
  return lines;
}
