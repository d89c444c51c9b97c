// The documents of the many-negotiations tests: the two seeds (Vietnam–US) and the articles of
// test/fixtures/negotiations (Japan–US rounds 2 and 3, EU–US talks, an order on many countries).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export const SEED_PATHS = readdirSync(join(root, 'seeds'))
  .sort()
  .map((f) => join(root, 'seeds', f));

export const NEGOTIATION_ARTICLES = readdirSync(join(root, 'test', 'fixtures', 'negotiations'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(root, 'test', 'fixtures', 'negotiations', f));

/** Seeds and the negotiation articles, in one order. */
export const MANY_NEGOTIATIONS = [...SEED_PATHS, ...NEGOTIATION_ARTICLES];
