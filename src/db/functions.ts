import type { Db } from './client.js';

/**
 * SQL functions the queries rely on. `js_length` measures text in UTF-16 code units, the unit
 * source offsets use; SQLite's length() counts code points, which differs past U+FFFF.
 */
export function registerSqlFunctions(db: Db): void {
  db.$client.function('js_length', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.length : null,
  );
}
