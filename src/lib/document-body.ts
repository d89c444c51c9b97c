// Request bodies of POST /v1/documents: raw text/plain, text/markdown and text/html, or JSON.
// Bodies are read as bytes and checked like files (empty, binary, not UTF-8, too large), so an
// HTTP document is refused for exactly the reasons a file is, before anything is written.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DocumentUpload } from '../contracts/documents.js';
import { httpUrl, oneLine } from '../loader/formats/meta.js';
import { DocumentRefused, type RefusalCode } from '../loader/refused.js';
import { MAX_DOCUMENT_BYTES, decodeText } from '../loader/read.js';
import type { DocumentFormat, RawDocument } from '../loader/types.js';
import { HttpProblem, problemTypes } from './problem.js';

/** Raw media types and the format each is read as. */
export const RAW_MEDIA_TYPES: Readonly<Record<string, DocumentFormat>> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
};
const ACCEPTED = [...Object.keys(RAW_MEDIA_TYPES), 'application/json'].join(', ');

/** The largest body read: a 2 MiB document, plus room for a JSON envelope and its metadata. */
export const BODY_LIMIT = MAX_DOCUMENT_BYTES + 64 * 1024;

const SOURCE = 'request body';

const STATUS: Partial<Record<RefusalCode, number>> = { 'too-large': 413, unsupported: 415 };

/** A refused document as a problem: 413 too large, 415 unsupported type, else 422. */
export function refusalProblem(error: DocumentRefused): HttpProblem {
  const status = STATUS[error.code] ?? 422;
  return new HttpProblem(
    status,
    'Document refused',
    `The document was refused: ${error.reason}. Nothing was written.`,
    problemTypes.documentRefused,
  );
}

/** Fastify's own "body too large" error as the problem a refused oversized document is. */
export function tooLarge(error: { code?: string }): HttpProblem | undefined {
  if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') return undefined;
  return refusalProblem(
    new DocumentRefused(SOURCE, `the request body is over the ${BODY_LIMIT}-byte limit`, 'too-large'),
  );
}

const unsupported = (detail: string) =>
  new HttpProblem(
    415,
    'Unsupported Media Type',
    `${detail} Send one of ${ACCEPTED}, in UTF-8. Nothing was written.`,
    problemTypes.documentRefused,
  );

function checkCharset(request: FastifyRequest): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) throw unsupported(`Character set '${charset}' is not supported.`);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string from a JSON body, checked like the bytes of a file. */
function checkString(text: string): string {
  if (LONE_SURROGATE.test(text))
    throw new DocumentRefused(SOURCE, 'the document is not valid UTF-8 (it holds an unpaired surrogate)', 'encoding');
  return decodeText(Buffer.from(text, 'utf8'), SOURCE);
}

function asProblem(error: unknown): unknown {
  return error instanceof DocumentRefused ? refusalProblem(error) : error;
}

/**
 * Body parsers for the calling plugin's routes only (Fastify encapsulates them): the raw types
 * as checked strings, JSON decoded strictly as UTF-8, and any other type a 415.
 */
export function registerDocumentBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['text/plain', 'application/json']);
  for (const type of Object.keys(RAW_MEDIA_TYPES)) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (request, body: Buffer, done) => {
      try {
        checkCharset(request);
        done(null, decodeText(body, SOURCE));
      } catch (error) {
        done(asProblem(error) as Error);
      }
    });
  }
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let json: unknown;
    try {
      checkCharset(request);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new HttpProblem(
          400,
          'Invalid JSON body',
          `The body is not valid JSON: ${(error as Error).message}.`,
          problemTypes.invalidParameters,
          [{ in: 'body', name: '', message: 'Expected a JSON object; got text that is not JSON.' }],
        );
      }
    } catch (error) {
      if (error instanceof TypeError)
        return done(refusalProblem(new DocumentRefused(SOURCE, 'the document is not valid UTF-8', 'encoding')));
      return done(error as Error);
    }
    done(null, json);
  });
  app.addContentTypeParser('*', (request, _payload, done) => {
    const type = request.headers['content-type'];
    done(
      unsupported(type ? `Content type '${type.split(';')[0]}' is not supported.` : 'The body has no content type.'),
    );
  });
}

/** The raw document a parsed body stands for, or a problem when it cannot be one. */
export function rawFromBody(mediaType: string | undefined, body: unknown): RawDocument {
  const format = mediaType ? RAW_MEDIA_TYPES[mediaType] : undefined;
  if (format && typeof body === 'string') return { sourceName: `upload.${format}`, format, content: body };
  if (mediaType === 'application/json' && typeof body === 'object' && body !== null) {
    const { text, html, title, publishedDate, author, publisher, url } = body as DocumentUpload;
    const formatOf: DocumentFormat = html === undefined ? 'txt' : 'html';
    try {
      const content = checkString(html ?? text ?? '');
      return {
        sourceName: `upload.${formatOf}`,
        format: formatOf,
        content,
        given: {
          title: oneLine(title),
          publishedDate: publishedDate ?? null,
          author: oneLine(author),
          publisher: oneLine(publisher),
          url: httpUrl(url),
        },
      };
    } catch (error) {
      throw asProblem(error);
    }
  }
  throw unsupported('The body has no content type.');
}
