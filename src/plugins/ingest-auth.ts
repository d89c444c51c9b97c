// The bearer token guarding writes (POST and DELETE /v1/documents). Routes opt in with
// `onRequest: app.requireIngestToken`, so a request without the token is answered before its
// body is read. No INGEST_TOKEN configured: writes are disabled (403) whatever is sent.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem, problemTypes } from '../lib/problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    requireIngestToken: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export interface IngestAuthOptions {
  /** The token writes must present; undefined disables writes. */
  token?: string | undefined;
}

// Digests have one length whatever the tokens' lengths, so the comparison takes the same time
// for a wrong token of any length, and timingSafeEqual never throws on a length mismatch.
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i;

export default fp<IngestAuthOptions>(
  async (app, options) => {
    const expected = options.token ? digest(options.token) : undefined;

    app.decorate('requireIngestToken', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!expected) {
        throw new HttpProblem(
          403,
          'Writes disabled',
          'This server accepts no writes: start it with INGEST_TOKEN set to enable POST and DELETE on /v1/documents.',
          problemTypes.writesDisabled,
        );
      }
      const header = request.headers.authorization;
      const given = header ? BEARER.exec(header)?.[1] : undefined;
      if (given === undefined) {
        reply.header('WWW-Authenticate', 'Bearer realm="parley"');
        throw new HttpProblem(
          401,
          'Unauthorized',
          'Send the ingest token as `Authorization: Bearer <token>`.',
          problemTypes.unauthorized,
        );
      }
      if (!timingSafeEqual(digest(given), expected)) {
        reply.header('WWW-Authenticate', 'Bearer realm="parley", error="invalid_token"');
        throw new HttpProblem(
          401,
          'Unauthorized',
          'The bearer token is not the ingest token.',
          problemTypes.unauthorized,
        );
      }
    });
  },
  { name: 'ingest-auth' },
);
