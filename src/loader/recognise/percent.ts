// Percentages: "46 percent", "20%", "10 per cent", "zero percent", and the tariff idioms
// "cut to zero" / "zero tariffs" that state a rate without a number.
import { NUMBER_WORDS } from '../text.js';

export interface PercentFound {
  index: number;
  text: string;
  value: number;
  /** "up to 40%": a ceiling rather than the rate itself. */
  upTo: boolean;
}

const WORDS = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PERCENT = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?|${WORDS})(?:\s?(?:%|percent\b|per\s?cent\b|pct\b)|-per-?cent\b)`,
  'gi',
);
const ZERO =
  /\b(?:eliminat(?:e|es|ed|ing)\s+(?:all\s+)?(?:its\s+|their\s+)?(?:tariffs?|duties)|(?:cut|reduce[sd]?|reducing|lower(?:ed|ing)?|slash(?:ed|ing)?|drop(?:ped)?|bring(?:ing)?|brought|fall|falls|fell|go|going)\b(?:[^.;]|\b[A-Z]\.){0,60}?\bto\s+zero\b|(?:tariff|duty|rate)\s+of\s+zero\b|zero(?:-for-zero)?(?:-|\s)(?:tariffs?|duties|duty))/gi;

export function recognisePercents(text: string): PercentFound[] {
  const found: PercentFound[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const raw = m[1]!.toLowerCase();
    const value = raw in NUMBER_WORDS ? NUMBER_WORDS[raw]! : Number(raw);
    // "99% of exports" is a share, not a rate.
    if (/^\s+of\b/i.test(text.slice(m.index + m[0].length))) continue;
    const upTo = /\bup to\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    found.push({ index: m.index, text: m[0], value, upTo });
  }
  for (const m of text.matchAll(ZERO)) {
    // The span is the word that states the rate: "zero", or "eliminate" when no number is said.
    const zero = m[0].toLowerCase().lastIndexOf('zero');
    const at = m.index + Math.max(zero, 0);
    const word = zero >= 0 ? m[0].slice(zero, zero + 4) : /^\S+/.exec(m[0])![0];
    if (found.some((f) => at >= f.index && at < f.index + f.text.length)) continue;
    found.push({ index: at, text: word, value: 0, upTo: false });
  }
  return found.sort((a, b) => a.index - b.index);
}
