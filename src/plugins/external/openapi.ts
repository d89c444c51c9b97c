// OpenAPI 3.1 from the zod route schemas (@fastify/swagger), Swagger UI at /docs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { createJsonSchemaTransformObject, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { projectRoot } from '../../db/client.js';
import { finishDocument } from '../../lib/openapi-document.js';

export const tags = [
  {
    name: 'negotiations',
    description:
      'The talks between two parties (`us-vn`, `jp-us`, `eu-us`): where each stands, its rounds, the tariffs each charges the other, the trade between them.',
  },
  {
    name: 'events',
    description:
      'The timeline: negotiation rounds, meetings, calls, tariff actions, proposals, agreements, statements.',
  },
  { name: 'rounds', description: 'Numbered negotiation rounds, a view of the negotiation_round events.' },
  { name: 'actors', description: 'People, organizations and countries taking part.' },
  {
    name: 'tariffs',
    description: 'Tariff measures announced, in effect, proposed or withdrawn, and the rate standing on a day.',
  },
  { name: 'trade-stats', description: 'Trade figures between countries, and the balance between two of them.' },
  {
    name: 'documents',
    description: 'The loaded news documents every source quotes, and what was extracted from each.',
  },
  { name: 'health', description: 'Liveness and readiness probes.' },
  { name: 'meta', description: 'This API description.' },
];

const description = `Parley serves a source-cited timeline of bilateral trade negotiations: events, actors,
tariff measures and trade statistics extracted from loaded news documents. Every row carries
\`sources\`: passages quoted exactly from a document's text (\`text.slice(start, end) === quote\`).

**Lists** answer \`{ data, page: { limit, nextCursor, total } }\`. Pass \`page.nextCursor\` back as
\`cursor\` for the next page (keyset pagination: pages never skip or repeat rows). \`limit\` is 1–100,
default 50. Every list also answers CSV: send \`Accept: text/csv\` or \`?format=csv\`; paging then
travels in the \`Link\`, \`X-Next-Cursor\` and \`X-Total-Count\` headers. A single resource answers
its row of its list's CSV the same way; a document's extractions are JSON only.
A trailing slash names the same route.

**Dates** are as precise as the sources: \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`, with \`datePrecision\`.

**Errors** are RFC 9457 problem details (\`application/problem+json\`); an invalid or unknown parameter
is a 400 whose \`errors\` name it and say what was expected and what came
(\`Expected a whole number from 1 to 100; got '1000'.\`).

**Writes** (\`POST\` and \`DELETE\` on \`/v1/documents\`) need \`Authorization: Bearer <token>\` with the
server's \`INGEST_TOKEN\`; a server started without one answers them 403.`;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const transformObject = createJsonSchemaTransformObject({});

type RouteDocument = Parameters<typeof jsonSchemaTransform>[0];

/**
 * jsonSchemaTransform, plus request bodies given per media type (`body: { content: { type: { schema } } }`,
 * which Fastify validates per Content-Type but the zod transform does not know): each media
 * type's zod schema is transformed on its own.
 */
function transform(route: RouteDocument): ReturnType<typeof jsonSchemaTransform> {
  const body = (route.schema as { body?: unknown } | undefined)?.body;
  if (!body || typeof body !== 'object' || !('content' in body)) return jsonSchemaTransform(route);
  const { body: _, ...schema } = route.schema as Record<string, unknown>;
  const result = jsonSchemaTransform({ ...route, schema } as RouteDocument);
  const content = Object.fromEntries(
    Object.entries((body as { content: Record<string, { schema: unknown }> }).content).map(([type, media]) => [
      type,
      {
        schema: (
          jsonSchemaTransform({ ...route, schema: { body: media.schema } } as RouteDocument).schema as { body: unknown }
        ).body,
      },
    ]),
  );
  return { ...result, schema: { ...result.schema, body: { content } } };
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Parley API',
          version: packageVersion(),
          description,
          contact: { name: 'Parley maintainers' },
          license: { name: 'Proprietary' },
        },
        // Relative, so the document is the same wherever it is served and Swagger UI calls its own host.
        servers: [{ url: '/', description: 'The host serving this document.' }],
        tags,
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              description: "The server's INGEST_TOKEN, for writes to /v1/documents.",
            },
          },
        },
      },
      transform,
      transformObject: (document) => finishDocument(transformObject(document)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });

    app.addHook('onSend', async (request, reply) => {
      const route = request.routeOptions.url ?? '';
      // The assets change only with the installed Swagger UI; ETag/Last-Modified revalidate after a day.
      if (route.startsWith('/docs/static/')) reply.header('cache-control', 'public, max-age=86400');
      // The document changes only with a deploy; five minutes keeps Swagger UI snappy and fresh enough.
      else if (route === '/openapi.json' && reply.statusCode === 200)
        reply.header('cache-control', 'public, max-age=300');
    });

    app.addHook('onListen', async () => {
      const address = app.server.address();
      if (address === null || typeof address === 'string') return;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const shown = host === '0.0.0.0' || host === '[::]' ? 'localhost' : host;
      app.log.info(`API documentation (Swagger UI) at http://${shown}:${address.port}/docs`);
    });
  },
  { name: 'openapi' },
);
