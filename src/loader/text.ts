// Small text helpers shared by every loader stage.
import { fold } from '../lib/fold.js';

export { fold };

/** A readable, URL-safe id fragment: "Nguyễn Hồng Diên" → "nguyen-hong-dien". */
export function slugify(s: string, maxWords = 12): string {
  return fold(s).split(' ').filter(Boolean).slice(0, maxWords).join('-');
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line block) the sentence belongs to. */
  paragraph: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'etc',
  'approx',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// Words that open sentences and hardly ever follow "U.S." inside one.
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Those',
  'In',
  'On',
  'At',
  'But',
  'And',
  'However',
  'Meanwhile',
  'Both',
  'Its',
  'His',
  'Her',
  'Their',
  'After',
  'Before',
  'While',
  'When',
  'If',
]);

/**
 * Splits text into sentences with their offsets. Paragraphs are the lines of the cleaned text;
 * a sentence never crosses one.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    const body = line[0];
    let from = 0;
    const endRe = /[.!?…]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\p{N}])/gu;
    for (let m = endRe.exec(body); m; m = endRe.exec(body)) {
      const before = body.slice(from, m.index);
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      // "U.S.", "D.C.", "L." (an initial) and listed abbreviations do not end sentences.
      if (m[0].startsWith('.') && m[0].length === 1) {
        const next = /^\s+["“‘'(]?([\p{L}]+)/u.exec(body.slice(m.index + 1))?.[1] ?? '';
        // "the U.S. The gap widened": a dotted abbreviation ends the sentence when a sentence opener follows.
        const dotted = /\.\p{L}$/u.test(lastWord) && !SENTENCE_OPENERS.has(next);
        if (/^\p{Lu}$/u.test(lastWord) || dotted || ABBREVIATIONS.has(lastWord.toLowerCase())) {
          continue;
        }
      }
      const end = m.index + m[0].length;
      pushTrimmed(out, body, base, from, end, paragraph);
      from = end;
    }
    pushTrimmed(out, body, base, from, body.length, paragraph);
    paragraph++;
  }
  return out;
}

function pushTrimmed(out: Sentence[], body: string, base: number, from: number, to: number, paragraph: number) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e, text: body.slice(s, e), paragraph });
}

/** Words for small numbers as news text writes them. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** "second" → 2, "3rd" → 3, "4" → 4; null otherwise. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w in ORDINALS) return ORDINALS[w]!;
  const m = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  return m ? Number(m[1]) : null;
}
