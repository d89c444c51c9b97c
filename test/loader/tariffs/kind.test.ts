// The kind of a measure and the scope it has among the measures between the same sides.
import { describe, expect, it } from 'vitest';
import { kindAndScope, kindOf } from '../../../src/loader/recognise/tariffs/kind.js';
import { facts } from './facts.js';

describe('kindOf', () => {
  it.each([
    ['a 24% reciprocal tariff', 'announced', 24, 'reciprocal'],
    ['a 25% retaliatory tariff', 'announced', 25, 'retaliatory'],
    ['counter-tariffs of 25%', 'announced', 25, 'retaliatory'],
    ['a 10% baseline tariff', 'announced', 10, 'baseline'],
    ['a 50% tariff on steel', 'announced', 50, 'sectoral'],
    ['a 25% deposit on canola seed', 'announced', 25, 'sectoral'],
    ['zero tariffs in return', 'proposed', 0, 'zero_for_zero'],
    ['offered to cut tariffs to 10%', 'proposed', 10, 'proposed_reduction'],
    ['the negotiated 15% rate', 'in_effect', 15, 'negotiated'],
    ['a 25% tariff', 'announced', 25, 'general'],
  ] as const)('%s → %s', (text, status, value, kind) => {
    expect(kindOf(text, status, value)).toBe(kind);
  });

  it('reads a reciprocal rate on a sector as reciprocal: the kind words come first', () => {
    expect(kindOf('a 25% reciprocal tariff on cars', 'announced', 25)).toBe('reciprocal');
  });
});

describe('kindAndScope', () => {
  const of = (text: string, written: string, status: 'announced' | 'in_effect' = 'announced') => {
    const [, f] = facts(text);
    return kindAndScope(
      f,
      f.percents.find((p) => p.text === written)!,
      status,
    );
  };

  it('makes "an additional 25%" a rate on top of the main one', () => {
    expect(of('The US will impose an additional 25% tariff on Indian goods.', '25%')).toEqual({
      kind: 'additional',
      scope: 'additional',
    });
  });

  it("makes a sector's rate sectoral", () => {
    expect(of('The US raised its tariff on steel to 50%.', '50%')).toEqual({ kind: 'sectoral', scope: 'sectoral' });
  });

  it('makes a reciprocal or combined rate the main one', () => {
    expect(of('Japan faces a 24% reciprocal tariff.', '24%')).toEqual({ kind: 'reciprocal', scope: 'main' });
    expect(of('The combined tariff on Brazil rises to 50%.', '50%').scope).toBe('main');
  });

  it('keeps the main rate reaching a sector its own ("will also apply to automobiles")', () => {
    expect(of('The 15% tariff will also apply to automobiles.', '15%').scope).not.toBe('sectoral');
  });

  it('makes any other rate plain', () => {
    expect(of('The US imposed a 46% tariff on Vietnamese goods.', '46%')).toEqual({ kind: 'general', scope: 'plain' });
  });
});
