// The loader: read → clean → recognise → resolve → write. Each document is written in its own
// transaction; a document that cannot be read or understood leaves the database untouched.
import type { Db } from '../db/client.js';
import { prepare, type Prepared } from './prepare.js';
import { readDocumentFile } from './read.js';
import { writeDocument, type WriteResult } from './write.js';
import type { RawDocument } from './types.js';

export { DocumentRefused, type RefusalCode } from './refused.js';
export { Preparer } from './preparer.js';

export interface LoadedDocument extends WriteResult {
  sourceName: string;
}

/**
 * Cleans, recognises and stores one raw document. Everything before the write is pure, so a
 * document refused or failing on the way leaves the database exactly as it was.
 */
export function loadRaw(db: Db, raw: RawDocument): LoadedDocument {
  return store(db, prepare(raw));
}

/** Writes a prepared document (from prepare() here or a Preparer's worker) in one transaction. */
export function store(db: Db, { doc, extraction }: Prepared): LoadedDocument {
  return { ...writeDocument(db, doc, extraction), sourceName: doc.sourceName };
}

/** Loads files in order; throws on the first one refused, after the earlier ones are stored. */
export function loadPaths(db: Db, paths: string[]): { documents: LoadedDocument[] } {
  return { documents: paths.map((p) => loadRaw(db, readDocumentFile(p))) };
}
