// read: a file on disk → a raw document, refused with a clear reason when it is not one.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DocumentRefused } from './refused.js';
import type { DocumentFormat, RawDocument } from './types.js';

export { DocumentRefused, type RefusalCode } from './refused.js';

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** File extensions the loader reads, and the format each one is read as. */
export const FILE_FORMATS: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

const EXPECTED = Object.keys(FILE_FORMATS).join(', ');

/** The format a file is read as, or undefined when the loader does not read that kind of file. */
export function formatOfPath(path: string): DocumentFormat | undefined {
  return FILE_FORMATS[extname(path).toLowerCase()];
}

/** Checks that bytes are a text document: not empty, not binary, valid UTF-8, not too large. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.byteLength === 0) throw new DocumentRefused(source, 'the document is empty', 'empty');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentRefused(
      source,
      `the document is ${bytes.byteLength} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`,
      'too-large',
    );
  }
  if (bytes.includes(0)) throw new DocumentRefused(source, 'the document is binary (it contains NUL bytes)', 'binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentRefused(source, 'the document is not valid UTF-8', 'encoding');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new DocumentRefused(source, 'the document holds only white space', 'empty');
  return text;
}

export function readDocumentFile(path: string): RawDocument {
  const format = formatOfPath(path);
  if (!format) {
    throw new DocumentRefused(
      path,
      `unsupported file type '${extname(path) || '(none)'}'; expected ${EXPECTED}`,
      'unsupported',
    );
  }
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new DocumentRefused(path, 'no such file', 'not-found');
  if (!stat.isFile()) throw new DocumentRefused(path, 'not a regular file', 'not-found');
  // Refuse a large file from its size, without reading it.
  if (stat.size > MAX_DOCUMENT_BYTES) {
    throw new DocumentRefused(
      path,
      `the document is ${stat.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`,
      'too-large',
    );
  }
  return { sourceName: basename(path), format, content: decodeText(readFileSync(path), path) };
}
