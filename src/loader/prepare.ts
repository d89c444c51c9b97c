// Everything the loader does before it writes: clean and recognise. Pure, so it can run on any
// thread; the write that follows is the only step that touches the database.
import { clean } from './clean.js';
import { extract } from './extract.js';
import { DocumentRefused } from './refused.js';
import type { CleanDocument, DocumentExtraction, RawDocument } from './types.js';

export interface Prepared {
  doc: CleanDocument;
  extraction: DocumentExtraction;
}

export function prepare(raw: RawDocument): Prepared {
  const doc = clean(raw);
  if (!doc.text)
    throw new DocumentRefused(raw.sourceName, 'no article text is left once page furniture is dropped', 'empty');
  return { doc, extraction: extract(doc) };
}
