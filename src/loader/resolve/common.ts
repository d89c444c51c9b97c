// What every table's merge shares: citing sources, and the order documents are read in.
import type { Span } from '../types.js';
import type { ResolverInput, SourceRow } from './types.js';

export function addSources(into: SourceRow[], documentId: string, spans: Span[]) {
  for (const s of spans) {
    if (!into.some((x) => x.documentId === documentId && x.start === s.start && x.end === s.end)) {
      into.push({ documentId, ...s });
    }
  }
}

export const bySource = (a: SourceRow, b: SourceRow) =>
  a.documentId.localeCompare(b.documentId) || a.start - b.start || a.end - b.end;

// Later documents tell the current state: order mentions by publication, undated first.
export const docOrder = (a: ResolverInput, b: ResolverInput) =>
  (a.publishedDate ?? '').localeCompare(b.publishedDate ?? '') || a.id.localeCompare(b.id);
