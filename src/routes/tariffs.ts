import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../contracts/common.js';
import { TariffDetail, TariffListQuery, TariffPage, TariffParams, TariffRate, TariffRateQuery, tariffCsv } from '../contracts/tariffs.js';
import { getTariff, listTariffs, tariffRate } from '../queries/tariffs.js';
import { listResponse, movedOrNotFound, movedResponse } from './shared.js';

const tariffs: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tariffs',
    {
      schema: {
        operationId: 'listTariffs',
        tags: ['tariffs'],
        summary: 'List tariff measures',
        description: 'Tariff measures ordered by announcement date (effective date when only that is known; undated last), then id.',
        querystring: TariffListQuery,
        response: { 200: listResponse('A page of tariff measures.', TariffPage, tariffCsv), ...problems(400) },
      },
    },
    async (request, reply) => reply.sendPage(listTariffs(app.db, request.query), tariffCsv),
  );

  // Registered before /tariffs/:id reads better; find-my-way prefers the static path either way.
  app.get(
    '/tariffs/rate',
    {
      schema: {
        operationId: 'getTariffRate',
        tags: ['tariffs'],
        summary: 'Tariff measures standing on a day',
        description:
          'What `imposer` charges on goods from `target` on day `on`, e.g. `imposer=US&target=VN&on=2025-05-01`. ' +
          'Answered from each measure\'s status history: its status on `on` is the last status that began on or before ' +
          '`on` (the date the status began, else the date of the report, each taken at the first day of its precision: ' +
          '`2025-04` means 2025-04-01). A measure stands when that status is `announced`, `in_effect` or `paused` ' +
          '(given as `statusOn`); proposed, withdrawn or superseded by then, or not yet begun, it is left out. ' +
          'The most recently started measure comes first.',
        querystring: TariffRateQuery,
        response: { 200: TariffRate.describe('The measures standing on that day.'), ...problems(400) },
      },
    },
    async (request) => tariffRate(app.db, request.query),
  );

  app.get(
    '/tariffs/:id',
    {
      schema: {
        operationId: 'getTariff',
        tags: ['tariffs'],
        summary: 'Get one tariff measure',
        description: 'The tariff measure with its sources and the history of its status (each status, when it began, which document reported it).',
        params: TariffParams,
        response: { 200: TariffDetail.describe('The tariff measure.'), ...movedResponse, ...problems(400, 404) },
      },
    },
    async (request, reply) => getTariff(app.db, request.params.id) ?? movedOrNotFound(app.db, 'tariffs', 'tariff measure', request, reply),
  );
};

export default fp(tariffs, { name: 'routes-tariffs', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
