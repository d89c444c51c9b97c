// Measures of one rate between the same sides, told apart by scope (see TariffScope).
import type { TariffScope } from '../../types.js';

/**
 * Which of the measures of one rate between the same sides a mention of the given scope joins (by
 * key), or none: the one of its own scope; a plain mention ("a 25% tariff") the main one, else the
 * only one; a sector's mention the plain one, when there is no main one to tell it from.
 */
export function joinScope<K>(measures: Array<[K, TariffScope]>, scope: TariffScope): K | undefined {
  const of = (s: TariffScope) => measures.find(([, x]) => x === s)?.[0];
  if (scope === 'plain') return of('main') ?? (measures.length === 1 ? measures[0]![0] : of('plain'));
  // (not an "additional 25%": a plain 25% beside it is the rate it comes on top of)
  return of(scope) ?? (scope !== 'additional' && of('main') === undefined ? of('plain') : undefined);
}
