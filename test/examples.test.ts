// The examples OpenAPI gives every parameter work on the seed data: each one alone finds rows,
// and all of a route's examples together are a valid request.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { loadPaths } from '../src/loader/index.js';
import { copyTemplateDb } from './helpers/db.js';

const SEEDS = ['000_271d89f5396d1b95.txt', '002_0894cd50236d01ee.txt'].map((f) =>
  join(import.meta.dirname, '..', 'seeds', f),
);

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  example: unknown;
}

let app: App;
let gets: Array<{ path: string; parameters: Parameter[] }>;
beforeAll(async () => {
  const { db } = copyTemplateDb();
  loadPaths(db, SEEDS);
  app = buildApp({ db });
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, { get?: { parameters?: Parameter[] } }> };
  gets = Object.entries(doc.paths).flatMap(([path, item]) =>
    item.get?.parameters ? [{ path, parameters: item.get.parameters }] : [],
  );
});
afterAll(async () => {
  await app.close();
});

function url(path: string, parameters: Parameter[], query: Parameter[]): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(parameters.find((p) => p.in === 'path' && p.name === name)?.example)),
  );
  const search = new URLSearchParams(query.map((p): [string, string] => [p.name, String(p.example)]));
  return query.length > 0 ? `${filled}?${search}` : filled;
}

/** Rows in an answer: a page's data, a rate's measures, a balance's periods, CSV lines; 1 for a resource. */
function rows(type: string, body: string): number {
  if (type.startsWith('text/csv')) return body.split('\r\n').filter(Boolean).length - 1;
  const json = JSON.parse(body) as { data?: unknown[]; measures?: unknown[] };
  return (json.data ?? json.measures ?? [json]).length;
}

describe('parameter examples on the seed data', () => {
  it('find rows one by one, with the required ones', async () => {
    expect(gets.length).toBeGreaterThan(10);
    for (const { path, parameters } of gets) {
      const required = parameters.filter((p) => p.in === 'query' && p.required);
      const optional = parameters.filter((p) => p.in === 'query' && !p.required);
      for (const parameter of [undefined, ...optional]) {
        const target = url(path, parameters, parameter ? [...required, parameter] : required);
        const response = await app.inject({ method: 'GET', url: target });
        expect(response.statusCode, `${target}: ${response.body.slice(0, 300)}`).toBe(200);
        expect(rows(String(response.headers['content-type']), response.body), target).toBeGreaterThan(0);
      }
    }
  });

  it('make a valid request all together', async () => {
    for (const { path, parameters } of gets) {
      const target = url(
        path,
        parameters,
        parameters.filter((p) => p.in === 'query'),
      );
      const response = await app.inject({ method: 'GET', url: target });
      expect(response.statusCode, `${target}: ${response.body.slice(0, 300)}`).toBe(200);
    }
  });
});
