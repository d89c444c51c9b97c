// Cross-origin access (@fastify/cors): the data is public, so a dashboard on any origin may read it;
// writes stay same-origin unless CORS_ORIGINS lists the calling origin.
import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../../lib/problem.js';

/** Headers a browser script may read: paging (CSV pages carry it only there), caching, a write's Location. */
export const exposedHeaders = ['Link', 'X-Total-Count', 'X-Next-Cursor', 'ETag', 'Location'];

const READS = new Set(['GET', 'HEAD']);
// Browsers cache a preflight at most 2 h (Chromium) or 1 day (Firefox).
const PREFLIGHT_MAX_AGE_S = 7200;

/** The method a request will use: a preflight asks for it in a header. */
function intendedMethod(request: FastifyRequest): string {
  const asked = request.headers['access-control-request-method'];
  return (request.method === 'OPTIONS' && typeof asked === 'string' ? asked : request.method).toUpperCase();
}

export function corsOptions(allowedOrigins: readonly string[], request: FastifyRequest): FastifyCorsOptions {
  const common = { exposedHeaders, maxAge: PREFLIGHT_MAX_AGE_S, strictPreflight: false };
  if (READS.has(intendedMethod(request))) return { ...common, origin: '*', methods: ['GET', 'HEAD'] };
  const origin = request.headers.origin;
  return {
    ...common,
    // false sends no Access-Control-Allow-Origin, so the browser refuses the cross-origin write.
    origin: origin !== undefined && allowedOrigins.includes(origin) ? origin : false,
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
  };
}

/** A preflight for a write from an origin not listed: say so, rather than the 404 @fastify/cors falls back to. */
function refusedWrite(allowedOrigins: readonly string[], request: FastifyRequest): HttpProblem | undefined {
  const origin = request.headers.origin;
  if (request.method !== 'OPTIONS' || origin === undefined || READS.has(intendedMethod(request))) return undefined;
  if (allowedOrigins.includes(origin)) return undefined;
  return new HttpProblem(
    403,
    'Forbidden',
    `Writes from the origin ${origin} are not allowed: only the origins listed in the server's CORS_ORIGINS may send ${intendedMethod(request)} from a browser. Reads are open to every origin.`,
  );
}

export default fp<{ origins: readonly string[] }>(
  async (app, { origins }) => {
    // Answered here: the catch-all OPTIONS route is set up before the problems plugin's error handler.
    app.addHook('onRequest', async (request, reply) => {
      const problem = refusedWrite(origins, request);
      if (problem)
        return reply.code(problem.status).type('application/problem+json').send(problem.toProblem(request.url));
    });
    await app.register(cors, {
      delegator: (request, callback) => callback(null, corsOptions(origins, request)),
    });
  },
  { name: 'cors' },
);
