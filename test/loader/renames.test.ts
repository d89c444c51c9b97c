// Which id a renamed row is now known by: matched on shared source spans, deterministic, and
// never a chain or a cycle, whatever the rebuilds in between.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryRedirects, successors, type IdSpans, type SpanRef } from '../../src/loader/renames.js';

const span = (documentId: string, start: number, end = start + 10): SpanRef => ({ documentId, start, end });
const ids = (entries: Record<string, SpanRef[]>): IdSpans => new Map(Object.entries(entries));

describe('successors', () => {
  it('gives a re-dated row the row that carries on its spans', () => {
    const before = ids({ '2025-06-negotiation-round-3': [span('a', 0)] });
    const after = ids({ '2025-06-09-negotiation-round-3': [span('a', 0), span('b', 40)] });
    expect(successors(before, after)).toEqual(
      new Map([['2025-06-negotiation-round-3', '2025-06-09-negotiation-round-3']]),
    );
  });

  it('leaves out ids still live, even when another row shares their spans', () => {
    const before = ids({ greer: [span('a', 0)], vietnam: [span('a', 20)] });
    const after = ids({ greer: [span('b', 0)], vietnam: [span('a', 20)], 'jamieson-greer': [span('a', 0)] });
    expect(successors(before, after)).toEqual(new Map());
  });

  it('picks the row sharing the most spans when a row splits', () => {
    const before = ids({ old: [span('a', 0), span('a', 20), span('a', 40)] });
    const after = ids({ 'z-more': [span('a', 20), span('a', 40)], 'a-fewer': [span('a', 0)] });
    expect(successors(before, after).get('old')).toBe('z-more');
  });

  it('breaks a tie by the smaller id, whatever order the rows come in', () => {
    const before = ids({ old: [span('a', 0), span('a', 20)] });
    const rows: Array<[string, SpanRef[]]> = [
      ['y', [span('a', 0)]],
      ['x', [span('a', 20)]],
    ];
    expect(successors(before, new Map(rows)).get('old')).toBe('x');
    expect(successors(before, new Map([...rows].reverse())).get('old')).toBe('x');
  });

  it('gives none to a row whose documents are gone, or whose span moved by one character', () => {
    const before = ids({ gone: [span('b', 0)], moved: [span('a', 0, 10)] });
    const after = ids({ other: [span('a', 0, 11)] });
    expect(successors(before, after)).toEqual(new Map());
  });

  it('counts a span listed twice once', () => {
    const before = ids({ old: [span('a', 0), span('a', 0), span('a', 20)] });
    const after = ids({ b: [span('a', 0)], a: [span('a', 20)] });
    expect(successors(before, after).get('old')).toBe('a');
  });
});

describe('carryRedirects', () => {
  it('adds the ids just renamed', () => {
    const before = ids({ greer: [span('a', 0)] });
    const after = ids({ 'jamieson-greer': [span('a', 0), span('b', 0)] });
    expect(carryRedirects(before, after, [])).toEqual([{ from: 'greer', to: 'jamieson-greer' }]);
  });

  it('moves an earlier redirect on when its target is renamed, so none is a chain', () => {
    const before = ids({ 'round-3-2025-06-09': [span('a', 0), span('b', 0)] });
    const after = ids({ 'round-3-2025-06-09-to-11': [span('a', 0), span('b', 0), span('c', 0)] });
    expect(carryRedirects(before, after, [{ from: 'round-3-2025-06', to: 'round-3-2025-06-09' }])).toEqual([
      { from: 'round-3-2025-06', to: 'round-3-2025-06-09-to-11' },
      { from: 'round-3-2025-06-09', to: 'round-3-2025-06-09-to-11' },
    ]);
  });

  it('drops a redirect whose id is live again, and points the id that was live back at it', () => {
    const before = ids({ '2025-06-09-round-3': [span('a', 0), span('b', 0)] });
    const after = ids({ '2025-06-round-3': [span('a', 0)] });
    expect(carryRedirects(before, after, [{ from: '2025-06-round-3', to: '2025-06-09-round-3' }])).toEqual([
      { from: '2025-06-09-round-3', to: '2025-06-round-3' },
    ]);
  });

  it('drops a redirect whose target is gone with no successor', () => {
    const before = ids({ target: [span('b', 0)] });
    const after = ids({ unrelated: [span('a', 0)] });
    expect(carryRedirects(before, after, [{ from: 'older', to: 'target' }])).toEqual([]);
  });

  it('keeps a redirect whose target is still live', () => {
    const before = ids({ target: [span('a', 0)] });
    const after = ids({ target: [span('a', 0)], other: [span('b', 0)] });
    expect(carryRedirects(before, after, [{ from: 'older', to: 'target' }])).toEqual([{ from: 'older', to: 'target' }]);
  });

  // Any sequence of rebuilds over a few documents: every target is live, no live id is redirected.
  it('never redirects a live id nor points at a dead one, over any history', () => {
    const state = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      fc.array(
        fc.record({
          documentId: fc.constantFrom('d1', 'd2', 'd3'),
          start: fc.integer({ min: 0, max: 3 }),
          end: fc.constant(9),
        }),
        { maxLength: 4 },
      ),
    );
    fc.assert(
      fc.property(fc.array(state, { minLength: 1, maxLength: 6 }), (history) => {
        let redirects: ReturnType<typeof carryRedirects> = [];
        let before: IdSpans = new Map();
        for (const entries of history) {
          const after: IdSpans = new Map(Object.entries(entries));
          redirects = carryRedirects(before, after, redirects);
          for (const { from, to } of redirects) {
            expect(after.has(from)).toBe(false);
            expect(after.has(to)).toBe(true);
          }
          before = after;
        }
      }),
    );
  });
});
