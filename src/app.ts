// Builds the whole service, the same way for the server, the tests and the OpenAPI generator:
// external plugins first (CORS, compression, OpenAPI, Swagger UI), then the app's own plugins, then routes.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from './db/client.js';
import { validatorCompiler } from './lib/validation.js';
import compressPlugin from './plugins/external/compress.js';
import corsPlugin from './plugins/external/cors.js';
import openapiPlugin from './plugins/external/openapi.js';
import csvPlugin from './plugins/csv.js';
import dbPlugin from './plugins/db.js';
import ingestAuthPlugin from './plugins/ingest-auth.js';
import preparerPlugin from './plugins/preparer.js';
import problemsPlugin, { sendProblem } from './plugins/problems.js';
import actorRoutes from './routes/actors.js';
import documentRoutes from './routes/documents.js';
import eventRoutes from './routes/events.js';
import healthRoutes from './routes/health.js';
import negotiationRoutes from './routes/negotiations.js';
import openapiRoutes from './routes/openapi.js';
import negotiationRoundRoutes from './routes/negotiation-rounds.js';
import roundRoutes from './routes/rounds.js';
import tariffRoutes from './routes/tariffs.js';
import tradeStatRoutes from './routes/trade-stats.js';

export interface AppOptions {
  /** An open database (the app closes it on close) or a path to open and migrate. */
  db: Db | string;
  logger?: FastifyServerOptions['logger'];
  /** Bearer token for POST/DELETE /v1/documents (INGEST_TOKEN); unset, writes are disabled. */
  ingestToken?: string | undefined;
  /** Longest time an uploaded document may take to read (EXTRACT_TIMEOUT_MS); 10 s if unset. */
  extractTimeoutMs?: number | undefined;
  /** Origins allowed to write from a browser (CORS_ORIGINS); reads are open to every origin. */
  corsOrigins?: readonly string[] | undefined;
}

export function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    // Ids are path segments; keep room for long ones but refuse absurd URLs.
    // A trailing slash names the same route (`/v1/events/` is the list, not an empty id).
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
    // Errors raised before routing (malformed URL encoding, over-long ids) are problems too.
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.register(corsPlugin, { origins: options.corsOrigins ?? [] });
  app.register(compressPlugin);
  app.register(openapiPlugin);

  app.register(dbPlugin, { db: options.db });
  app.register(problemsPlugin);
  app.register(csvPlugin);
  app.register(ingestAuthPlugin, { token: options.ingestToken });
  app.register(preparerPlugin, { timeoutMs: options.extractTimeoutMs });

  app.register(healthRoutes);
  app.register(openapiRoutes);
  app.register(
    async (v1) => {
      await v1.register(negotiationRoutes);
      await v1.register(eventRoutes);
      await v1.register(roundRoutes);
      await v1.register(negotiationRoundRoutes);
      await v1.register(actorRoutes);
      await v1.register(tariffRoutes);
      await v1.register(tradeStatRoutes);
      await v1.register(documentRoutes);
    },
    { prefix: '/v1' },
  );

  return app;
}

export type App = ReturnType<typeof buildApp>;
