import { describe, expect, it } from 'vitest';
import { clean, contentHash, documentId } from '../../src/loader/clean.js';
import type { RawDocument } from '../../src/loader/types.js';

const raw = (content: string, extra: Partial<RawDocument> = {}): RawDocument => ({
  sourceName: 'seoul-talks.txt',
  format: 'txt',
  content,
  ...extra,
});
const lines = (content: string) => clean(raw(content)).text.split('\n');

describe('clean: page furniture', () => {
  const body = 'South Korean and US negotiators met in Seoul on June 2, 2025.';

  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Sponsored content',
    '-',
    '---',
    'Table of Contents',
    'Subscribe now for unlimited access',
    'Subscribe to our newsletter for daily updates',
    'Sign up today and get the briefing',
    'By clicking the subscribe button you agree to our terms',
    'Keep up to date with the latest trade news',
    'Share this article',
    'Listen to this article',
    'Read more: Why the talks stalled',
    'Related stories',
    'Photo: Reuters',
    'Image: Ministry handout',
    '© 2025 Example Media',
    'Copyright 2025 Example Media Ltd.',
    'Reporting by Jane Doe; Editing by John Smith',
    'Follow us on social media',
    'Read our Privacy Policy',
  ])('drops the line %j', (furniture) => {
    expect(lines(`Seoul Talks\n${body}\n${furniture}\nThe next round is slated for July.`)).toEqual([
      body,
      'The next round is slated for July.',
    ]);
  });

  it('keeps article lines, normalising runs of white space and dropping blank lines', () => {
    expect(lines(`Seoul Talks\n\n  ${body.replace(/ /g, '   ')}  \r\n\r\nThe next round is slated for July.`)).toEqual([
      body,
      'The next round is slated for July.',
    ]);
  });

  it('keeps an article sentence that starts with "Copyright"', () => {
    expect(lines(`Seoul Talks\n${body}\nCopyright rules were a sticking point in the talks.`)).toEqual([
      body,
      'Copyright rules were a sticking point in the talks.',
    ]);
  });

  it('drops a lone "•" bullet line like a lone "-"', () => {
    expect(lines(`Seoul Talks\n${body}\n•\nThe next round is slated for July.`)).toEqual([
      body,
      'The next round is slated for July.',
    ]);
  });
});

