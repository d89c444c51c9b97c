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

const labels: Record<ProblemParameter['in'], string> = {
  query: 'Query parameter',
  path: 'Path parameter',
  header: 'Header',
  body: 'Body field',
};

interface ValidationIssue {
  instancePath: string;
  message?: string;
}

// Messages come from src/lib/validation.ts: "Expected …; got …." naming what came.
function parameterErrors(issues: ValidationIssue[], context: string | undefined): ProblemParameter[] {
  const where = locations[context ?? ''] ?? 'query';
  return issues.map((issue) => ({
    in: where,
    name: issue.instancePath.split('/').filter(Boolean)[0] ?? '',
    message: issue.message ?? 'Expected a valid value.',
  }));
}

function sentence(error: ProblemParameter): string {
  const what = error.name ? `${labels[error.in]} '${error.name}'` : error.in === 'body' ? 'The body' : labels[error.in];
  return `${what}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`;
}

// Fastify's router errors, in our words (its own wording names neither what was expected nor the limit).
const routerDetails: Record<string, string> = {
  FST_ERR_BAD_URL: 'The path is not valid URL encoding: expected %XX escapes of UTF-8 bytes.',
  FST_ERR_MAX_PARAM_LENGTH: 'A path segment is too long: expected an id of 1 to 200 characters.',
};

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  if (error instanceof HttpProblem) return error.toProblem(request.url);
  if (Array.isArray(error.validation)) {
    const errors = parameterErrors(error.validation, error.validationContext);
    const detail = errors.map(sentence).join(' ');
    return new HttpProblem(400, 'Invalid request parameters', detail, problemTypes.invalidParameters, errors).toProblem(
      request.url,
    );
  }
  const status =
    typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  // Framework 4xx messages (bad URL, unsupported media type…) are safe to show; 5xx ones are not.
  const detail =
    status < 500 ? (routerDetails[error.code] ?? error.message) : 'The server could not answer this request.';
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
