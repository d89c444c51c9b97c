// The loader: read → clean → recognise → resolve → write. Each document is written in its own
// transaction; a document that cannot be read or understood leaves the database untouched.
import type { Db } from '../db/client.js';
import { clean } from './clean.js';
import { extract } from './extract.js';
import { readDocumentFile } from './read.js';
import { DocumentRefused } from './refused.js';
import { writeDocument, type WriteResult } from './write.js';
import type { RawDocument } from './types.js';

export { DocumentRefused, type RefusalCode } from './refused.js';

export interface LoadedDocument extends WriteResult {
  sourceName: string;
}

/**
 * Cleans, recognises and stores one raw document. Everything before the write is pure, so a
 * document refused or failing on the way leaves the database exactly as it was.
 */
export function loadRaw(db: Db, raw: RawDocument): LoadedDocument {
  const doc = clean(raw);
  if (!doc.text) throw new DocumentRefused(raw.sourceName, 'no article text is left once page furniture is dropped', 'empty');
  const extraction = extract(doc);
  return { ...writeDocument(db, doc, extraction), sourceName: raw.sourceName };
}

/** Loads files in order; throws on the first one refused, after the earlier ones are stored. */
export function loadPaths(db: Db, paths: string[]): { documents: LoadedDocument[] } {
  return { documents: paths.map((p) => loadRaw(db, readDocumentFile(p))) };
}
