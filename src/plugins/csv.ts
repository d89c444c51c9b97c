// Lists answer JSON or CSV from one handler: `?format=csv` or an Accept header preferring text/csv
// picks CSV; a single resource answers its one row with its list's columns. Paging metadata also
// travels in headers, since a CSV body has nowhere to put it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Page } from '../contracts/common.js';
import { toCsv, type CsvColumns } from '../lib/csv.js';

declare module 'fastify' {
  interface FastifyReply {
    /** Sends a list page as JSON or CSV, with Link / X-Next-Cursor / X-Total-Count headers. */
    sendPage<T>(page: Page<T>, columns: CsvColumns<T>): FastifyReply;
    /** Sends rows as CSV when the client asked for it, else `json` as is. */
    sendRows<T>(json: unknown, rows: readonly T[], columns: CsvColumns<T>): FastifyReply;
    /** Sends a single resource as JSON or, asked for CSV, as its one row with its list's columns. */
    sendOne<T>(row: T, columns: CsvColumns<T>): FastifyReply;
  }
}

/** The q-value the Accept header gives `type`, using its most specific matching range. */
function quality(accept: string, type: string): number {
  const [major] = type.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) ? q : 0 };
  }
  return best.q;
}

export function wantsCsv(request: FastifyRequest): boolean {
  const format = (request.query as { format?: unknown } | undefined)?.format;
  if (format === 'csv') return true;
  if (format === 'json') return false;
  const accept = request.headers.accept;
  if (!accept) return false;
  return quality(accept, 'text/csv') > quality(accept, 'application/json');
}

/** False when the Accept header leaves JSON out (`Accept: text/csv`); no header accepts anything. */
export function acceptsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return !accept || quality(accept, 'application/json') > 0;
}

function nextLink(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', cursor);
  return `<${url.pathname}${url.search}>; rel="next"`;
}

function sendCsv(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8; header=present').send(text);
}

export default fp(
  async (app) => {
    app.decorateReply('sendPage', function <T>(this: FastifyReply, page: Page<T>, columns: CsvColumns<T>) {
      this.header('vary', 'Accept');
      this.header('x-total-count', String(page.page.total));
      if (page.page.nextCursor !== null) {
        this.header('x-next-cursor', page.page.nextCursor);
        this.header('link', nextLink(this.request, page.page.nextCursor));
      }
      return wantsCsv(this.request) ? sendCsv(this, toCsv(columns, page.data)) : this.send(page);
    });
    app.decorateReply('sendRows', function <
      T,
    >(this: FastifyReply, json: unknown, rows: readonly T[], columns: CsvColumns<T>) {
      this.header('vary', 'Accept');
      return wantsCsv(this.request) ? sendCsv(this, toCsv(columns, rows)) : this.send(json);
    });
    app.decorateReply('sendOne', function <T>(this: FastifyReply, row: T, columns: CsvColumns<T>) {
      return this.sendRows(row, [row], columns);
    });
  },
  { name: 'csv' },
);
