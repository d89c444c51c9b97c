// Every 4xx and 5xx answer is an RFC 9457 problem: validation errors name the parameters,
// unknown routes and unknown ids are 404s, and nothing internal leaks out of a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Problem } from '../contracts/common.js';
import { HttpProblem, problemTypes, statusTitle, type ProblemParameter } from '../lib/problem.js';

const locations: Record<string, ProblemParameter['in']> = {
  querystring: 'query',
  params: 'path',
  headers: 'header',
  body: 'body',
};

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function parameterErrors(issues: ValidationIssue[], context: string | undefined): ProblemParameter[] {
  const where = locations[context ?? ''] ?? 'query';
  return issues.flatMap((issue) => {
    const message = issue.message ?? 'Invalid value.';
    const keys = issue.params?.['keys'];
    // Unknown parameters come as one object-level issue listing them.
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((name) => ({ in: where, name: String(name), message: 'Unknown parameter.' }));
    }
    const name = issue.instancePath.split('/').filter(Boolean)[0] ?? '';
    return [{ in: where, name, message }];
  });
}

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  if (error instanceof HttpProblem) return error.toProblem(request.url);
  if (Array.isArray(error.validation)) {
    const errors = parameterErrors(error.validation, error.validationContext);
    const detail = errors.map((e) => `${e.in} parameter '${e.name}': ${e.message}`).join('; ');
    return new HttpProblem(400, 'Invalid request parameters', detail, problemTypes.invalidParameters, errors).toProblem(
      request.url,
    );
  }
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  // Framework 4xx messages (bad URL, unsupported media type…) are safe to show; 5xx ones are not.
  const detail = status < 500 ? error.message : 'The server could not answer this request.';
  return { type: problemTypes.generic, title: statusTitle(status), status, detail, instance: request.url };
}

/** Answers any error as a problem; also Fastify's `frameworkErrors` hook (bad URLs, over-long ids). */
export function sendProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error, request);
  // Deliberate problems (404s, a 503 from /readyz) are answers, not failures worth an error log.
  if (problem.status >= 500 && !(error instanceof HttpProblem)) request.log.error({ err: error }, 'request failed');
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export default fp(
  async (app) => {
    app.setErrorHandler(sendProblem);

    app.setNotFoundHandler((request, reply) => {
      const problem: Problem = {
        type: problemTypes.generic,
        title: statusTitle(404),
        status: 404,
        detail: `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`,
        instance: request.url,
      };
      return reply.code(404).type('application/problem+json').send(problem);
    });
  },
  { name: 'problems' },
);
