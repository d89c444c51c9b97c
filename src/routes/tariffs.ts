import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceQuery, problems } from '../contracts/common.js';
import {
  TariffDetail,
  TariffListQuery,
  TariffPage,
  TariffParams,
  TariffRate,
  TariffRateQuery,
  standingTariffCsv,
  tariffCsv,
} from '../contracts/tariffs.js';
import { getTariff, listTariffs, tariffRate } from '../queries/tariffs.js';
import { found, listResponse, resourceResponse } from './shared.js';

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
          'The most recently started measure comes first. CSV (`format=csv` or `Accept: text/csv`) has one row per ' +
          'measure: the columns of the /v1/tariffs CSV, then `statusOn`.',
        querystring: TariffRateQuery,
        response: {
          200: listResponse('The measures standing on that day.', TariffRate, standingTariffCsv, 'one row per item of `measures`'),
          ...problems(400),
        },
      },
    },
    async (request, reply) => {
      const rate = tariffRate(app.db, request.query);
      return reply.sendRows(rate, rate.measures, standingTariffCsv);
    },
  );

  app.get(
    '/tariffs/:id',
    {
      schema: {
        operationId: 'getTariff',
        tags: ['tariffs'],
        summary: 'Get one tariff measure',
        description:
          'The tariff measure with its sources and the history of its status (each status, when it began, which document reported it). ' +
          'CSV (`format=csv` or `Accept: text/csv`) is its row of the /v1/tariffs CSV, without the history.',
        params: TariffParams,
        querystring: ResourceQuery,
        response: { 200: resourceResponse('The tariff measure.', TariffDetail, tariffCsv), ...problems(400, 404) },
      },
    },
    async (request, reply) => reply.sendOne(found(getTariff(app.db, request.params.id), 'tariff measure', request.params.id), tariffCsv),
  );
};

export default fp(tariffs, { name: 'routes-tariffs', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
