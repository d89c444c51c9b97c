// Tariff acts told with no rate.
import { describe, expect, it } from 'vitest';
import type { DateFound } from '../../../src/loader/recognise/dates.js';
import { recogniseTariffActs } from '../../../src/loader/recognise/tariffs/index.js';
import { facts, type FactsOptions } from './facts.js';

function acts(text: string, o: FactsOptions = {}) {
  const [c, f] = facts(text, o);
  // (extract() dates an act with the date of its event; here, the first date after the verb)
  const dateOf = (i: number): DateFound | null => f.dates.find((d) => d.index > i) ?? null;
  return recogniseTariffActs(c, f, dateOf).map((a) => [a.status, a.text, a.imposingCountry, a.targetCountry]);
}

describe('recogniseTariffActs', () => {
  it('reads a rateless act with its sides: the target named, the imposer from the main pair', () => {
    expect(acts('The new duties on Mexico took effect on August 7.', { mainPair: ['MX', 'US'] })).toEqual([
      ['in_effect', 'took effect', 'US', 'MX'],
    ]);
  });

  it("takes both sides from the document's direction when the sentence names none", () => {
    expect(acts('The duties were paused on April 9.', { direction: ['US', 'CN'] })).toEqual([
      ['paused', 'paused', 'US', 'CN'],
    ]);
  });

  it("leaves a sentence with a rate in the verb's clause to the rate recogniser", () => {
    expect(acts('The 25% duties on Mexico took effect on August 7.', { mainPair: ['MX', 'US'] })).toEqual([]);
  });

  it('reads no hedged act', () => {
    expect(acts('The duties on Mexico were reportedly lifted on May 2.', { mainPair: ['MX', 'US'] })).toEqual([]);
  });

  it('needs a date finer than a year', () => {
    expect(acts('The duties on Mexico were lifted in 2024.', { mainPair: ['MX', 'US'] })).toEqual([]);
  });

  it('reads a plan overtaken ("was due to kick in") as no act', () => {
    expect(
      acts('The tariff on Mexico, which was due to kick in on July 9, is on hold.', { mainPair: ['MX', 'US'] }),
    ).toEqual([]);
  });
});
