// npm run openapi: writes openapi/openapi.json (a test fails when it is out of date).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateOpenApi, openapiPath } from '../openapi.js';

const text = await generateOpenApi();
mkdirSync(dirname(openapiPath), { recursive: true });
writeFileSync(openapiPath, text);
console.log(`wrote ${openapiPath}`);
