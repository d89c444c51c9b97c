import { describe, expect, it } from 'vitest';
import {
  nameCase,
  note,
  readByline,
  readBylinePart,
  wireAuthor,
  type HeadFacts,
} from '../../src/loader/head/byline.js';
import { classifyHead, headEnd, isCapsHeadline, isTitleLike } from '../../src/loader/head/classify.js';
import { dateOfLine, numericDateOf } from '../../src/loader/head/date-line.js';
import { copyrightYear, datelineDate, findDateline } from '../../src/loader/head/dateline.js';
import { pickHeadline } from '../../src/loader/head/headline.js';
import { readHead } from '../../src/loader/head/index.js';
import { isCaps, isFurniture, isHeading, isTitleCase, words } from '../../src/loader/head/lines.js';
import { readUnder } from '../../src/loader/head/under.js';

const none: HeadFacts = { authorAt: -2 };

describe('head lines read on their own', () => {
  it('furniture, headings, Title Case, capitals', () => {
    expect(isFurniture('Advertisement')).toBe(true);
    expect(isFurniture('Talks resumed in Geneva.')).toBe(false);
    expect(isHeading('What Comes Next')).toBe(true);
    expect(isHeading('Vietnam: 46% To 20%')).toBe(false);
    expect(isTitleCase('Seoul And Washington Agree Chip Terms')).toBe(true);
    expect(isTitleCase('Seoul and Washington agree on chip terms')).toBe(false);
    expect(isTitleCase('Oliver Kendrick, Economics Reporter')).toBe(false);
    expect(isCaps('MINISTRY OF TRADE')).toBe(true);
    expect(isCaps('Ministry of Trade')).toBe(false);
    expect(words('Home › News — 2025')).toBe(3);
    expect(isFurniture('Search Log in Subscribe')).toBe(true);
    expect(isFurniture('Source: Example Wire')).toBe(true);
    // (the page's own stamp is no photo source)
    expect(isFurniture('Source: Example Wire | 2026-01-09 18:40:12 | Editor: Mai Linh')).toBe(false);
  });
});

describe('classify the head lines', () => {
  it('the head ends at the first sentence or a long dateline', () => {
    expect(headEnd(['Masthead', 'Headline Here', 'It began on Monday.', 'More.'])).toBe(2);
    expect(headEnd(['HANOI (VNA) – Vietnam and the United States agreed on a framework'])).toBe(0);
    expect(headEnd(Array.from({ length: 20 }, () => 'No Sentence Here'))).toBe(14);
  });

  it('title-like lines and capitals headlines', () => {
    expect(isTitleLike('UK and India Sign Services Pact')).toBe(true);
    expect(isTitleLike('Home › News › Trade')).toBe(false);
    expect(isTitleLike('- a bullet')).toBe(false);
    expect(isTitleLike('Industry & Trade Newspaper – Agency of the Ministry')).toBe(false);
    expect(isTitleLike('Tariffs rose. Exporters worried')).toBe(false);
    expect(isCapsHeadline('VIETNAM AND US AGREE ON NEW TARIFF FRAMEWORK')).toBe(true);
    expect(isCapsHeadline('MINISTRY OF INDUSTRY AND TRADE OF VIET NAM')).toBe(false);
    expect(isCapsHeadline('TRADE DAILY')).toBe(false);
  });

  it('gives each line a kind and adds up what the byline lines say', () => {
    const lines = ['Trade Daily | Business', 'UK and India Sign Services Pact', 'By Priya Nair', 'June 3, 2025'];
    const { kinds, facts } = classifyHead(lines, 4, null, none);
    expect(kinds).toEqual(['other', 'title', 'byline', 'byline']);
    expect(facts).toEqual({ author: 'Priya Nair', publishedDate: '2025-06-03', authorAt: 2 });
  });

  it('with a title given, only the line repeating it is a title', () => {
    const lines = [
      'Another Headline Like This',
      'UK and India sign services pact',
      'SOME CAPITALS HEADLINE OF SIX WORDS',
    ];
    expect(classifyHead(lines, 3, 'UK and India Sign Services Pact', none).kinds).toEqual(['other', 'title', 'other']);
    expect(classifyHead(lines, 3, null, none).kinds).toEqual(['title', 'title', 'caps']);
  });
});

