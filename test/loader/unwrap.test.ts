import { describe, expect, it } from 'vitest';
import { clean } from '../../src/loader/clean.js';
import { unwrap, wrapWidth } from '../../src/loader/unwrap.js';

// A page wrapped at 60–80 characters, the way a wire feed or a PDF copy arrives.
const WRAPPED = [
  'Andean Trade Desk',
  '',
  'QUITO, March 4 (ATD) - Ecuador and the United States opened a',
  "second round of talks in Quito on Monday, Ecuador's Trade Minister",
  'Lucia Andrade said, adding that both sides hoped to close the',
  'gaps on bananas and shrimp by the end of the month.',
  '',
  'Officials praised the close working ties of the two delegations and the co-',
  'ordination of both capitals, whose teams met again on Tuesday to set a',
  'timetable for the third round.',
  '',
  'A third round is due in Washington in April, the ministry said in a',
  'statement on Wednesday, and officials expect the last chapters to be',
  'settled there.',
  '- Bananas: quota talks continue through the spring season',
  '- Shrimp: a separate annex is being drafted by both sides',
];

describe('hard-wrapped pages', () => {
  it('reads the width a page is wrapped to, and no width for a page of one-line paragraphs', () => {
    expect(wrapWidth(WRAPPED)).toBeGreaterThanOrEqual(60);
    expect(wrapWidth(WRAPPED)).toBeLessThanOrEqual(80);
    const oneLine = [
      'Ecuador and the United States opened a second round of talks in Quito on Monday.',
      'Both sides hoped to close the gaps on bananas and shrimp by the end of the month.',
      'Officials from both capitals met again on Tuesday to set a timetable.',
      'A third round is due in April, the trade ministry said in a statement.',
    ];
    expect(wrapWidth(oneLine)).toBeNull();
    expect(unwrap(oneLine)).toEqual(oneLine);
  });

  it('joins a wrapped paragraph into one line, and keeps list items and blank lines apart', () => {
    const out = unwrap(WRAPPED);
    expect(out[2]).toBe(
      "QUITO, March 4 (ATD) - Ecuador and the United States opened a second round of talks in Quito on Monday, Ecuador's Trade Minister Lucia Andrade said, adding that both sides hoped to close the gaps on bananas and shrimp by the end of the month.",
    );
    expect(out[3]).toBe('');
    // (a short line ends its paragraph; "co-" / "ordination" joins without a space)
    expect(out).toContain(
      'Officials praised the close working ties of the two delegations and the co-ordination of both capitals, whose teams met again on Tuesday to set a timetable for the third round.',
    );
    expect(out.filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(out[0]).toBe('Andean Trade Desk');
  });

  it('serves a wrapped page with its sentences whole, so names across a break are read', () => {
    const doc = clean({ sourceName: 'wrapped.txt', format: 'txt', content: WRAPPED.join('\n') });
    expect(doc.text).toContain("Ecuador's Trade Minister Lucia Andrade said");
    expect(doc.text.split('\n').every((line) => !line.endsWith(' opened a'))).toBe(true);
  });
});
