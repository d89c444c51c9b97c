// The side that imposes a rate, and the sides the document gives when the sentence names none.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../src/loader/recognise/tariffs/imposer.js';
import { findTarget } from '../../../src/loader/recognise/tariffs/target.js';
import { rate, type FactsOptions } from './facts.js';

function sides(text: string, written: string, o: FactsOptions = {}) {
  const c = rate(text, written, o);
  const t = findTarget(c);
  return t && findSides(c, t);
}

describe('findSides', () => {
  it('takes the other side the sentence names as the imposer', () => {
    const s = sides('The US imposed a 46% tariff on Vietnamese goods.', '46%');
    expect(s?.imposer).toEqual({ index: 4, code: 'US' });
    expect(s?.inferred?.code).toBe('VN');
  });

  it("takes the other country of the document's main pair when the sentence names no imposer", () => {
    const s = sides('A 46% tariff on Vietnamese goods was announced.', '46%', { mainPair: ['US', 'VN'] });
    expect(s?.imposer).toEqual({ index: -1, code: 'US' });
  });

  it("reads a person's country as the imposer", () => {
    const s = sides('President Donald Trump announced a 24% tariff on Japanese goods.', '24%', {
      actorCountries: { 'Donald Trump': 'US' },
    });
    expect(s?.imposer).toEqual({ index: 0, code: 'US' });
    expect(s?.people.map((p) => p.key)).toEqual(['person:Donald Trump']);
  });

  it('gives a rate on a third country to the usual imposer, unless a country named imposes it in so many words', () => {
    const o: FactsOptions = { mainPair: ['CA', 'US'], direction: ['US', 'CA'], usualImposer: 'US' };
    const pair = (text: string, written: string) => {
      const s = sides(text, written, o);
      return [s?.imposer?.code, s?.inferred?.code];
    };
    expect(pair('Mexican steel also pays 50%, so Canada has not lost ground.', '50%')).toEqual(['US', 'MX']);
    expect(pair('The rate put Canada above Brazil, whose goods pay 35%.', '35%')).toEqual(['US', 'BR']);
    expect(pair('Canada slapped a 100% tariff on Chinese electric vehicles.', '100%')).toEqual(['CA', 'CN']);
    expect(pair("Mexico's Congress approved 50% tariffs on Chinese cars.", '50%')).toEqual(['MX', 'CN']);
    // A country outside the pair beside the pair's own rate: "one of the highest rates in Europe".
    const ch = { mainPair: ['CH', 'US'], direction: ['US', 'CH'] as [string, string], usualImposer: 'US' };
    const s = sides('Switzerland was assigned 31%, one of the highest rates in Europe.', '31%', ch);
    expect([s?.imposer?.code, s?.inferred?.code]).toEqual(['US', 'CH']);
  });

  it('reads "it" as the country the sentence before opened with', () => {
    const s = sides('It had already cut its import duty on bourbon to 100%.', '100%', {
      mainPair: ['IN', 'US'],
      antecedent: 'IN',
    });
    expect([s?.imposer?.code, s?.target?.code]).toEqual(['IN', 'US']);
  });

  it('makes the country goods enter the imposer', () => {
    const s = sides('US goods will enter Việt Nam at a tariff of zero.', 'zero', { mainPair: ['US', 'VN'] });
    expect([s?.imposer?.code, s?.inferred?.code]).toEqual(['VN', 'US']);
  });

  it("takes both sides from the document's direction when none is named, and says so", () => {
    const s = sides('The 19% rate still applies.', '19%', { direction: ['US', 'ID'] });
    expect([s?.imposer?.code, s?.inferred?.code, s?.sidesInferred]).toEqual(['US', 'ID', true]);
  });

  it("drops a rate told of other countries than the document's", () => {
    expect(sides('Competitors in Vietnam and Bangladesh pay 20%.', '20%', { direction: ['US', 'IN'] })).toBeNull();
  });
});
