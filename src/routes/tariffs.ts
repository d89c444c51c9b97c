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
import { listResponse, movedOrNotFound, movedResponse, resourceResponse } from './shared.js';

// The rule /tariffs/rate answers by: which measures stand on a day, and which of them applies.
const rateRule = [
  'What `imposer` charges on goods from `target` on day `on`, e.g. `imposer=US&target=VN&on=2025-05-01`.',
  "\n\n**Status on `on`.** From each measure's status history: the last status that began on or before `on` (the",
  'date the status began, else the date of the report, each taken at the first day of its precision: `2025-04` means',
  '2025-04-01). A measure still `announced` then whose `effectiveDate` (the day the text says it takes effect, at the',
  'first day of its precision too) is on or before `on` is `in_effect`, unless a `paused`, `withdrawn` or `superseded`',
  'status begun between that date and `on`, or an undated one reported after the announcement, says otherwise.',
  'A measure stands when that status is `announced`,',
  '`in_effect` or `paused` (given as `statusOn`); proposed, withdrawn or superseded by then, or not yet begun, it is',
  'left out. The most recently started measure (effective date, else announcement) comes first.',
  '\n\n**Which applies** (`applies`, and per measure `applies` with a `reason`). Of the measures competing for the',
  'main rate (every kind but `sectoral` and `additional`), one in force beats one only announced, and the later',
  'started beats the earlier; a paused measure, or one announced to take effect after `on`, never applies. When none',
  'is in force, the latest announced is named, with `statusOn: announced` and reason `latest_announced`: the sources',
  "announce it but do not say it was in force. `sectoral` measures (one sector's goods) and `additional` ones",
  '(charged on top of the main rate) apply beside it when in force. `applies` is null when no competing measure',
  'is in force or announced for that day.',
  '\n\nCSV (`format=csv` or `Accept: text/csv`) has one row per measure: the columns of the /v1/tariffs CSV, then',
  '`statusOn`, `applies` and `reason`.',
].join(' ');

const tariffs: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tariffs',
    {
      schema: {
        operationId: 'listTariffs',
        tags: ['tariffs'],
        summary: 'List tariff measures',
        description:
          'Tariff measures ordered by announcement date (effective date when only that is known; undated last), then id.',
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
        summary: 'Tariff measures standing on a day, and which applies',
        description: rateRule,
        querystring: TariffRateQuery,
        response: {
          200: listResponse(
            'The measures standing on that day and the one that applies.',
            TariffRate,
            standingTariffCsv,
            'one row per item of `measures`',
          ),
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
        response: {
          200: resourceResponse('The tariff measure.', TariffDetail, tariffCsv),
          ...movedResponse,
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const row = getTariff(app.db, request.params.id);
      return row ? reply.sendOne(row, tariffCsv) : movedOrNotFound(app.db, 'tariffs', 'tariff measure', request, reply);
    },
  );
};

export default fp(tariffs, { name: 'routes-tariffs', dependencies: ['db', 'problems', 'csv'], encapsulate: true });
