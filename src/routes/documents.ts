import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../contracts/common.js';
import {
  DocumentDetail,
  DocumentExtractions,
  DocumentListQuery,
  DocumentPage,
  DocumentParams,
  documentCsv,
} from '../contracts/documents.js';
import { documentExtractions, getDocument, listDocuments } from '../queries/documents.js';
import { found, listResponse } from './shared.js';

const documents: FastifyPluginAsyncZod = async (app) => {
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

  app.get(
    '/documents/:id',
    {
      schema: {
        operationId: 'getDocument',
        tags: ['documents'],
        summary: 'Get one document with its text',
        description: 'Metadata and the cleaned text that every source offset refers to.',
        params: DocumentParams,
        response: { 200: DocumentDetail.describe('The document.'), ...problems(400, 404) },
      },
    },
    async (request) => found(getDocument(app.db, request.params.id), 'document', request.params.id),
  );

  app.get(
    '/documents/:id/extractions',
    {
      schema: {
        operationId: 'getDocumentExtractions',
        tags: ['documents'],
        summary: 'Everything extracted from one document',
        description: 'Every merged event, actor, tariff measure and trade figure citing the document, each with only its sources from this document.',
        params: DocumentParams,
        response: { 200: DocumentExtractions.describe('Rows citing the document.'), ...problems(400, 404) },
      },
    },
    async (request) => found(documentExtractions(app.db, request.params.id), 'document', request.params.id),
  );
};

export default fp(documents, { name: 'routes-documents', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
