import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import { Round, RoundListQuery, RoundPage, RoundParams, roundCsv } from '../contracts/rounds.js';
import { getRound, listRounds } from '../queries/events.js';
import { found, listResponse, resourceResponse } from './shared.js';

const rounds: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rounds',
    {
      schema: {
        operationId: 'listRounds',
        tags: ['rounds'],
        summary: 'List negotiation rounds',
        description: 'negotiation_round events that have a round number, ordered by number (then event id).',
        querystring: RoundListQuery,
        response: { 200: listResponse('A page of rounds.', RoundPage, roundCsv), ...problems(400) },
      },
    },
    async (request, reply) => reply.sendPage(listRounds(app.db, request.query), roundCsv),
  );

  app.get(
    '/rounds/:number',
    {
      schema: {
        operationId: 'getRound',
        tags: ['rounds'],
        summary: 'Get a negotiation round by number',
        description:
          'The round with this number; should two events claim it, the most confident one. ' +
          'CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/rounds CSV.',
        params: RoundParams,
        querystring: ResourceQuery,
        response: { 200: resourceResponse('The round.', Round, roundCsv), ...problems(400, 404) },
      },
    },
    async (request, reply) => reply.sendOne(found(getRound(app.db, request.params.number), 'round', request.params.number), roundCsv),
  );
};

export default fp(rounds, { name: 'routes-rounds', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
