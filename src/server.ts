// The process: configuration, database, seed documents on first start, then HTTP until a signal.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { loadPaths } from './loader/index.js';
import { openServedDb } from './loader/upgrade.js';
import { countDocuments } from './queries/documents.js';

const config = loadConfig(process.env);
const { db, rebuilt } = openServedDb(config.DB_PATH);
const app = buildApp({
  db,
  logger: { level: config.LOG_LEVEL },
  ingestToken: config.INGEST_TOKEN,
  extractTimeoutMs: config.EXTRACT_TIMEOUT_MS,
  corsOrigins: config.CORS_ORIGINS,
});
if (rebuilt) app.log.info({ documents: countDocuments(db) }, 'migrated the database and rebuilt the merged rows');
if (!config.INGEST_TOKEN) app.log.info('INGEST_TOKEN is not set: POST and DELETE /v1/documents are disabled');

if (countDocuments(db) === 0) {
  try {
    const paths = readdirSync(config.SEEDS_DIR)
      .sort()
      .map((name) => join(config.SEEDS_DIR, name))
      .filter((path) => statSync(path).isFile());
    const { documents } = loadPaths(db, paths);
    app.log.info({ documents: documents.length, seeds: config.SEEDS_DIR }, 'loaded seed documents');
  } catch (error) {
    // Keep serving: /readyz answers 503 until documents are loaded, which says more than a crash loop.
    app.log.error({ err: error, seeds: config.SEEDS_DIR }, 'could not load seed documents');
  }
}

closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  await app.close();
});

await app.listen({ port: config.PORT, host: config.HOST });
