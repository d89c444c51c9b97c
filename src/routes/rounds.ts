import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import { canonicalNegotiationId, type NegotiationRef } from '../contracts/negotiations.js';
import {
  NegotiationRoundParams,
  NegotiationRoundsParams,
  NegotiationRoundsQuery,
  Round,
  RoundListQuery,
  RoundPage,
  RoundParams,
  roundCsv,
  type TalksLaunch,
} from '../contracts/rounds.js';
import type { Db } from '../db/client.js';
import { HttpProblem, notFound, problemTypes, type ProblemLink } from '../lib/problem.js';
import { negotiationRef } from '../queries/negotiations.js';
import { listRounds, roundsNumbered, talksLaunches } from '../queries/rounds.js';
import { listResponse, movedResponse, resourceResponse } from './shared.js';

const WHAT_A_ROUND_IS =
  'A round is a negotiation session the articles number ("the second round of negotiations"); numbers belong to a negotiation.';

const launchLink = (l: TalksLaunch): ProblemLink => ({ rel: 'launch', href: l.href, title: l.title });

/** The 404 for a round no article numbers; it points to the launch of the talks, often taken for round one. */
function roundNotFound(round: number, launches: TalksLaunch[], of?: NegotiationRef): HttpProblem {
  const none = `No article reports a round ${round}${of ? ` of the ${of.title}` : ''}. ${WHAT_A_ROUND_IS}`;
  if (launches.length === 0) return new HttpProblem(404, 'Not Found', none, problemTypes.notFound);
  const told = launches.map((l) => {
    const when = l.startDate === null ? '' : ` of ${l.startDate}`;
    return `the ${l.type}${when} '${l.title}' (${l.href})`;
  });
  const detail = `${none} The talks were launched by ${told.join(', and ')}, no numbered round.`;
  return new HttpProblem(404, 'Not Found', detail, problemTypes.notFound, undefined, launches.map(launchLink));
}

/** The 409 for a number several negotiations have: each candidate round, never one of them silently. */
function ambiguousRound(round: number, candidates: Round[]): HttpProblem {
  const hrefOf = (r: Round) =>
    r.negotiation ? `/v1/negotiations/${r.negotiation.id}/rounds/${round}` : `/v1/events/${encodeURIComponent(r.id)}`;
  const named = candidates.map((r) => (r.negotiation ? `${r.negotiation.id} (${r.negotiation.title})` : r.id));
  const detail =
    `Round ${round} is numbered in ${candidates.length} negotiations: ${named.join(', ')}. ` +
    `Ask /v1/negotiations/{id}/rounds/${round} for one; links lists each.`;
  const links = candidates.map((r) => ({ rel: 'candidate', href: hrefOf(r), title: r.title }));
  return new HttpProblem(409, 'Conflict', detail, problemTypes.ambiguousRound, undefined, links);
}

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

export default fp(rounds, { name: 'routes-rounds', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