describe('clean: title, byline and publication date', () => {
  const body = 'The UK and India signed a services pact in London.';

  it('takes the first line as title and bulleted byline lines after it', () => {
    const d = clean(raw(`UK and India Sign Services Pact\n- June 3, 2025\n- Priya Nair\n${body}`));
    expect([d.title, d.publishedDate, d.author]).toEqual([
      'UK and India Sign Services Pact',
      '2025-06-03',
      'Priya Nair',
    ]);
    expect(d.text).toBe(body);
  });

  it('reads byline lines placed before the title', () => {
    const d = clean(raw(`- 3 June 2025\n- Priya Nair\nUK and India Sign Services Pact\n${body}`));
    expect([d.title, d.publishedDate, d.author]).toEqual([
      'UK and India Sign Services Pact',
      '2025-06-03',
      'Priya Nair',
    ]);
    expect(d.text).toBe(body);
  });

  it.each([
    ['By Priya Nair', 'Priya Nair'],
    ['by Priya Nair', 'Priya Nair'],
    ['- By Tomás Ortega', 'Tomás Ortega'],
    ['- Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
    ["- Mary-Jane O'Neil", "Mary-Jane O'Neil"],
  ])('reads the author from %j', (line, author) => {
    const d = clean(raw(`UK and India Sign Services Pact\n${line}\n${body}`));
    expect(d.author).toBe(author);
    expect(d.text).toBe(body);
  });

  it.each([
    ['Published: June 3, 2025', '2025-06-03'],
    ['Updated June 3, 2025 10:42 am GMT', '2025-06-03'],
    ['June 3, 2025', '2025-06-03'],
    ['- 2025-06-03', '2025-06-03'],
  ])('reads the publication date from %j', (line, date) => {
    const d = clean(raw(`UK and India Sign Services Pact\n${line}\n${body}`));
    expect(d.publishedDate).toBe(date);
    expect(d.text).toBe(body);
  });

  it('does not take a date that is only a month as the publication date', () => {
    const d = clean(raw(`UK and India Sign Services Pact\n- June 2025\n${body}`));
    expect(d.publishedDate).toBeNull();
  });

  it('a document that opens with a sentence has no title, and loses no text', () => {
    const d = clean(raw(`${body}\nThey will meet again in July.`));
    expect(d.title).toBeNull();
    expect(d.text).toBe(`${body}\nThey will meet again in July.`);
  });

  it('reads the date from a dateline opening the first paragraph', () => {
    const d = clean(raw(`UK and India Sign Services Pact\nLONDON, June 3, 2025 - ${body}`));
    expect(d.publishedDate).toBe('2025-06-03');
  });

  it('passes over a masthead, breadcrumbs, section labels and a tagline above the headline', () => {
    const page = [
      'THE EXAMPLE TRADE GAZETTE',
      'Independent reporting since 1998',
      'Home › News › Trade',
      'World | Trade | Analysis',
      'UK and India Sign Services Pact After Two Years of Talks',
      'Analysis · 3 June 2025 · 6 min read',
      'By PRIYA NAIR',
      'Example Wire',
      body,
    ].join('\n');
    const d = clean(raw(page));
    expect([d.title, d.publishedDate, d.author]).toEqual([
      'UK and India Sign Services Pact After Two Years of Talks',
      '2025-06-03',
      'Priya Nair',
    ]);
    expect(d.text).toBe(body);
  });

  it('takes a headline printed in capitals when nothing else is title-like, but not a short masthead', () => {
    const release = clean(
      raw(`MINISTRY OF TRADE\nPERU AND CHILE SIGN AGREEMENT ON RECIPROCAL TRADE\n3 June 2025\n${body}`),
    );
    expect([release.title, release.publishedDate]).toEqual([
      'PERU AND CHILE SIGN AGREEMENT ON RECIPROCAL TRADE',
      '2025-06-03',
    ]);
    expect(clean(raw(`MINISTRY OF TRADE\n${body}`)).title).toBeNull();
  });

  it('a headline may ask a question and answer it; a capitals masthead naming a body is passed over', () => {
    const d = clean(
      raw(`MINISTRY OF TRADE AND INDUSTRY OF PERU\nWhat is in the Peru-Chile deal? Your questions answered\n${body}`),
    );
    expect(d.title).toBe('What is in the Peru-Chile deal? Your questions answered');
  });

  it("passes over a site's tagline and a photo caption with its credit", () => {
    const page = [
      'Trade Daily Newspaper – Agency of the Ministry of Commerce',
      'UK and India Sign Services Pact',
      'Negotiators at the signing in London, June 3, 2025. REUTERS/Ellen Marsh',
      body,
      'Ministers shake hands at the signing. Photo: Example/Arno Kessle',
    ].join('\n');
    const d = clean(raw(page));
    expect(d.title).toBe('UK and India Sign Services Pact');
    expect(d.text).toBe(body);
  });

  it('passes over a menu printed with runs of spaces, a breadcrumb, and a bracketed photo caption', () => {
    const page = [
      'ANDEAN LEDGER',
      'Markets   Business   Trade   Video   Watchlist',
      'Economy > Americas > Trade tracker',
      '[Photo] Dock workers load bananas in Guayaquil. (Photo: Ana Ruiz / Andean Ledger)',
      'TRACKER: Ecuador and the US, from a 25% threat to a 10% rate',
      body,
    ].join('\n');
    const d = clean(raw(page));
    expect(d.title).toBe('TRACKER: Ecuador and the US, from a 25% threat to a 10% rate');
    expect(d.text).toBe(body);
  });

  it('keeps a standfirst but cuts the byline that ends it', () => {
    const standfirst = 'Negotiators closed the last chapters in London. By Priya Nair and Tomás Ortega | 3 June 2025';
    const d = clean(raw(`UK and India Sign Services Pact\n${standfirst}\n${body}`));
    expect([d.publishedDate, d.author]).toEqual(['2025-06-03', 'Priya Nair and Tomás Ortega']);
    expect(d.text).toBe(`Negotiators closed the last chapters in London.\n${body}`);
  });

  it.each([
    ['Bern, 03.06.2025 - ', '2025-06-03'],
    ['New Delhi, June 3, 2025 (PTI) ', '2025-06-03'],
    ['20/06/2025 | 16:05\n', '2025-06-20'],
    ['Last updated: June 3, 2025, 18:40 IST\n', '2025-06-03'],
    ['Published 7:52 PM GMT-3, June 3, 2025\n', '2025-06-03'],
    ['June 3, 2025 10:42 AM GMT+7 Updated\n', '2025-06-03'],
    ['SEOUL, June 3, 2025 (Yonhap) -- ', '2025-06-03'],
    ['June 3, 2025 11:48 AM GMT+7 Updated June 4, 2025\n', '2025-06-03'],
    ['All News   2025-06-03 10:17\n', '2025-06-03'],
    ['Kuala Lumpur, 3 June 2025\n', '2025-06-03'],
  ])('reads the publication date from %j', (opening, date) => {
    const d = clean(raw(`UK and India Sign Services Pact\n${opening}${body}`));
    expect(d.publishedDate).toBe(date);
  });

  it("a dateline with no year takes the year of the page's copyright line when the text writes none", () => {
    const d = clean(raw(`UK and India Sign Services Pact\nLONDON, June 3 (Reuters) - ${body}\n© 2025 Example Wire`));
    expect(d.publishedDate).toBe('2025-06-03');
    expect(clean(raw(`UK and India Sign Services Pact\nLONDON, June 3 (Reuters) - ${body}`)).publishedDate).toBeNull();
  });

  it.each([
    ['By Priya Nair   June 3, 2025 | 02:20 pm GMT+7', 'Priya Nair', '2025-06-03'],
    ['Priya Nair | Publication date 03 June 2025 | 10:12 ICT', 'Priya Nair', '2025-06-03'],
    [
      'By Priya Nair and Tomás Ortega\n3 June 2025, 07:15 CET — Updated 3 June 2025, 13:40 CET',
      'Priya Nair and Tomás Ortega',
      '2025-06-03',
    ],
    ['Priya Nair / ETN / Updated: Jun 3, 2025, 07:12 IST', 'Priya Nair', '2025-06-03'],
    [
      'PRIYA NAIR and TOMÁS ORTEGA, Example Wire staff writers\nJune 3, 2025 13:05 JST',
      'Priya Nair and Tomás Ortega',
      '2025-06-03',
    ],
    ['By Priya Nair, The Example Press\nPosted Jun 3, 2025 5:03 am EDT', 'Priya Nair', '2025-06-03'],
    ['By Priya Nair, ET Bureau\nLast Updated: Jun 3, 2025, 07:12 IST', 'Priya Nair', '2025-06-03'],
    ['Priya Nair\nLondon\nPublished June 3, 2025', 'Priya Nair', '2025-06-03'],
    [
      'Priya Nair in London and Tomás Ortega in New Delhi\nPublished June 3 2025',
      'Priya Nair and Tomás Ortega',
      '2025-06-03',
    ],
    ['By Vu Anh Thu | Monday, 23/6/2025, 10:42 (GMT+7)', 'Vu Anh Thu', '2025-06-23'],
  ])('reads author and date from the byline %j', (byline, author, date) => {
    const d = clean(raw(`UK and India Sign Services Pact\n${byline}\n${body}`));
    expect([d.author, d.publishedDate]).toEqual([author, date]);
    expect(d.text).toBe(body);
  });

  it('a Title Case headline, even with a full stop inside, over the longer sentence-case standfirst lines under it', () => {
    const d = clean(
      raw(
        `Example Wire\nTrade\n\nThe Services Deals Are Taking Shape. Here's Where They Stand\n\nLower fees for Indian engineers kick in as British banks wait for the fine print\nLeaders talk again and plan to meet in London next month\n\nBy Priya Nair\nJune 3, 2025 at 6:00 AM EDT\n\n${body}`,
      ),
    );
    expect([d.title, d.author, d.publishedDate]).toEqual([
      "The Services Deals Are Taking Shape. Here's Where They Stand",
      'Priya Nair',
      '2025-06-03',
    ]);
    // A byline with its role is no headline, Title Case or not.
    expect(
      clean(raw(`UK and India Seal Services Pact After Long Talks\nPriya Nair, Economics Reporter\n${body}`)).title,
    ).toBe('UK and India Seal Services Pact After Long Talks');
  });

  it('a headline of six words or more over the longer standfirst right under it', () => {
    const d = clean(
      raw(
        `Example Times\nUK wins cut in Indian tariffs after months of talks\nLondon agrees to visa pledges and farm concessions to escape one of the highest levies on any rich economy\nBy Priya Nair\nJune 3, 2025\n${body}`,
      ),
    );
    expect(d.title).toBe('UK wins cut in Indian tariffs after months of talks');
  });

  it('a line of figures is a table row, not a heading', () => {
    const d = clean(raw(`UK and India Sign Services Pact\n${body}\nTrade Numbers\nIndia: 26% → 50%`));
    expect(d.headings.map((h) => d.text.slice(h.start, h.end))).toEqual(['Trade Numbers']);
  });

  it('drops an "Updated" line with no year, dating nothing', () => {
    const d = clean(
      raw(`UK and India Sign Services Pact\nBy Priya Nair\nExample Wire\nUpdated 5:47 PM CST, June 3\n${body}`),
    );
    expect([d.author, d.publishedDate, d.text]).toEqual(['Priya Nair', null, body]);
  });

  it('"KUALA LUMPUR: …" is a dateline too', () => {
    const d = clean(raw(`UK and India Sign Services Pact\nKUALA LUMPUR: ${body}`));
    expect(d.dateline).toEqual({ start: 0, end: 'KUALA LUMPUR: '.length });
  });

  it('"By Minh Thu   April 11, 2025 | 06:15 pm": a name ending in a weekday\'s short form keeps it', () => {
    const d = clean(raw(`UK and India Sign Services Pact\nBy Minh Thu   April 11, 2025 | 06:15 pm GMT+7\n${body}`));
    expect([d.author, d.publishedDate, d.text]).toEqual(['Minh Thu', '2025-04-11', body]);
  });

  it('"Lan Huong / Tuoi Tre News" over the date line: the author, beside the paper\'s name', () => {
    const d = clean(
      raw(
        `UK and India Sign Services Pact\nLan Huong / Tuoi Tre News\nFri, November 21, 2025 | 2:35 PM GMT+7\n${body}`,
      ),
    );
    expect([d.author, d.publishedDate, d.text]).toEqual(['Lan Huong', '2025-11-21', body]);
  });

  it('a dateline under a standfirst the body keeps is found on the second line', () => {
    const d = clean(
      raw(
        `Seoul Settles on 15% Tariff After Long Talks\nThe deal caps a summer of visits to Washington by Korean ministers\nBy Priya Nair\nJuly 31, 2025\nSEOUL -- ${body}`,
      ),
    );
    expect(d.dateline).not.toBeNull();
    expect(d.text.slice(d.dateline!.start, d.dateline!.end)).toBe('SEOUL -- ');
  });

  it('a story label before a colon opens a headline, not a dateline; "Compiled by" is a byline', () => {
    const d = clean(
      raw(
        `Example Review\nTIMELINE: From 46 per cent to a framework deal in six months of talks\nCompiled by Lan Huong\nTuesday, October 28, 2025 - 08:45 (GMT+7)\nHANOI - ${body}`,
      ),
    );
    expect([d.title, d.author, d.publishedDate]).toEqual([
      'TIMELINE: From 46 per cent to a framework deal in six months of talks',
      'Lan Huong',
      '2025-10-28',
    ]);
  });

  it('a weekday in brackets beside the date: "Date: November 14, 2025 (Fri)"', () => {
    const d = clean(
      raw(
        `MINISTRY OF TRADE\nPRESS RELEASE\nDate: November 14, 2025 (Fri)\nKorea and Japan release a joint fact sheet\n${body}`,
      ),
    );
    expect(d.publishedDate).toBe('2025-11-14');
  });

  it('a bare name over "New Delhi | Updated: …": the name is the author, the place is not', () => {
    const d = clean(
      raw(
        `From 26% to 50%: How the talks unravelled\n\nPriya Nair\nNew Delhi | Updated: September 17, 2025, 07:30 IST\n\n${body}`,
      ),
    );
    expect([d.author, d.publishedDate, d.text]).toEqual(['Priya Nair', '2025-09-17', body]);
  });

  it('metadata given outside the text wins over what the text suggests', () => {
    const d = clean(
      raw(`UK and India Sign Services Pact\n- June 3, 2025\n${body}`, {
        given: { publishedDate: '2025-06-04', publisher: 'Example Wire' },
      }),
    );
    expect(d.publishedDate).toBe('2025-06-04');
    expect(d.publisher).toBe('Example Wire');
  });
});

describe('clean: headings and identity', () => {
  it('records section headings as ranges of the text', () => {
    const d = clean(
      raw('Japan Talks\nTokyo and Washington resumed talks.\nWhat Comes Next\nA fifth round is slated for July.'),
    );
    expect(d.headings).toHaveLength(1);
    const [h] = d.headings;
    expect(d.text.slice(h!.start, h!.end)).toBe('What Comes Next');
  });

  it('does not take a sentence for a heading', () => {
    const d = clean(
      raw('Japan Talks\nTokyo and Washington Resumed Talks On Monday.\nA fifth round is slated for July.'),
    );
    expect(d.headings).toEqual([]);
  });

  it('gives a readable id from the title plus a content hash', () => {
    const content = 'UK and India Sign Services Pact\n- June 3, 2025\nThe UK and India signed a pact.';
    const d = clean(raw(content));
    expect(d.contentHash).toBe(contentHash(content));
    expect(d.id).toBe(`uk-and-india-sign-services-pact-${d.contentHash.slice(0, 6)}`);
    expect(d.id).toBe(documentId(d.title, 'seoul-talks.txt', d.contentHash));
  });

  it('falls back to the file name for the id when there is no title', () => {
    const d = clean(raw('The UK and India signed a pact.'));
    expect(d.id).toBe(`seoul-talks-${d.contentHash.slice(0, 6)}`);
  });

  it('is deterministic, and different content gives a different id', () => {
    const a = clean(raw('Pact Signed\nThe UK and India signed a pact.'));
    const b = clean(raw('Pact Signed\nThe UK and India signed a pact.'));
    const c = clean(raw('Pact Signed\nThe UK and India signed a treaty.'));
    expect(a).toEqual(b);
    expect(c.id).not.toBe(a.id);
  });
});
