// read: a file on disk → a raw document, refused with a clear reason when it is not one.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { DocumentFormat, RawDocument } from './types.js';

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const FORMATS: Record<string, DocumentFormat> = { '.txt': 'txt', '.text': 'txt' };

export class DocumentRefused extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'DocumentRefused';
  }
}

/** Checks that bytes are a text document: not empty, not binary, valid UTF-8, not too large. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.byteLength === 0) throw new DocumentRefused(source, 'the document is empty');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentRefused(source, `the document is ${bytes.byteLength} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  }
  if (bytes.includes(0)) throw new DocumentRefused(source, 'the document is binary (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentRefused(source, 'the document is not valid UTF-8');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new DocumentRefused(source, 'the document holds only white space');
  return text;
}

export function readDocumentFile(path: string): RawDocument {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new DocumentRefused(path, `unsupported file type '${extname(path) || '(none)'}'; expected .txt`);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new DocumentRefused(path, 'no such file');
  if (!stat.isFile()) throw new DocumentRefused(path, 'not a regular file');
  return { sourceName: basename(path), format, content: decodeText(readFileSync(path), path) };
}
