import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { generateOpenApi, openapiPath } from '../src/openapi.js';
import { createTestApp, getJson } from './helpers/app.js';

let app: App;
let doc: any;
beforeAll(async () => {
  app = await createTestApp();
  doc = JSON.parse(await generateOpenApi());
});
afterAll(async () => {
  await app.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, any>).map(([method, op]) => ({ path, method, op })),
  );

describe('OpenAPI document', () => {
  it('is committed up to date (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(openapiPath, 'utf8')).toBe(await generateOpenApi());
  });

  it('is served at /openapi.json, identical to the committed one', async () => {
    const { status, body } = await getJson(app, '/openapi.json');
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(readFileSync(openapiPath, 'utf8')));
  });

  it('is OpenAPI 3.1 and describes every route', () => {
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/healthz',
        '/readyz',
        '/openapi.json',
        '/v1/events',
        '/v1/events/{id}',
        '/v1/negotiations',
        '/v1/negotiations/{id}',
        '/v1/rounds',
        '/v1/rounds/{number}',
        '/v1/negotiations/{id}/rounds',
        '/v1/negotiations/{id}/rounds/{number}',
        '/v1/actors',
        '/v1/actors/{id}',
        '/v1/tariffs',
        '/v1/tariffs/rate',
        '/v1/tariffs/{id}',
        '/v1/trade-stats',
        '/v1/trade-stats/balance',
        '/v1/documents',
        '/v1/documents/{id}',
        '/v1/documents/{id}/extractions',
      ].sort(),
    );
  });

  it('declares each tag once, with a description', () => {
    const names = doc.tags.map((t: { name: string }) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of doc.tags) expect(t.description, t.name).toBeTruthy();
  });

  it('gives every operation an id, a known tag, a summary, a description and described responses', () => {
    const tags = new Set(doc.tags.map((t: { name: string; description: string }) => t.name));
    const operationIds = new Set<string>();
    for (const { path, method, op } of operations()) {
      const where = `${method} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operationIds.has(op.operationId), where).toBe(false);
      operationIds.add(op.operationId);
      expect(
        op.tags.every((t: string) => tags.has(t)),
        where,
      ).toBe(true);
      expect(op.summary, where).toBeTruthy();
      expect(op.description, where).toBeTruthy();
      expect(op.responses['500'].content['application/problem+json'].schema.$ref, where).toBe(
        '#/components/schemas/Problem',
      );
      for (const response of Object.values(op.responses) as Array<{ description: string }>) {
        expect(response.description, where).toBeTruthy();
      }
      for (const parameter of op.parameters ?? [])
        expect(parameter.description, `${where} ${parameter.name}`).toBeTruthy();
    }
  });

  it('documents JSON and CSV answers, paging headers and problems for every list', () => {
    for (const path of [
      '/v1/events',
      '/v1/negotiations',
      '/v1/rounds',
      '/v1/actors',
      '/v1/tariffs',
      '/v1/trade-stats',
      '/v1/documents',
    ]) {
      const op = doc.paths[path].get;
      expect(Object.keys(op.responses['200'].content), path).toEqual(['application/json', 'text/csv']);
      expect(Object.keys(op.responses['200'].headers), path).toEqual(['Link', 'X-Next-Cursor', 'X-Total-Count']);
      expect(op.responses['400'].content['application/problem+json'], path).toBeDefined();
      const names = op.parameters.map((p: { name: string }) => p.name);
      expect(names, path).toEqual(expect.arrayContaining(['limit', 'cursor', 'format']));
    }
  });

  it('documents CSV answers and the format parameter of single resources', () => {
    for (const path of [
      '/v1/events/{id}',
      '/v1/negotiations/{id}',
      '/v1/actors/{id}',
      '/v1/tariffs/{id}',
      '/v1/rounds/{number}',
      '/v1/documents/{id}',
      '/v1/tariffs/rate',
      '/v1/trade-stats/balance',
    ]) {
      const op = doc.paths[path].get;
      expect(Object.keys(op.responses['200'].content), path).toEqual(['application/json', 'text/csv']);
      expect(op.responses['200'].headers, path).toBeUndefined();
      expect(
        op.parameters.map((p: { name: string }) => p.name),
        path,
      ).toContain('format');
      expect(op.description, path).toMatch(/CSV/);
    }
    const extractions = doc.paths['/v1/documents/{id}/extractions'].get;
    expect(Object.keys(extractions.responses['200'].content)).toEqual(['application/json']);
    expect(extractions.responses['406'].content['application/problem+json']).toBeDefined();
    expect(extractions.parameters.find((p: { name: string }) => p.name === 'format').schema.enum).toEqual(['json']);
  });

  it('documents the tariff rate rule and requires its three parameters', () => {
    const op = doc.paths['/v1/tariffs/rate'].get;
    expect(op.description).toMatch(/proposed/);
    expect(op.description).toMatch(/2025-04-01/);
    const required = op.parameters
      .filter((p: { required: boolean }) => p.required)
      .map((p: { name: string }) => p.name);
    expect(required.sort()).toEqual(['imposer', 'on', 'target']);
    expect(op.parameters.find((p: { name: string }) => p.name === 'on').example).toBe('2025-05-01');
  });

  it('gives every parameter of every route an example', () => {
    const missing = operations().flatMap(({ path, method, op }) =>
      (op.parameters ?? [])
        .filter((p: { example?: unknown; examples?: unknown }) => p.example === undefined && p.examples === undefined)
        .map((p: { in: string; name: string }) => `${method} ${path} ${p.in} ${p.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('carries examples from the seed data', () => {
    const eventId = doc.paths['/v1/events/{id}'].get.parameters.find((p: { name: string }) => p.name === 'id');
    expect(eventId.example).toBe('2025-05-19-negotiation-round-2');
    const actorId = doc.paths['/v1/actors/{id}'].get.parameters.find((p: { name: string }) => p.name === 'id');
    expect(actorId.example).toBe('nguyen-hong-dien');
  });

  it('documents the writes: bearer security, every body type, refusals as problems', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const post = doc.paths['/v1/documents'].post;
    const del = doc.paths['/v1/documents/{id}'].delete;
    for (const op of [post, del]) expect(op.security).toEqual([{ bearerAuth: [] }]);
    // Reads need no token.
    for (const { method, op } of operations())
      if (method === 'get') expect(op.security, op.operationId).toBeUndefined();
    expect(Object.keys(post.requestBody.content).sort()).toEqual([
      'application/json',
      'text/html',
      'text/markdown',
      'text/plain',
    ]);
    for (const media of Object.values(post.requestBody.content) as any[]) expect(media.schema).toBeDefined();
    expect(Object.keys(post.responses).sort()).toEqual(['200', '201', '400', '401', '403', '413', '415', '422', '500']);
    expect(Object.keys(post.responses['201'].headers)).toEqual(['Location']);
    expect(Object.keys(del.responses).sort()).toEqual(['204', '400', '401', '403', '404', '500']);
    expect(del.responses['204'].content).toBeUndefined();
  });

  it('documents the 308 of every renamed id, with its Location', () => {
    for (const path of ['/v1/events/{id}', '/v1/actors/{id}', '/v1/tariffs/{id}']) {
      const moved = doc.paths[path].get.responses['308'];
      expect(moved.description, path).toMatch(/renamed/);
      expect(Object.keys(moved.headers), path).toEqual(['Location']);
      expect(moved.content, path).toBeUndefined();
    }
  });

  it('has only referenced component schemas', () => {
    const text = JSON.stringify(doc.paths) + JSON.stringify(doc.components.schemas);
    for (const name of Object.keys(doc.components.schemas))
      expect(text, name).toContain(`#/components/schemas/${name}"`);
  });
});
