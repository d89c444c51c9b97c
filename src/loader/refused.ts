// A document the loader will not take, with the reason in words and as a code the HTTP layer
// maps to a status. Thrown before anything is written, so a refusal never changes the database.

export type RefusalCode =
  /** No bytes, or only white space, or nothing left once page furniture is dropped. */
  | 'empty'
  /** Over MAX_DOCUMENT_BYTES. */
  | 'too-large'
  /** NUL bytes: not a text document. */
  | 'binary'
  /** Not valid UTF-8, or declared in another character set. */
  | 'encoding'
  /** A file type or media type the loader does not read. */
  | 'unsupported'
  /** Readable bytes that do not make a document: bad front matter, an HTML page with no article. */
  | 'invalid'
  /** Not a file on disk. */
  | 'not-found'
  /** Took longer or more memory to read than any article needs (crafted input). */
  | 'too-complex';

export class DocumentRefused extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly code: RefusalCode = 'invalid',
  ) {
    super(`${source}: ${reason}`);
    this.name = 'DocumentRefused';
  }
}