describe('pick the headline', () => {
  it('the longest candidate', () => {
    const lines = ['Trade Wire', 'Vietnam and US Agree a Tariff Framework'];
    expect(pickHeadline(lines, ['title', 'title'], false)).toBe(1);
  });

  it('a Title Case line over a longer sentence-case one', () => {
    const lines = ['Seoul And Washington Agree Chip Terms', 'the two sides met for a long time in a room'];
    expect(pickHeadline(lines, ['title', 'title'], false)).toBe(0);
  });

  it('a headline of six words over the longer standfirst right under it', () => {
    const lines = ['Vietnam and US agree on a framework', 'the deal cuts the rate to twenty per cent for most goods'];
    expect(pickHeadline(lines, ['title', 'title'], false)).toBe(0);
  });

  it('the first candidate when the title is given; none without candidates', () => {
    expect(pickHeadline(['a', 'b c d'], ['title', 'title'], true)).toBe(0);
    expect(pickHeadline(['x'], ['byline'], false)).toBeUndefined();
  });
});

describe('byline parts', () => {
  it('each kind of part says what it found', () => {
    expect(readBylinePart('03/07/2025')).toEqual({ numeric: { a: 3, b: 7, year: 2025 } });
    expect(readBylinePart('By Phan Anh November 6, 2025')).toEqual({
      author: 'Phan Anh',
      date: '2025-11-06',
      authorLine: true,
    });
    expect(readBylinePart('- June 3, 2025')).toEqual({ date: '2025-06-03' });
    expect(readBylinePart('Kuala Lumpur, 26 October 2025')).toEqual({ date: '2025-10-26' });
    expect(readBylinePart('5 min read')).toEqual({});
    expect(readBylinePart('Updated 5:47 PM CST, July 31')).toEqual({});
    expect(readBylinePart('Sarah Imhof in Zurich and Peter Lindgren in Washington')).toEqual({
      author: 'Sarah Imhof and Peter Lindgren',
      authorLine: true,
    });
    expect(readBylinePart('By ELLIOT MARSH')).toEqual({ author: 'Elliot Marsh', authorLine: true });
    expect(readBylinePart('HARUKA OGAWA and DAISUKE MORI, Nikkei staff writers')).toEqual({
      author: 'Haruka Ogawa and Daisuke Mori',
      authorLine: true,
    });
    expect(readBylinePart('Vietnam and US Agree a Tariff Framework')).toBeNull();
    expect(readBylinePart("By Dana Whitlow, Ottawa Bureau, and Ravi Sandhu, Queen's Park Bureau")).toEqual({
      author: 'Dana Whitlow and Ravi Sandhu',
      authorLine: true,
    });
    expect(readBylinePart('@dwhitlow')).toEqual({});
    expect(readByline('Source: Example Wire | 2026-01-09 18:40:12 | Editor: Mai Linh', none)).toEqual({
      byline: true,
      found: [{}, { date: '2026-01-09' }, {}],
    });
  });

  it('a line of parts, and a bare name beside a date as its author', () => {
    expect(readByline('Sok Pisey | Publication date 08 August 2025', none)).toEqual({
      byline: true,
      found: [{ date: '2025-08-08' }, { author: 'Sok Pisey' }],
    });
    expect(readByline('Sok Pisey | Publication date 08 August 2025', { ...none, author: 'Someone' }).found).toEqual([
      { date: '2025-08-08' },
    ]);
    // (a long label beside the date: no byline, but the date is still found)
    expect(readByline('Trade talks between the two sides | June 3, 2025', none)).toEqual({
      byline: false,
      found: [{ date: '2025-06-03' }],
    });
    expect(readByline('UK and India Sign Services Pact', none)).toEqual({ byline: false, found: [] });
  });

  it('the first author and date stand; a numeric date counts only while no date is known', () => {
    let facts = note(none, { author: 'A B', authorLine: true }, 3);
    facts = note(facts, { author: 'C D', date: '2025-01-02' }, 4);
    expect(facts).toEqual({ author: 'A B', publishedDate: '2025-01-02', authorAt: 3 });
    expect(note(facts, { numeric: { a: 1, b: 2, year: 2025 } }, 5).numeric).toBeUndefined();
    expect(note(none, { numeric: { a: 1, b: 2, year: 2025 } }, 5).numeric).toEqual({ a: 1, b: 2, year: 2025 });
  });

  it('names in capitals, and the wire credit', () => {
    expect(nameCase('HANNAH OKAFOR and TRẦN QUỐC BẢO')).toBe('Hannah Okafor and Trần Quốc Bảo');
    expect(nameCase('Priya Nair')).toBe('Priya Nair');
    expect(wireAuthor(['Text.', '(Reporting by Minh Chau Nguyen in Hanoi; Editing by Jo Bloggs)'])).toBe(
      'Minh Chau Nguyen',
    );
  });

  it('every reporter a wire credit names, never its editors', () => {
    expect(wireAuthor(['Reporting by Tomas Reyes and Ines Baptista; Editing by Carl Moss'])).toBe(
      'Tomas Reyes and Ines Baptista',
    );
    expect(wireAuthor(['(Reporting by Ana Ruiz in Quito, Li Wen in Beijing and Sam Obi; Editing by Kay Lee)'])).toBe(
      'Ana Ruiz, Li Wen and Sam Obi',
    );
    // (the names before the first part that is none: "writing by" starts another credit)
    expect(wireAuthor(['Reporting by Ana Ruiz, writing by Carl Moss; Editing by Kay Lee'])).toBe('Ana Ruiz');
    expect(wireAuthor(['Additional reporting by Ana Ruiz'])).toBeNull();
  });
});

