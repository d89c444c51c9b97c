// The load command (npm run load -- --db PATH FILE|DIR...): loads documents into a database
// (created and migrated if new) without serving it. Separate from src/cli/load.ts so tests can
// run it with their own argument list and output.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client.js';
import { DocumentRefused, Preparer, store } from '../loader/index.js';
import { FILE_FORMATS, readDocumentFile } from '../loader/read.js';

export const USAGE = `usage: npm run load -- --db PATH [--timeout-ms N] FILE|DIR...
  Loads ${Object.keys(FILE_FORMATS).join(' ')} files; directories are walked, and files of any
  other type in them are refused with the reason (hidden files and READMEs are left alone).
  A document taking over --timeout-ms to read (default 10000) is refused.`;

// A directory's README describes the directory; it is not one of its articles.
const README = /^readme(\.[^.]*)?$/i;

/** Files named, and every file under directories named (hidden ones aside), in a stable order. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) {
      const entries = readdirSync(p, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !README.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .filter(
          (file) =>
            !relative(p, file)
              .split(sep)
              .some((part) => part.startsWith('.')),
        )
        .sort();
      out.push(...entries);
    } else out.push(p);
  }
  return out;
}

/** Runs the command; resolves to the exit code (0: all loaded, 1: some refused, 2: usage). */
export async function runLoad(argv: string[], print: (line: string) => void = console.log): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, 'timeout-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    print(`--timeout-ms must be a whole number of milliseconds, not '${values['timeout-ms']}'\n${USAGE}`);
    return 2;
  }
  const db = openDb(values.db);
  // Documents are read on a worker under the time limit; only the write happens here.
  const preparer = new Preparer(timeoutMs === undefined ? {} : { timeoutMs });
  let loaded = 0;
  let refused = 0;
  try {
    for (const file of expand(positionals)) {
      try {
        const r = store(db, await preparer.prepare(readDocumentFile(file)));
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
    await preparer.close();
    db.$client.close();
  }
  print(`${loaded} loaded, ${refused} refused, into ${values.db}`);
  return refused > 0 ? 1 : 0;
}
