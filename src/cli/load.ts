// npm run load -- --db PATH FILE|DIR...
// Loads documents into a database (created and migrated if new) without serving it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client.js';
import { DocumentRefused, loadRaw } from '../loader/index.js';
import { readDocumentFile } from '../loader/read.js';

const SUPPORTED = /\.(?:txt|text)$/i;

/** Files named, and the supported files under directories named, in a stable order. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) {
      const entries = readdirSync(p, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && SUPPORTED.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      out.push(...entries);
    } else out.push(p);
  }
  return out;
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || !values.db || positionals.length === 0) {
    console.error('usage: npm run load -- --db PATH FILE|DIR...');
    return values.help ? 0 : 2;
  }
  const db = openDb(values.db);
  let loaded = 0;
  let refused = 0;
  try {
    for (const file of expand(positionals)) {
      try {
        const r = loadRaw(db, readDocumentFile(file));
        loaded++;
        const c = r.counts;
        console.log(
          `loaded  ${file} → ${r.id}${r.created ? '' : ' (already loaded; replaced)'}: ` +
            `${c.events} events, ${c.actors} actors, ${c.tariffs} tariff measures, ${c.tradeStats} trade figures`,
        );
      } catch (err) {
        refused++;
        const reason = err instanceof DocumentRefused ? err.message : `${file}: ${(err as Error).message}`;
        console.log(`refused ${reason}`);
      }
    }
  } finally {
    db.$client.close();
  }
  console.log(`${loaded} loaded, ${refused} refused, into ${values.db}`);
  return refused > 0 ? 1 : 0;
}

process.exitCode = main();