describe('dates in the head', () => {
  it('a line that is only a date, and a numeric date', () => {
    expect(dateOfLine('Published: 30 May 2025')).toBe('2025-05-30');
    expect(dateOfLine('August 1, 2025 11:48 AM GMT+7 Updated August 2, 2025')).toBe('2025-08-01');
    expect(dateOfLine('Talks are due on May 30, 2025')).toBeNull();
    expect(numericDateOf('Published: 03/07/2025 10:15')).toEqual({ a: 3, b: 7, year: 2025 });
    expect(numericDateOf('03/07/2025 was a day of talks')).toBeNull();
  });

  it('the dateline on the first or second body line', () => {
    expect(findDateline(['HANOI, June 13 (Reuters) - Vietnam said.'])).toEqual({
      start: 0,
      length: 'HANOI, June 13 (Reuters) - '.length,
      said: 'June 13',
    });
    expect(findDateline(['A standfirst.', 'WASHINGTON — Talks resumed.'])?.start).toBe(14);
    expect(findDateline(['No dateline here.', 'Nor here.', 'OTTAWA — too late.'])).toBeNull();
    // Under a summary's bullets, the first paragraph opening with a dated dateline.
    const under = [
      '5 minute read',
      'Summary',
      '- Rates rise',
      'LIMA, July 30 (Wire) - Peru said on Wednesday it would answer the new duty in kind.',
    ];
    expect(findDateline(under)).toEqual({
      start: under.slice(0, 3).join('\n').length + 1,
      length: 'LIMA, July 30 (Wire) - '.length,
      said: 'July 30',
    });
  });

  it('a date in brackets before the place, and an agency between slashes', () => {
    expect(findDateline(['[March 4, 2025] QUITO (AP) — Ecuador said.'])).toEqual({
      start: 0,
      length: '[March 4, 2025] QUITO (AP) — '.length,
      said: 'March 4, 2025',
    });
    expect(findDateline(['BOGOTA, March 4. /EFE/. Colombia said.'])).toEqual({
      start: 0,
      length: 'BOGOTA, March 4. /EFE/. '.length,
      said: 'March 4',
    });
    // (a bracketed note that is not before a place opens no dateline)
    expect(findDateline(['[Updated] talks resumed on Monday.'])).toBeNull();
  });

  it('the date a dateline gives, with the year of the text or of the copyright line', () => {
    expect(datelineDate('June 13', null, 'Talks on May 2, 2025 and more.')).toBe('2025-06-13');
    expect(datelineDate('June 13', null, 'No year.', '2024')).toBe('2024-06-13');
    expect(datelineDate('June 13', null, 'No year.')).toBeNull();
    expect(datelineDate('July 3', { a: 3, b: 7, year: 2025 }, '')).toBe('2025-07-03');
    expect(datelineDate(null, { a: 3, b: 7, year: 2025 }, '')).toBe('2025-03-07');
    expect(datelineDate('07.08.2025', null, '')).toBe('2025-08-07');
    expect(copyrightYear(['Text.', '© 2025 Example Wire'])).toBe('2025');
  });
});

