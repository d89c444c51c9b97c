import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import {
  DocumentDetail,
  DocumentExtractions,
  DocumentExtractionsQuery,
  DocumentIngested,
  DocumentListQuery,
  DocumentPage,
  DocumentParams,
  DocumentUpload,
  NO_CSV,
  HtmlBody,
  MarkdownBody,
  PlainTextBody,
  documentCsv,
} from '../contracts/documents.js';
import {
  BODY_LIMIT,
  rawFromBody,
  refusalProblem,
  registerDocumentBodyParsers,
  tooLarge,
} from '../lib/document-body.js';
import { notFound } from '../lib/problem.js';
import { DocumentRefused, store } from '../loader/index.js';
import { deleteDocument } from '../loader/write.js';
import { sendProblem } from '../plugins/problems.js';
import { documentExtractions, getDocument, listDocuments } from '../queries/documents.js';
import { found, jsonOnly, listResponse, resourceResponse } from './shared.js';

const bearer = [{ bearerAuth: [] }];

const documents: FastifyPluginAsyncZod = async (app) => {
  // Body parsers for this plugin's routes only: the writes below. A body over the limit is a
  // refused document like any other, in the same words.
  registerDocumentBodyParsers(app);
  app.setErrorHandler((error: FastifyError, request, reply) =>
    sendProblem((tooLarge(error) ?? error) as FastifyError, request, reply),
  );

  app.get(
    '/documents',
    {
      schema: {
        operationId: 'listDocuments',
        tags: ['documents'],
        summary: 'List loaded documents',
        description: 'Document metadata (no text), by publication day (undated last), then id.',
        querystring: DocumentListQuery,
        response: { 200: listResponse('A page of documents.', DocumentPage, documentCsv), ...problems(400) },
      },
    },
    async (request, reply) => reply.sendPage(listDocuments(app.db, request.query), documentCsv),
  );

  app.post(
    '/documents',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: app.requireIngestToken,
      schema: {
        operationId: 'createDocument',
        tags: ['documents'],
        summary: 'Load a document',
        description:
          'Cleans the document, extracts its rows and merges them with every other document, in one transaction: readers see ' +
          'the database before it or after it, never half of it. Send the article as `text/plain`, `text/markdown` (YAML front ' +
          'matter wins over the text), `text/html` (a saved page; the article is found in it), or JSON with `text` or `html` ' +
          'and metadata that wins over both. 201 with the document and the rows citing it, and a `Location` header; the same ' +
          'content again is a 200 with the same id, nothing duplicated. A refused document (empty, binary, not UTF-8, over ' +
          '2 MiB, no article text, or taking over the time limit to read) is a problem saying why, and nothing is written. Needs the ingest token.',
        security: bearer,
        body: {
          content: {
            'text/plain': { schema: PlainTextBody },
            'text/markdown': { schema: MarkdownBody },
            'text/html': { schema: HtmlBody },
            'application/json': { schema: DocumentUpload },
          },
        },
        response: {
          201: DocumentIngested.describe('Loaded: the document and the rows citing it.'),
          200: DocumentIngested.describe('Already loaded (same content): replaced in place, nothing duplicated.'),
          ...problems(400, 401, 403, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const raw = rawFromBody(request.mediaType, request.body);
      let loaded;
      try {
        loaded = store(app.db, await app.preparer.prepare(raw));
      } catch (error) {
        throw error instanceof DocumentRefused ? refusalProblem(error) : error;
      }
      const document = found(getDocument(app.db, loaded.id), 'document', loaded.id);
      const { text: _, ...summary } = document;
      if (loaded.created)
        reply.code(201).header('Location', `${request.url.split('?')[0]}/${encodeURIComponent(loaded.id)}`);
      return { document: summary, created: loaded.created, rows: loaded.counts };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        operationId: 'getDocument',
        tags: ['documents'],
        summary: 'Get one document with its text',
        description:
          'Metadata and the cleaned text that every source offset refers to. ' +
          'CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/documents CSV: the metadata, without the text.',
        params: DocumentParams,
        querystring: ResourceQuery,
        response: { 200: resourceResponse('The document.', DocumentDetail, documentCsv), ...problems(400, 404) },
      },
    },
    async (request, reply) =>
      reply.sendOne(found(getDocument(app.db, request.params.id), 'document', request.params.id), documentCsv),
  );

  app.delete(
    '/documents/:id',
    {
      onRequest: app.requireIngestToken,
      schema: {
        operationId: 'deleteDocument',
        tags: ['documents'],
        summary: 'Remove a document',
        description:
          'Removes the document and, in the same transaction, every row resting on it alone; rows other documents also cite ' +
          'stay, with only their other sources. Needs the ingest token.',
        security: bearer,
        params: DocumentParams,
        response: { 204: z.null().describe('Removed.'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!deleteDocument(app.db, request.params.id)) throw notFound('document', request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/documents/:id/extractions',
    {
      schema: {
        operationId: 'getDocumentExtractions',
        tags: ['documents'],
        summary: 'Everything extracted from one document',
        description:
          'Every merged event, actor, tariff measure and trade figure citing the document, each with only its sources from this ' +
          `document. JSON only: ${NO_CSV}; \`format=csv\` is a 400 and an Accept header refusing JSON a 406.`,
        params: DocumentParams,
        querystring: DocumentExtractionsQuery,
        response: { 200: DocumentExtractions.describe('Rows citing the document.'), ...problems(400, 404, 406) },
      },
      preHandler: jsonOnly(NO_CSV),
    },
    async (request) => found(documentExtractions(app.db, request.params.id), 'document', request.params.id),
  );
};

export default fp(documents, {
  name: 'routes-documents',
  dependencies: ['db', 'problems', 'csv', 'ingest-auth', 'preparer'],
  encapsulate: true,
});
