import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../contracts/common.js';
import {
  TradeBalance,
  TradeBalanceQuery,
  TradeStatListQuery,
  TradeStatPage,
  tradeBalanceCsv,
  tradeStatCsv,
} from '../contracts/trade-stats.js';
import { listTradeStats, tradeBalance } from '../queries/trade-stats.js';
import { listResponse } from './shared.js';

const tradeStats: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trade-stats',
    {
      schema: {
        operationId: 'listTradeStats',
        tags: ['trade-stats'],
        summary: 'List trade figures',
        description: 'Trade figures ordered by period, exporter, importer and id.',
        querystring: TradeStatListQuery,
        response: { 200: listResponse('A page of trade figures.', TradeStatPage, tradeStatCsv), ...problems(400) },
      },
    },
    async (request, reply) => reply.sendPage(listTradeStats(app.db, request.query), tradeStatCsv),
  );

  app.get(
    '/trade-stats/balance',
    {
      schema: {
        operationId: 'getTradeBalance',
        tags: ['trade-stats'],
        summary: 'Trade balance between two countries',
        description:
          'Per period: goods from `a` to `b` (`aToB`), from `b` to `a` (`bToA`) and `balance` = aToB − bToA, null when a side ' +
          'is unknown. When several figures exist for one direction and period, the most confident counts. Each figure ' +
          'comes with the qualifier its source gives (`aToBQualifier`, `bToAQualifier`: "over $120 billion" is `more_than`, ' +
          '"approximately $15 billion" `approximately`) and the passages it is taken from (`aToBSources`, `bToASources`). ' +
          '`balanceQualifier` says what the difference can claim: it is exact only when both figures are; a balance of ' +
          'a `more_than` and an `approximately` figure is `approximately`. ' +
          'Also answers CSV (`Accept: text/csv` or `format=csv`): the qualifiers and the first passage of each side follow ' +
          'the four figure columns.',
        querystring: TradeBalanceQuery,
        response: {
          200: listResponse('The balance, period by period.', TradeBalance, tradeBalanceCsv),
          ...problems(400),
        },
      },
    },
    async (request, reply) => {
      const balance = tradeBalance(app.db, request.query);
      return reply.sendRows(balance, balance.data, tradeBalanceCsv);
    },
  );
};

export default fp(tradeStats, {
  name: 'routes-trade-stats',
  dependencies: ['db', 'problems', 'csv'],
  encapsulate: true,
});
