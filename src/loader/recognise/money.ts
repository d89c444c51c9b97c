// Amounts of US dollars: "$120 billion", "US$15 bn", "$6.4 bln", "USD 2.5 million", "300 million dollars",
// with the qualifier the text puts before them ("over", "approximately", "nearly").
import type { Qualifier } from '../types.js';

export interface MoneyFound {
  index: number;
  text: string;
  valueUsd: number;
  qualifier: Qualifier;
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
  tln: 1e12,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  thousand: 1e3,
};

const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:over|more than|above|exceeding|in excess of|upwards of|at least)\s+$/i, 'more_than'],
  [/\b(?:less than|under|below|nearly|almost|just under|up to)\s+$/i, 'less_than'],
  [/\b(?:approximately|about|around|roughly|some|an estimated|estimated|close to|circa)\s+$/i, 'approximately'],
];

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const UNIT = String.raw`(trillion|billion|million|thousand|trln|tln|tn|trn|bln|bn|mln|mn|b|m)\b`;
const PATTERNS = [
  // $120 billion, US$15 bn, USD 2.5 million
  // ("$594.8-billion", as some papers hyphenate it)
  new RegExp(String.raw`(?:US\$|U\.S\.\s?\$|\$|USD\s?)\s?${NUM}(?:[\s-]?${UNIT})?`, 'gi'),
  // 300 million dollars, 1.2 billion USD
  new RegExp(String.raw`${NUM}\s?${UNIT}\s+(?:US\s+|U\.S\.\s+)?(?:dollars|USD)\b`, 'gi'),
];

export function recogniseMoney(text: string): MoneyFound[] {
  const found: MoneyFound[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
      // "C$30 billion", "A$5bn", "NZ$2bn", "HK$1bn", "S$", "R$": another country's dollars.
      if (/(?:\b[A-Z]{1,2}|[A-Z])$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && m[0].startsWith('$'))
        continue;
      const amount = Number(m[1]!.replace(/,/g, ''));
      const unit = m[2]?.toLowerCase();
      const valueUsd = Math.round(amount * (unit ? SCALE[unit]! : 1));
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const qualifier = QUALIFIERS.find(([re2]) => re2.test(before))?.[1] ?? 'exact';
      found.push({ index: m.index, text: m[0], valueUsd, qualifier });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Two reports of one figure: within 1% of each other. */
export const sameFigure = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(a, b);
