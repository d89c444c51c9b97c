import { describe, expect, it } from 'vitest';
import { recogniseMoney } from '../../src/loader/recognise/money.js';
import { recognisePercents } from '../../src/loader/recognise/percent.js';

const money = (text: string) => recogniseMoney(text).map((m) => [m.valueUsd, m.qualifier]);
const percents = (text: string) => recognisePercents(text).map((p) => [p.value, p.upTo]);

describe('recogniseMoney: amounts', () => {
  it.each([
    ['Japan shipped $148.2 billion of goods to the United States last year.', 148_200_000_000],
    ['Seoul pledged US$15 bn in new investment.', 15_000_000_000],
    ['Canada exported US$434-billion of goods to the U.S. last year.', 434_000_000_000],
    ['The fund holds USD 2.5 million for exporters.', 2_500_000],
    ['India bought 300 million dollars of American almonds.', 300_000_000],
    ['The EU sold 1.2 billion USD of wine to the US.', 1_200_000_000],
    ['Fines reached $4,500,000 in the quarter.', 4_500_000],
    ['Thai exporters lost $700m in orders.', 700_000_000],
    ['Bilateral trade is worth $1.3 trillion a year.', 1_300_000_000_000],
    ['The package is worth $7.5B over five years.', 7_500_000_000],
    ['A $25 billion purchase plan was tabled.', 25_000_000_000],
    ['Peruvian exports came to 21.3 billion soles ($5.8 bln) last year.', 5_800_000_000],
    ['Orders worth $640 mln were cancelled.', 640_000_000],
    ['Two-way trade reached $1.1 trln.', 1_100_000_000_000],
  ])('%s', (text, value) => {
    expect(money(text)).toEqual([[value, 'exact']]);
  });

  it('finds every amount in a sentence, in order, with its text where it stands', () => {
    const text = 'Australian exports to China rose to $41 billion from $38 billion.';
    const found = recogniseMoney(text);
    expect(found.map((m) => m.valueUsd)).toEqual([41e9, 38e9]);
    for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });

  it('ignores other currencies and bare numbers', () => {
    expect(money('Brussels set aside €50 billion for farmers.')).toEqual([]);
    expect(money('The quota covers 300,000 tonnes of rice.')).toEqual([]);
  });
});

describe('recogniseMoney: qualifiers', () => {
  it.each([
    ['Korean chip sales climbed to over $50 billion.', 'more_than'],
    ['Exports were more than $1.5 billion.', 'more_than'],
    ['Sales came in excess of $2 billion.', 'more_than'],
    ['Orders exceeding $8.75 billion were placed.', 'more_than'],
    ['The gap was approximately US$12.5 bn.', 'approximately'],
    ['Imports were about $700m.', 'approximately'],
    ['Purchases of roughly $3 billion are planned.', 'approximately'],
    ['An estimated $22 billion of steel was affected.', 'approximately'],
    ['Shipments reached nearly $3 trillion.', 'less_than'],
    ['Exports fell to almost $6 billion.', 'less_than'],
    ['Sales were just under $10 billion.', 'less_than'],
  ])('%s → %s', (text, qualifier) => {
    const found = recogniseMoney(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.qualifier).toBe(qualifier);
  });

  it('"cover $50 billion" is an exact amount, not "more than"', () => {
    expect(money('The deal would cover $50 billion in annual trade.')).toEqual([[50e9, 'exact']]);
  });
});

describe('recognisePercents', () => {
  it.each([
    ['Washington set a 46 percent tariff on Laotian goods.', 46],
    ['Japan faces a 20% levy on cars.', 20],
    ['The UK charges duties of 10 per cent on Indian textiles.', 10],
    ['A 25-percent duty applies to steel.', 25],
    ['Importers must pay a 75.8-per-cent deposit.', 75.8],
    ['The baseline rate is 2.5% for most goods.', 2.5],
    ['Tariffs of twenty-five percent were threatened.', 25],
    ['Customs rates of 15 pct remain.', 15],
    ['Indonesia offered zero percent tariffs on US wheat.', 0],
  ])('%s → %d', (text, value) => {
    expect(percents(text)).toEqual([[value, false]]);
  });

  it('reads the idiom "cut … to zero" as a zero rate, pointing at the word "zero"', () => {
    const text = 'India agreed to cut tariffs on British whisky to zero over ten years.';
    const found = recognisePercents(text);
    expect(found.map((p) => p.value)).toEqual([0]);
    expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.text.length)).toBe('zero');
  });

  it('reads "zero tariffs" and "zero-tariff" as zero', () => {
    expect(percents('Both sides want zero tariffs on industrial goods.')).toEqual([[0, false]]);
    expect(percents('A zero-tariff quota for Thai shrimp was agreed.')).toEqual([[0, false]]);
  });

  it('marks "up to 40%" as a ceiling', () => {
    expect(percents('Cars face tariffs of up to 40% under the plan.')).toEqual([[40, true]]);
    expect(percents('Duties of up to 40 percent apply to dairy.')).toEqual([[40, true]]);
  });

  it('finds both ends of a range and keeps its text where it stands', () => {
    const text = 'Rates between 10 percent and 20 percent were discussed.';
    const found = recognisePercents(text);
    expect(found.map((p) => p.value)).toEqual([10, 20]);
    for (const p of found) expect(text.slice(p.index, p.index + p.text.length)).toBe(p.text);
  });

  it('does not read percentage points or bare numbers as rates', () => {
    expect(percents('Tariffs rose by five percentage points.')).toEqual([]);
    expect(percents('The duty applies to 46 product lines.')).toEqual([]);
  });
});

describe('recogniseMoney: other dollars', () => {
  it('"C$30 billion", "A$5bn", "NZ$2 billion" are not US dollars; the US figure beside them is', () => {
    expect(recogniseMoney('tariffs on C$30 billion ($21.6 billion) of goods').map((m) => m.valueUsd)).toEqual([
      21_600_000_000,
    ]);
    expect(recogniseMoney('A$5bn and NZ$2 billion')).toEqual([]);
  });
});
