import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import { Round, RoundListQuery, RoundPage, RoundParams, roundCsv, type TalksLaunch } from '../contracts/rounds.js';
import { HttpProblem, problemTypes } from '../lib/problem.js';
import { getRound, listRounds, talksLaunch } from '../queries/events.js';
import { listResponse, resourceResponse } from './shared.js';

const WHAT_A_ROUND_IS = 'A round is a negotiation session the articles number ("the second round of negotiations").';

/** The 404 for a round no article numbers; it points to the launch of the talks, often taken for round one. */
function roundNotFound(round: number, launch: TalksLaunch | null): HttpProblem {
  const none = `No article reports a round ${round}. ${WHAT_A_ROUND_IS}`;
  if (launch === null) return new HttpProblem(404, 'Not Found', none, problemTypes.notFound);
  const when = launch.startDate === null ? '' : ` of ${launch.startDate}`;
  const detail = `${none} The talks were launched by the ${launch.type}${when} '${launch.title}', no numbered round: see ${launch.href}.`;
  const links = [{ rel: 'launch', href: launch.href, title: launch.title }];
  return new HttpProblem(404, 'Not Found', detail, problemTypes.notFound, undefined, links);
}

const rounds: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rounds',
    {
      schema: {
        operationId: 'listRounds',
        tags: ['rounds'],
        summary: 'List negotiation rounds',
        description:
          `${WHAT_A_ROUND_IS} The rounds are the negotiation_round events that have a round number, ordered by number ` +
          '(then event id). The event that launched the talks (a meeting or call the articles call the start of the ' +
          'negotiations) is no round unless an article numbers it; every page names it as `launch`.',
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
          'The round with this number; should two events claim it, the most confident one. A number no article ' +
          'reports is a 404 problem saying so; when an event launched the talks, its detail names it and `links` ' +
          'points to it (`rel: launch`). CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/rounds CSV.',
        params: RoundParams,
        querystring: ResourceQuery,
        response: { 200: resourceResponse('The round.', Round, roundCsv), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const round = getRound(app.db, request.params.number);
      if (round === undefined) throw roundNotFound(request.params.number, talksLaunch(app.db));
      return reply.sendOne(round, roundCsv);
    },
  );
};

export default fp(rounds, { name: 'routes-rounds', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
