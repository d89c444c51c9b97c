import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/loader/data/countries.js';
import { countryByCode, recogniseCountries } from '../../src/loader/recognise/countries.js';

const found = (text: string) => recogniseCountries(text).map((c) => [c.text, c.code, c.form, c.possessive]);

describe('recogniseCountries', () => {
  it('finds countries by name, including abbreviations with dots', () => {
    expect(found('The U.S. and Vietnam resumed talks.')).toEqual([
      ['U.S.', 'US', 'name', false],
      ['Vietnam', 'VN', 'name', false],
    ]);
    expect(found('The EU and the U.K. disagree.')).toEqual([
      ['EU', 'EU', 'name', false],
      ['U.K.', 'GB', 'name', false],
    ]);
    expect(found('Officials from the United States of America arrived.')).toEqual([
      ['United States of America', 'US', 'name', false],
    ]);
  });

  it('finds adjectives and capitals as their country', () => {
    expect(found('Indonesian palm oil and Japanese cars')).toEqual([
      ['Indonesian', 'ID', 'adjective', false],
      ['Japanese', 'JP', 'adjective', false],
    ]);
    expect(found('New Delhi and Tokyo responded; Brussels waited.')).toEqual([
      ['New Delhi', 'IN', 'capital', false],
      ['Tokyo', 'JP', 'capital', false],
      ['Brussels', 'EU', 'capital', false],
    ]);
  });

  it('prefers the longest form ("South Korean" over "Korean")', () => {
    expect(found('South Korean chipmakers')).toEqual([['South Korean', 'KR', 'adjective', false]]);
  });

  it('marks possessives, with either apostrophe', () => {
    expect(found('Britain’s trade secretary')).toEqual([['Britain', 'GB', 'name', true]]);
    expect(found("India's exports")).toEqual([['India', 'IN', 'name', true]]);
  });

  it('is case-sensitive: the pronoun "us" is not the United States', () => {
    expect(found('Tell us what you think about trade.')).toEqual([]);
    expect(found('US officials said so.')).toEqual([['US', 'US', 'name', false]]);
  });

  it('does not match inside longer words', () => {
    expect(found('Indiana soybean farmers and USD prices')).toEqual([]);
  });

  it('does not read "Washington, D.C." as the US government', () => {
    expect(found('The talks were held in Washington, D.C. last week.')).toEqual([]);
    expect(found('Washington wants a deal.')).toEqual([['Washington', 'US', 'capital', false]]);
  });

  it('handles accented names', () => {
    expect(found('Hà Nội and Türkiye')).toEqual([
      ['Hà Nội', 'VN', 'capital', false],
      ['Türkiye', 'TR', 'name', false],
    ]);
  });

  it('"North Korea" is not South Korea', () => {
    expect(recogniseCountries('Sanctions on North Korea were not discussed.').map((c) => c.code)).not.toContain('KR');
  });

  it('"Latin America" is not the United States', () => {
    expect(recogniseCountries('Brazilian beef exports to Latin America rose.').map((c) => c.code)).toEqual(['BR']);
  });

  it('knows countries beyond the usual trading partners, by name and adjective', () => {
    expect(recogniseCountries('Ecuadorian exporters and Bolivia face 15%, Lesotho 50%.').map((c) => c.code)).toEqual([
      'EC',
      'BO',
      'LS',
    ]);
  });

  it('a country name after a given name, mid-sentence, is a surname: "writer Carla Montenegro"', () => {
    expect(recogniseCountries('Associated Press writer Carla Montenegro contributed.')).toEqual([]);
    expect(recogniseCountries('Montenegro and neighbouring Serbia signed.').map((c) => c.code)).toEqual(['ME', 'RS']);
  });
});

describe('country data', () => {
  it('has unique ISO-style codes and a canonical name for each', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(countryByCode(c.code)?.name).toBe(c.name);
    }
  });

  it('gives each written form to one country only', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const form of [...c.names, ...c.adjectives, ...c.capitals]) {
        const prev = owner.get(form);
        expect(prev === undefined || prev === c.code, `${form}: ${prev} and ${c.code}`).toBe(true);
        owner.set(form, c.code);
      }
    }
  });
});
