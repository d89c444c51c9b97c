// RFC 9457 problem details. Handlers throw HttpProblem; the problems plugin turns every error,
// thrown or not, into an application/problem+json answer.
import { STATUS_CODES } from 'node:http';
import type { Problem } from '../contracts/common.js';

export const problemTypes = {
  invalidParameters: 'tag:parley,2025:invalid-parameters',
  notFound: 'tag:parley,2025:not-found',
  notReady: 'tag:parley,2025:not-ready',
  unauthorized: 'tag:parley,2025:unauthorized',
  writesDisabled: 'tag:parley,2025:writes-disabled',
  documentRefused: 'tag:parley,2025:document-refused',
  ambiguousRound: 'tag:parley,2025:ambiguous-round',
  generic: 'about:blank',
} as const;

export type ProblemParameter = NonNullable<Problem['errors']>[number];
export type ProblemLink = NonNullable<Problem['links']>[number];

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly type: string = problemTypes.generic,
    readonly errors?: ProblemParameter[],
    readonly links?: ProblemLink[],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  toProblem(instance: string): Problem {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      ...(this.errors ? { errors: this.errors } : {}),
      ...(this.links ? { links: this.links } : {}),
    };
  }
}

export function statusTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

export function notFound(what: string, id: string | number): HttpProblem {
  return new HttpProblem(404, 'Not Found', `No ${what} '${id}'.`, problemTypes.notFound);
}
