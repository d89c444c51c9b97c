import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import { Round, RoundListQuery, RoundPage, RoundParams, roundCsv } from '../contracts/rounds.js';
import { listRounds, roundsNumbered, talksLaunches } from '../queries/rounds.js';
import { WHAT_A_ROUND_IS, ambiguousRound, roundNotFound } from './round-problems.js';
import { listResponse, resourceResponse } from './shared.js';

const rounds: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rounds',
    {
      schema: {
        operationId: 'listRounds',
        tags: ['rounds'],
        summary: 'List negotiation rounds',
        description:
          `${WHAT_A_ROUND_IS} The rounds are the negotiation_round events that have a round number, ordered by ` +
          'negotiation id (rounds of no negotiation last), then number, then event id; `negotiation` keeps one ' +
          "negotiation's. The event that launched the talks (a meeting or call the articles call the start of the " +
          'negotiations) is no round unless an article numbers it; pages name it as `launch`.',
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
          'The round with this number, where one negotiation has it; should two events of it claim the number, the ' +
          'most confident one. Where several negotiations have a round of this number, a 409 problem lists each ' +
          '(`links`, rel `candidate`): ask /v1/negotiations/{id}/rounds/{number}. A number no article reports is a ' +
          '404 problem saying so; when an event launched the talks, its detail names it and `links` points to it ' +
          '(`rel: launch`). CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/rounds CSV.',
        params: RoundParams,
        querystring: ResourceQuery,
        response: { 200: resourceResponse('The round.', Round, roundCsv), ...problems(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const { number } = request.params;
      const found = roundsNumbered(app.db, number);
      if (found.length > 1) throw ambiguousRound(number, found);
      if (found.length === 0) throw roundNotFound(number, talksLaunches(app.db));
      return reply.sendOne(found[0]!, roundCsv);
    },
  );
};

export default fp(rounds, { name: 'routes-rounds', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
