import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import { EventDetail, EventListQuery, EventPage, EventParams, eventCsv } from '../contracts/events.js';
import { getEvent, listEvents } from '../queries/events.js';
import { listResponse, movedOrNotFound, movedResponse, resourceResponse } from './shared.js';

const events: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'List events chronologically',
        description:
          'Events ordered by start date (undated events last), then id. `from`/`to` keep events whose span ' +
          '(start to end, at their date precision) overlaps the period: an event dated `2025-06` is in `from=2025-06-01`.',
        querystring: EventListQuery,
        response: { 200: listResponse('A page of events.', EventPage, eventCsv), ...problems(400) },
      },
    },
    async (request, reply) => reply.sendPage(listEvents(app.db, request.query), eventCsv),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        operationId: 'getEvent',
        tags: ['events'],
        summary: 'Get one event',
        description:
          'The event with its actors, sources and the history of its status as each document reported it. ' +
          'CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/events CSV.',
        params: EventParams,
        querystring: ResourceQuery,
        response: {
          200: resourceResponse('The event.', EventDetail, eventCsv),
          ...movedResponse,
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const row = getEvent(app.db, request.params.id);
      return row ? reply.sendOne(row, eventCsv) : movedOrNotFound(app.db, 'events', 'event', request, reply);
    },
  );
};

export default fp(events, { name: 'routes-events', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
