// The load command (npm run load -- --db PATH FILE|DIR...): loads documents into a database
// (created and migrated if new) without serving it. Separate from src/cli/load.ts so tests can
// run it with their own argument list and output.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client.js';
import { DocumentRefused, loadRaw } from '../loader/index.js';
import { FILE_FORMATS, readDocumentFile } from '../loader/read.js';

export const USAGE = `usage: npm run load -- --db PATH FILE|DIR...
  Loads ${Object.keys(FILE_FORMATS).join(' ')} files; directories are walked, and files of any
  other type in them are refused with the reason (hidden files are left alone).`;

/** Files named, and every file under directories named (hidden ones aside), in a stable order. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) {
      const entries = readdirSync(p, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .filter((file) => !relative(p, file).split(sep).some((part) => part.startsWith('.')))
        .sort();
      out.push(...entries);
    } else out.push(p);
  }
  return out;
}

/** Runs the command; returns the exit code (0: all loaded, 1: some refused, 2: usage). */
export function runLoad(argv: string[], print: (line: string) => void = console.log): number {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.db || positionals.length === 0) {
    print(USAGE);
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
        print(
          `loaded  ${file} → ${r.id}${r.created ? '' : ' (already loaded; replaced)'}: ` +
            `${c.events} events, ${c.actors} actors, ${c.tariffs} tariff measures, ${c.tradeStats} trade figures`,
        );
      } catch (err) {
        refused++;
        const reason = err instanceof DocumentRefused ? err.message : `${file}: ${(err as Error).message}`;
        print(`refused ${reason}`);
      }
    }
  } finally {
    db.$client.close();
  }
  print(`${loaded} loaded, ${refused} refused, into ${values.db}`);
  return refused > 0 ? 1 : 0;
}
