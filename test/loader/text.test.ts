import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, ordinalValue, slugify, splitSentences } from '../../src/loader/text.js';

describe('fold', () => {
  it('drops accents, including the Vietnamese đ, and lower-cases', () => {
    expect(fold('Nguyễn Thị Mai Đào')).toBe('nguyen thi mai dao');
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Maroš Šefčovič')).toBe('maros sefcovic');
  });

  it('collapses punctuation and white space into single spaces, trimmed', () => {
    expect(fold('  U.S.-Japan   talks! ')).toBe('u s japan talks');
    expect(fold('Trade Representative’s office')).toBe('trade representative s office');
  });

  it('makes the accented and plain spellings of a name equal', () => {
    expect(fold('Hà Nội')).toBe(fold('Ha Noi'));
    expect(fold('Türkiye')).toBe(fold('Turkiye'));
  });
});

describe('slugify', () => {
  it('gives readable URL-safe ids', () => {
    expect(slugify('Lê Quang Huy')).toBe('le-quang-huy');
    expect(slugify('The U.S.–Japan Talks: Round 4!')).toBe('the-u-s-japan-talks-round-4');
  });

  it('keeps at most maxWords words', () => {
    expect(slugify('one two three four five', 3)).toBe('one-two-three');
  });

  it('gives an empty string when nothing is left', () => {
    expect(slugify('!!! —— ???')).toBe('');
  });

  it('always yields lower-case words joined by single hyphens', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (s) => {
        const slug = slugify(s);
        expect(slug === '' || /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(slug), slug).toBe(true);
        expect(slug).toBe(slug.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });
});

describe('ordinalValue', () => {
  it('reads ordinal words, numbered ordinals and bare numbers', () => {
    expect(ordinalValue('first')).toBe(1);
    expect(ordinalValue('Fourth')).toBe(4);
    expect(ordinalValue('twelfth')).toBe(12);
    expect(ordinalValue('3rd')).toBe(3);
    expect(ordinalValue('21st')).toBe(21);
    expect(ordinalValue('7')).toBe(7);
  });

  it('returns null for words that are not ordinals', () => {
    expect(ordinalValue('round')).toBeNull();
    expect(ordinalValue('')).toBeNull();
    expect(ordinalValue('th')).toBeNull();
  });
});

describe('splitSentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);

  it('splits on sentence-ending punctuation followed by a capital', () => {
    expect(texts('Is a deal near? Nobody in Jakarta knows! Talks resume on Monday.')).toEqual([
      'Is a deal near?',
      'Nobody in Jakarta knows!',
      'Talks resume on Monday.',
    ]);
  });

  it('does not split after U.S., E.U., titles, initials or abbreviated months', () => {
    expect(texts('The U.S. and Japan met in Tokyo. Talks resume in June.')).toHaveLength(2);
    expect(texts('The E.U. and the U.K. talked for hours. Nothing changed.')).toEqual([
      'The E.U. and the U.K. talked for hours.',
      'Nothing changed.',
    ]);
    expect(texts('Mr. Sato spoke to reporters. He was upbeat.')).toEqual([
      'Mr. Sato spoke to reporters.',
      'He was upbeat.',
    ]);
    expect(texts('Trade Representative Paul R. Whitman said the talks went well.')).toHaveLength(1);
    expect(texts('The pact was signed on Sept. 12 in Hanoi. Progress was slow.')).toEqual([
      'The pact was signed on Sept. 12 in Hanoi.',
      'Progress was slow.',
    ]);
  });

  it('a sentence may end with "U.S." when the next one starts with "The"', () => {
    expect(texts('Most of the shipments went to the U.S. The gap widened in May.')).toEqual([
      'Most of the shipments went to the U.S.',
      'The gap widened in May.',
    ]);
  });

  it('does not split inside decimal amounts', () => {
    expect(texts('Shipments hit $1.5 billion. Then they fell 4.5 percent.')).toEqual([
      'Shipments hit $1.5 billion.',
      'Then they fell 4.5 percent.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(texts('“We are close.” Officials in Seoul agreed.')).toEqual([
      '“We are close.”',
      'Officials in Seoul agreed.',
    ]);
  });

  it('never lets a sentence cross a line, and numbers paragraphs by line', () => {
    const s = splitSentences('Seoul and Washington met\nThe talks ended. A deal followed.\n\nNew line here.');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['Seoul and Washington met', 0],
      ['The talks ended.', 1],
      ['A deal followed.', 1],
      ['New line here.', 2],
    ]);
  });

  it('gives offsets into the text: text.slice(start, end) is the sentence, in order, without overlap', () => {
    const piece = fc.constantFrom(
      'The U.S. and India met.',
      'Talks resumed on Jan. 5 in New Delhi.',
      'Mr. Ito said “fine.”',
      'Exports rose 2.5 percent!',
      'Why?',
      '   ',
      'no capital after this. lower case continues',
      'Dr. Rao, an economist, agreed.',
      '\n',
      'Hà Nội welcomed it.',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.array(fc.constantFrom(' ', '  ', '\n', ''), { maxLength: 12 }),
        (pieces, gaps) => {
          const text = pieces.map((p, i) => p + (gaps[i] ?? ' ')).join('');
          const sentences = splitSentences(text);
          let last = -1;
          for (const s of sentences) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.text.includes('\n')).toBe(false);
            expect(s.start).toBeGreaterThan(last);
            last = s.end - 1;
          }
          // Nothing but white space is lost between sentences.
          const covered = sentences.map((s) => s.text).join('');
          expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        },
      ),
      { numRuns: 150 },
    );
  });
});
