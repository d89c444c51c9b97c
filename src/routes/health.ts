import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problems } from '../contracts/common.js';
import { Health, Readiness } from '../contracts/health.js';
import { HttpProblem, problemTypes } from '../lib/problem.js';
import { readiness } from '../queries/health.js';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness probe',
        description: 'Answers 200 while the process serves requests.',
        response: { 200: Health.describe('Alive.'), ...problems() },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['health'],
        summary: 'Readiness probe',
        description:
          'Answers 200 when the database is open, every shipped migration is applied and at least one document is loaded; else 503.',
        response: { 200: Readiness.describe('Ready.'), ...problems(503) },
      },
    },
    async () => {
      let report;
      try {
        report = readiness(app.db);
      } catch (error) {
        app.log.warn({ err: error }, 'readiness check failed');
        throw new HttpProblem(503, 'Not Ready', 'The database cannot be read.', problemTypes.notReady);
      }
      if (!report.ready) throw new HttpProblem(503, 'Not Ready', `Not ready: ${report.reason}.`, problemTypes.notReady);
      return { status: 'ready' as const, migrations: report.migrations, documents: report.documents };
    },
  );
};

export default fp(health, { name: 'routes-health', dependencies: ['db', 'problems'], encapsulate: true });
