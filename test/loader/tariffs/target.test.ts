// The side a rate falls on.
import { describe, expect, it } from 'vitest';
import { findTarget } from '../../../src/loader/recognise/tariffs/target.js';
import { rate } from './facts.js';

const targetOf = (...args: Parameters<typeof rate>) => findTarget(rate(...args))?.target?.code ?? null;

describe('findTarget', () => {
  it('takes the country a tariff is "on"', () => {
    expect(targetOf('The US imposed a 46% tariff on Vietnamese goods on April 2.', '46%')).toBe('VN');
  });

  it('takes the country whose goods face the rate', () => {
    expect(targetOf('Indonesian goods would face a 19 percent tariff, the US said.', '19 percent')).toBe('ID');
  });

  it('takes the country that won the rate, once the document speaks of tariffs', () => {
    const found = findTarget(rate('Japan won a 15% rate from Washington.', '15%', { direction: ['US', 'JP'] }));
    expect(found?.target?.code).toBe('JP');
    expect(found?.won).toBe(true);
  });

  it('pairs the i-th rate of a "respectively" list with the i-th country', () => {
    const s = 'Thailand and Cambodia, which had faced 36% and 49% respectively, both got 19%.';
    const o = { mainPair: ['US', 'TH'], usualImposer: 'US' };
    expect(targetOf(s, '36%', o)).toBe('TH');
    expect(targetOf(s, '49%', o)).toBe('KH');
    expect(findTarget(rate(s, '49%', o))?.paired?.listed).toEqual(['TH', 'KH']);
  });

  it('names the country whose tariffs they are as their owner, not their target', () => {
    const found = findTarget(rate('The deal sets a 15% ceiling on US tariffs on European goods.', '15%'));
    expect(found?.owner?.code).toBe('US');
    expect(found?.target?.code).toBe('EU');
  });

  it('a live entry headed by the country and its rate; "goods from the country" after the country opened the sentence', () => {
    expect(targetOf('Peru: 20% comes on top of existing duties', '20%')).toBe('PE');
    expect(targetOf('Chile: the 20% comes on top of existing duties', '20%')).toBeNull();
    const s =
      'Peru will keep talking after President Donald Trump said goods from the country would face a 25% tariff.';
    expect(targetOf(s, '25%', { mainPair: ['PE', 'US'], actorCountries: { 'Donald Trump': 'US' } })).toBe('PE');
  });

  it("gives up on a measure on every country: no one pair's tariff", () => {
    expect(findTarget(rate('Trump announced a 10% baseline tariff on all countries.', '10%'))).toBeNull();
  });

  it("falls on the tracker row's country when the sentence names none", () => {
    const o = { direction: ['US', 'VN'] as [string, string], topic: { code: 'TH', label: false, rated: false } };
    const found = findTarget(rate('Cars pay a 25% tariff.', '25%', o));
    expect(found?.target).toEqual({ index: -1, code: 'TH', end: -1 });
  });
});
