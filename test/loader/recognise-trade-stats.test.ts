// recogniseTradeStats and continuedFlow on single sentences, with the document context built in one
// line; the figure told before ("over the same period", "they fell") is given to the context.
import { describe, expect, it } from 'vitest';
import { continuedFlowRecogniser, tradeStatRecogniser } from '../../src/loader/configuration.js';
import type { TradeContext } from '../../src/loader/extract/trade-figures.js';
import type { TradeStatFrame } from '../../src/loader/recognise/trade-stats.js';
import { ctx, read, recognised, why, type ContextParts } from './helpers.js';

const vn = { pair: ['US', 'VN'], published: '2025-07-10' };
type Carried = Pick<TradeContext, 'lastPeriod' | 'previous'>;

function figures(
  parts: ContextParts,
  text: string,
  carried: Carried = { lastPeriod: null, previous: null },
): { found: TradeStatFrame[]; why: string } {
  const c = ctx(parts);
  const [s] = read(c, text);
  const tc = Object.assign(c, carried);
  const found = [
    ...recognised(tradeStatRecogniser, tc, s!),
    ...(carried.previous ? recognised(continuedFlowRecogniser, tc, s!) : []),
  ];
  return { found, why: why(c) };
}

const brief = (f: TradeStatFrame) => [f.exporter, f.importer, f.period, f.valueUsd];

describe('recogniseTradeStats', () => {
  it('an export verb: the subject exports to the country named after "to"', () => {
    const r = figures(vn, 'Vietnam exported $136.6 billion of goods to the United States in 2024.');
    expect(r.found.map(brief), r.why).toEqual([['VN', 'US', '2024', 136_600_000_000]]);
    expect(r.found[0], r.why).toMatchObject({
      text: '$136.6 billion',
      qualifier: 'exact',
      sourceOrganizationKey: null,
    });
  });

  it('an import verb: "US imports from Vietnam" flow from Vietnam', () => {
    const r = figures(vn, 'US imports from Vietnam rose to $119.5 billion in 2024.');
    expect(r.found.map(brief), r.why).toEqual([['VN', 'US', '2024', 119_500_000_000]]);
  });

  it('one side named: the other is the other country of the main pair', () => {
    const r = figures(vn, 'Shipments to the US were worth $13.4 billion in May.');
    expect(r.found.map(brief), r.why).toEqual([['VN', 'US', '2025-05', 13_400_000_000]]);
    const noPair = figures({ published: '2025-07-10' }, 'Shipments to the US were worth $13.4 billion in May.');
    expect(noPair.found, noPair.why).toEqual([]);
  });

  it('no period, no figure; "over the same period" takes the period told before', () => {
    const text = 'Vietnam exported $12 billion of goods to the US over the same period.';
    expect(figures(vn, text).found).toEqual([]);
    const r = figures(vn, text, { lastPeriod: '2025-01/2025-06', previous: null });
    expect(r.found.map(brief), r.why).toEqual([['VN', 'US', '2025-01/2025-06', 12_000_000_000]]);
  });

  it('"in the half" is the period told before; a month right after a bracketed dollar figure is its own', () => {
    const half = figures(vn, 'Imports from the US came to $4.87 billion in the half.', {
      lastPeriod: '2025-01/2025-06',
      previous: null,
    });
    expect(half.found.map(brief), half.why).toEqual([['US', 'VN', '2025-01/2025-06', 4_870_000_000]]);
    const march = figures(
      vn,
      'Exports to the U.S. jumped to 120 trillion dong ($4.6 billion) in March, lifting the first quarter of 2025.',
    );
    expect(march.found.map(brief), march.why).toEqual([['VN', 'US', '2025-03', 4_600_000_000]]);
  });

  it('a balance or a total is no flow', () => {
    const r = figures(vn, 'Vietnam had a trade surplus of $123 billion with the US in 2024.');
    expect(r.found, r.why).toEqual([]);
  });

  it('"compared with … in the same period of last year": the same flow, a year back', () => {
    const r = figures(
      vn,
      'Exports to the US rose to $101.4 billion in January-August, compared with $90.3 billion in the same period of last year.',
    );
    expect(r.found.map(brief), r.why).toEqual([
      ['VN', 'US', '2025-01/2025-08', 101_400_000_000],
      ['VN', 'US', '2024-01/2024-08', 90_300_000_000],
    ]);
  });
});

describe('continuedFlow', () => {
  const previous: TradeStatFrame = {
    index: 0,
    text: '$40.3 billion',
    exporter: 'VN',
    importer: 'US',
    period: '2024',
    valueUsd: 40_300_000_000,
    qualifier: 'exact',
    sourceOrganizationKey: null,
  };

  it('"In January-October they fell 6.4% to $31.2 billion": the flow before, in its own period', () => {
    const late = { ...vn, published: '2025-11-20' };
    const r = figures(late, 'In January-October they fell 6.4% to $31.2 billion.', { lastPeriod: '2024', previous });
    expect(r.found.map(brief), r.why).toEqual([['VN', 'US', '2025-01/2025-10', 31_200_000_000]]);
  });

  it('a sentence naming a country, or in the same period, goes on with nothing', () => {
    expect(
      figures(vn, 'In January-October exports to Japan fell 6.4% to $31.2 billion.', { lastPeriod: '2024', previous })
        .found,
    ).toEqual([]);
    expect(figures(vn, 'In 2024 they fell 6.4% to $31.2 billion.', { lastPeriod: '2024', previous }).found).toEqual([]);
  });
});
