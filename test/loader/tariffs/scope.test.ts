import { describe, expect, it } from 'vitest';
import { joinScope } from '../../../src/loader/recognise/tariffs/index.js';

describe('joinScope', () => {
  it('a mention joins the measure of its own scope', () => {
    expect(
      joinScope(
        [
          ['a', 'main'],
          ['b', 'sectoral'],
        ],
        'sectoral',
      ),
    ).toBe('b');
  });

  it('a plain mention joins the main measure, else the only one, else a plain one', () => {
    expect(
      joinScope(
        [
          ['a', 'sectoral'],
          ['b', 'main'],
        ],
        'plain',
      ),
    ).toBe('b');
    expect(joinScope([['a', 'sectoral']], 'plain')).toBe('a');
    expect(
      joinScope(
        [
          ['a', 'sectoral'],
          ['b', 'additional'],
        ],
        'plain',
      ),
    ).toBeUndefined();
    expect(
      joinScope(
        [
          ['a', 'sectoral'],
          ['b', 'additional'],
          ['c', 'plain'],
        ],
        'plain',
      ),
    ).toBe('c');
  });

  it("a sector's mention takes over a plain one unless a main one is there to tell it from", () => {
    expect(joinScope([['a', 'plain']], 'sectoral')).toBe('a');
    expect(
      joinScope(
        [
          ['a', 'plain'],
          ['b', 'main'],
        ],
        'sectoral',
      ),
    ).toBeUndefined();
  });

  it('an additional rate never joins a plain one of the same size: it comes on top of it', () => {
    expect(joinScope([['a', 'plain']], 'additional')).toBeUndefined();
  });
});
