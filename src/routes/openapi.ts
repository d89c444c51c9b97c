import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../contracts/common.js';

const openapi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/openapi.json',
    {
      schema: {
        operationId: 'getOpenApiDocument',
        tags: ['meta'],
        summary: 'This OpenAPI document',
        description: 'The OpenAPI 3.1 description of this API, generated from the route schemas.',
        response: {
          200: z.record(z.string(), z.unknown()).describe('An OpenAPI 3.1 document.'),
          ...problems(),
        },
      },
    },
    async () => app.swagger() as unknown as Record<string, unknown>,
  );
};

export default fp(openapi, { name: 'routes-openapi', dependencies: ['openapi'], encapsulate: true });