describe('what sits under the headline', () => {
  it('a bare name over a date line, the date line, an affiliation after a byline', () => {
    const lines = ['Canada Weighs Steel Tariff Response', 'Claire Dufresne', 'Published October 27, 2025', 'Body.'];
    expect(readUnder(lines, 0, none)).toEqual({
      drop: [1, 2],
      trimmed: new Map(),
      facts: { author: 'Claire Dufresne', publishedDate: '2025-10-27', authorAt: 1 },
    });
    const handle = ['Canada Weighs Steel Tariff Response', 'Claire Dufresne', '@cdufresne', 'Body.'];
    expect(readUnder(handle, 0, none)).toMatchObject({ drop: [1, 2], facts: { author: 'Claire Dufresne' } });
    const wire = ['Headline Of The Story Today', 'By Kelsey Thornton', 'Associated Press', 'Body.'];
    expect(readUnder(wire, 0, none).drop).toEqual([1, 2]);
  });

  it('a standfirst ending in its byline keeps its start', () => {
    const lines = [
      'Headline Of The Story Today',
      'The talks did little to settle it. By Katrin Vasquez-Lund | 28 July 2025',
    ];
    const under = readUnder(lines, 0, none);
    expect(under.trimmed).toEqual(new Map([[1, 'The talks did little to settle it.']]));
    expect(under.facts).toMatchObject({ author: 'Katrin Vasquez-Lund', publishedDate: '2025-07-28' });
  });

  it('stops at a dateline or after the standfirst', () => {
    const lines = ['Headline', 'HANOI (VNA) – Vietnam said', 'By Priya Nair'];
    expect(readUnder(lines, 0, none).drop).toEqual([]);
    const long = ['Headline', 'one line', 'two line', 'three line', 'By Priya Nair'];
    expect(readUnder(long, 0, none).drop).toEqual([]);
  });
});

describe('readHead composes the steps', () => {
  it('headline, byline on either side, and where the body starts', () => {
    const lines = [
      'June 3, 2025',
      'Trade Daily | Business',
      'UK and India Sign Services Pact',
      'By Priya Nair',
      'It began.',
    ];
    expect(readHead(lines, null)).toEqual({
      meta: { author: 'Priya Nair', publishedDate: '2025-06-03', title: 'UK and India Sign Services Pact' },
      numeric: undefined,
      bodyStart: 3,
      drop: new Set([0, 3]),
      trimmed: new Map(),
    });
  });

  it('no headline: every line is kept but the byline ones', () => {
    const head = readHead(['By Priya Nair', 'It began on Monday.'], null);
    expect([head.bodyStart, [...head.drop], head.meta]).toEqual([0, [0], { author: 'Priya Nair' }]);
  });
});
