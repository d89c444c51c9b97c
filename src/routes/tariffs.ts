import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../contracts/common.js';
import { Tariff, TariffListQuery, TariffPage, TariffParams, TariffRate, TariffRateQuery, tariffCsv } from '../contracts/tariffs.js';
import { getTariff, listTariffs, tariffRate } from '../queries/tariffs.js';
import { found, listResponse } from './shared.js';

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
          'A measure stands on `on` when its status is neither `proposed` nor `withdrawn` and it started on or before `on`: ' +
          'it started on its effective date when known, else on its announcement date, each taken at the first day of its ' +
          'precision (`2025-04` means 2025-04-01). Measures with neither date are left out. Superseded and paused measures ' +
          'are included with their status, so check it; the most recently started measure comes first.',
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
        description: 'The tariff measure with its sources.',
        params: TariffParams,
        response: { 200: Tariff.describe('The tariff measure.'), ...problems(400, 404) },
      },
    },
    async (request) => found(getTariff(app.db, request.params.id), 'tariff measure', request.params.id),
  );
};

export default fp(tariffs, { name: 'routes-tariffs', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
