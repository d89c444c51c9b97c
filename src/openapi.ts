// The OpenAPI document as committed in openapi/openapi.json: built from the app exactly as the
// server builds it, against an in-memory database (the document never depends on data).
import { resolve } from 'node:path';
import { buildApp } from './app.js';
import { projectRoot } from './db/client.js';

export const openapiPath = resolve(projectRoot, 'openapi', 'openapi.json');

/** The document as text: 2-space JSON and a final newline. */
export async function generateOpenApi(): Promise<string> {
  const app = buildApp({ db: ':memory:' });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
