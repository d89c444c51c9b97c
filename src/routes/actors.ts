import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActorDetail, ActorListQuery, ActorPage, ActorParams, actorCsv } from '../contracts/actors.js';
import { ResourceQuery, problems } from '../contracts/common.js';
import { getActor, listActors } from '../queries/actors.js';
import { listResponse, movedOrNotFound, movedResponse, resourceResponse } from './shared.js';

const actors: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/actors',
    {
      schema: {
        operationId: 'listActors',
        tags: ['actors'],
        summary: 'List actors',
        description: 'People, organizations and countries, ordered by kind, name and id.',
        querystring: ActorListQuery,
        response: { 200: listResponse('A page of actors.', ActorPage, actorCsv), ...problems(400) },
      },
    },
    async (request, reply) => reply.sendPage(listActors(app.db, request.query), actorCsv),
  );

  app.get(
    '/actors/:id',
    {
      schema: {
        operationId: 'getActor',
        tags: ['actors'],
        summary: 'Get one actor',
        description:
          'The actor with its aliases, sources and the events it takes part in. ' +
          'CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/actors CSV, without the events.',
        params: ActorParams,
        querystring: ResourceQuery,
        response: {
          200: resourceResponse('The actor.', ActorDetail, actorCsv),
          ...movedResponse,
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const row = getActor(app.db, request.params.id);
      return row ? reply.sendOne(row, actorCsv) : movedOrNotFound(app.db, 'actors', 'actor', request, reply);
    },
  );
};

export default fp(actors, { name: 'routes-actors', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
