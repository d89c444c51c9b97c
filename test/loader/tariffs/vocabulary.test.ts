// The tariff vocabulary: what each list takes, and where two lists differ on purpose.
import { describe, expect, it } from 'vitest';
import {
  ACTS,
  GOODS_NOUNS,
  SECTOR,
  STATUS_CHANGES,
  STATUS_WORDS,
  TARIFF_ACT,
  TARIFF_WORD,
} from '../../../src/loader/recognise/tariffs/vocabulary.js';

const goods = new RegExp(String.raw`\b(?:${GOODS_NOUNS})\b`, 'i');

describe('the tariff vocabulary', () => {
  it('takes a deposit as a tariff word, but not a deposit rate', () => {
    expect(TARIFF_WORD.test('a 75.8% cash deposit on canola')).toBe(true);
    expect(TARIFF_WORD.test('the deposit rate')).toBe(false);
  });

  it('orders the status words strongest first', () => {
    expect(STATUS_WORDS.map(([s]) => s)).toEqual([
      'superseded',
      'withdrawn',
      'paused',
      'in_effect',
      'proposed',
      'announced',
    ]);
  });

  it('tries the rateless acts with taking effect first', () => {
    expect(ACTS.map(([s]) => s)).toEqual(['in_effect', 'paused', 'withdrawn', 'announced']);
  });

  it('reads a change told after a rate by its own verbs, pausing first', () => {
    const change = (text: string) => STATUS_CHANGES.find(([, re]) => re.test(text))?.[0] ?? null;
    expect(STATUS_CHANGES.map(([s]) => s)).toEqual(['paused', 'in_effect', 'withdrawn']);
    expect(change('and then suspending it')).toBe('paused');
    expect(change('duties that have been collected since May')).toBe('in_effect');
    expect(change('and later lifted it')).toBe('withdrawn');
    // (ACTS' "removed" and "imposed" are no change of an announced rate)
    expect(change('and later removed it')).toBeNull();
  });

  it('tells an act on a tariff from a state', () => {
    expect(TARIFF_ACT.test('Washington suspended the tariff')).toBe(true);
    expect(TARIFF_ACT.test('goods have paid a 10% tariff')).toBe(false);
  });

  it('keeps sectors and goods apart where they differ', () => {
    // A sector in the singular ("the auto tariff") and trade-remedy words are no goods …
    for (const word of ['auto', 'semiconductor', 'anti-dumping', 'transshipped', 'solar']) {
      expect([word, SECTOR.test(word), goods.test(word)]).toEqual([word, true, false]);
    }
    // … and garments, footwear and furniture are goods, never a sector's rate.
    for (const word of ['garments', 'footwear', 'furniture']) {
      expect([word, SECTOR.test(word), goods.test(word)]).toEqual([word, false, true]);
    }
    for (const word of ['steel', 'auto parts', 'whisky', 'soybeans']) {
      expect([word, SECTOR.test(word), goods.test(word)]).toEqual([word, true, true]);
    }
  });
});
