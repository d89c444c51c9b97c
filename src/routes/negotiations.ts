import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../contracts/common.js';
import { NegotiationDetail } from '../contracts/negotiation-detail.js';
import {
  NegotiationListQuery,
  NegotiationPage,
  NegotiationParams,
  NegotiationQuery,
  WHAT_A_NEGOTIATION_IS,
  canonicalNegotiationId,
  negotiationCsv,
} from '../contracts/negotiations.js';
import { HttpProblem, problemTypes } from '../lib/problem.js';
import { getNegotiation } from '../queries/negotiation-detail.js';
import { listNegotiations } from '../queries/negotiations.js';
import { listResponse, movedUrl, resourceResponse } from './shared.js';

const STATUS_RULE =
  '`status` is derived from the events: `agreement_reached` once an agreement event occurred; `ongoing` while any ' +
  'negotiation round, meeting, call, proposal or agreement is reported; else `no_talks_reported`.';

const spellingMoved = {
  308: z
    .null()
    .describe(
      'Permanent Redirect: the id was written in another spelling (upper case, or the codes the other way round); ' +
        '`Location` is the URL of its canonical id, query string kept.',
    ),
};

/** The 404 of a well-formed pair no article ties into talks. */
function negotiationNotFound(id: string): HttpProblem {
  const [a, b] = id.toUpperCase().split('-');
  const detail = `No negotiation has the id '${id}': no article ties ${a} and ${b} into talks. See /v1/negotiations for those there are.`;
  const links = [{ rel: 'collection', href: '/v1/negotiations', title: 'Every negotiation' }];
  return new HttpProblem(404, 'Not Found', detail, problemTypes.notFound, undefined, links);
}

/** Today in UTC, YYYY-MM-DD: the default day of a negotiation's tariffs. */
const today = () => new Date().toISOString().slice(0, 10);

const negotiations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/negotiations',
    {
      schema: {
        operationId: 'listNegotiations',
        tags: ['negotiations'],
        summary: 'List negotiations',
        description: `${WHAT_A_NEGOTIATION_IS} ${STATUS_RULE} Negotiations are ordered by id.`,
        querystring: NegotiationListQuery,
        response: {
          200: listResponse('A page of negotiations.', NegotiationPage, negotiationCsv),
          ...problems(400),
        },
      },
    },
    async (request, reply) => reply.sendPage(listNegotiations(app.db, request.query), negotiationCsv),
  );

  app.get(
    '/negotiations/:id',
    {
      schema: {
        operationId: 'getNegotiation',
        tags: ['negotiations'],
        summary: 'Get one negotiation',
        description:
          `${WHAT_A_NEGOTIATION_IS} ${STATUS_RULE} Besides the list's fields: its numbered \`rounds\`; \`tariffs\`, ` +
          'what each party charges on goods from the other on day `on` (default today, UTC), as /v1/tariffs/rate ' +
          'answers; `trade`, the latest figures each way and the latest balance, from /v1/trade-stats/balance; and ' +
          'the `documents` its rows cite. An id in another spelling (`VN-US`) is redirected to the canonical one. ' +
          'CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/negotiations CSV.',
        params: NegotiationParams,
        querystring: NegotiationQuery,
        response: {
          200: resourceResponse('The negotiation.', NegotiationDetail, negotiationCsv),
          ...spellingMoved,
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const id = canonicalNegotiationId(request.params.id);
      if (id !== request.params.id) return reply.redirect(movedUrl(request.url, id), 308);
      const negotiation = getNegotiation(app.db, id, request.query.on ?? today());
      if (!negotiation) throw negotiationNotFound(id);
      return reply.sendOne(negotiation, negotiationCsv);
    },
  );
};

export default fp(negotiations, {
  name: 'routes-negotiations',
  dependencies: ['db', 'problems', 'csv'],
  encapsulate: true,
});
