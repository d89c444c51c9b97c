// The rounds of one negotiation: /v1/negotiations/{id}/rounds and …/rounds/{number}.
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import { canonicalNegotiationId, type NegotiationRef } from '../contracts/negotiations.js';
import {
  NegotiationRoundParams,
  NegotiationRoundsParams,
  NegotiationRoundsQuery,
  Round,
  RoundPage,
  roundCsv,
} from '../contracts/rounds.js';
import type { Db } from '../db/client.js';
import { notFound } from '../lib/problem.js';
import { negotiationRef } from '../queries/negotiations.js';
import { listRounds, roundsNumbered, talksLaunches } from '../queries/rounds.js';
import { WHAT_A_ROUND_IS, roundNotFound } from './round-problems.js';
import { listResponse, movedResponse, resourceResponse } from './shared.js';

/** Where a nested route written with another spelling of its negotiation id lives; null when canonical. */
function canonicalUrl(raw: string, url: string): string | null {
  const id = canonicalNegotiationId(raw);
  return id === raw ? null : url.replace(`/negotiations/${raw}`, `/negotiations/${id}`);
}

function negotiationOrNotFound(db: Db, id: string): NegotiationRef {
  const ref = negotiationRef(db, id);
  if (!ref) throw notFound('negotiation', id);
  return ref;
}

const negotiationRounds: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/negotiations/:id/rounds',
    {
      schema: {
        operationId: 'listNegotiationRounds',
        tags: ['rounds', 'negotiations'],
        summary: "List one negotiation's rounds",
        description:
          `${WHAT_A_ROUND_IS} The numbered rounds of this negotiation in number order, and the event that launched ` +
          'its talks as `launch`; the same as /v1/rounds?negotiation={id}. An id in another spelling (`VN-US`) ' +
          'answers 308 to the canonical one.',
        params: NegotiationRoundsParams,
        querystring: NegotiationRoundsQuery,
        response: {
          200: listResponse('A page of rounds.', RoundPage, roundCsv),
          ...movedResponse,
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const moved = canonicalUrl(request.params.id, request.url);
      if (moved) return reply.redirect(moved, 308);
      const of = negotiationOrNotFound(app.db, request.params.id);
      return reply.sendPage(listRounds(app.db, { ...request.query, negotiation: of.id }), roundCsv);
    },
  );

  app.get(
    '/negotiations/:id/rounds/:number',
    {
      schema: {
        operationId: 'getNegotiationRound',
        tags: ['rounds', 'negotiations'],
        summary: "Get one negotiation's round by number",
        description:
          'The round of this negotiation with this number; should two events claim it, the most confident one. A ' +
          'number no article reports for it is a 404 problem linking the event that launched its talks, if any. CSV ' +
          'is its row of the /v1/rounds CSV.',
        params: NegotiationRoundParams,
        querystring: ResourceQuery,
        response: { 200: resourceResponse('The round.', Round, roundCsv), ...movedResponse, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const moved = canonicalUrl(request.params.id, request.url);
      if (moved) return reply.redirect(moved, 308);
      const of = negotiationOrNotFound(app.db, request.params.id);
      const [round] = roundsNumbered(app.db, request.params.number, of.id);
      if (round === undefined) throw roundNotFound(request.params.number, talksLaunches(app.db, of.id), of);
      return reply.sendOne(round, roundCsv);
    },
  );
};

export default fp(negotiationRounds, {
  name: 'routes-negotiation-rounds',
  dependencies: ['db', 'problems', 'csv'],
  encapsulate: true,
});
