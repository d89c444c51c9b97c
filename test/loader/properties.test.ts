// Properties over generated articles assembled from sentence fragments written for these tests:
// every span cites the cleaned text exactly, extraction is deterministic, and resolving does not
// depend on the order of the documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/loader/clean.js';
import { extract } from '../../src/loader/extract.js';
import { resolve } from '../../src/loader/resolve.js';
import { articleLimit } from '../helpers/limits.js';
import { allSpans, resolverInput, type Loaded } from './helpers.js';

interface Side {
  name: string;
  adjective: string;
  city: string;
}

const SIDES: Side[] = [
  { name: 'Japan', adjective: 'Japanese', city: 'Tokyo' },
  { name: 'the United States', adjective: 'American', city: 'Washington' },
  { name: 'the EU', adjective: 'European', city: 'Brussels' },
  { name: 'India', adjective: 'Indian', city: 'New Delhi' },
  { name: 'the UK', adjective: 'British', city: 'London' },
  { name: 'Vietnam', adjective: 'Vietnamese', city: 'Hà Nội' },
  { name: 'Indonesia', adjective: 'Indonesian', city: 'Jakarta' },
  { name: 'South Korea', adjective: 'South Korean', city: 'Seoul' },
];
const PEOPLE = [
  { office: 'Trade Minister', name: 'Kenji Mori' },
  { office: 'Commerce Secretary', name: 'Dana Whitfield' },
  { office: 'Minister of Industry and Trade', name: 'Nguyễn Văn Thành' },
  { office: 'Trade Commissioner', name: 'Elsa Bergström' },
  { office: 'Deputy Prime Minister', name: 'Rizal Hakim' },
  { office: 'Trade Representative', name: 'Martin Oyelaran' },
];
const DAYS = ['May 2', 'June 14, 2025', '3 March 2024', 'Tuesday', 'April 30', 'Dec. 1, 2024'];
const MONTHS = ['early June', 'July 2025', 'mid-September', 'next month', 'the autumn'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const QUALIFIERS = ['', 'over ', 'about ', 'nearly ', 'an estimated '];
const FURNITURE = [
  'Advertisement',
  '-',
  'Subscribe now for full access',
  'Table of Contents',
  'Share this article',
  'Photo: Staff',
];
const HEADINGS = ['What Comes Next', 'Sticking Points Remain', 'Farm Goods in Focus'];
const BYLINE_DATES = ['- May 30, 2025', '- 4 June 2025', 'Published: July 2, 2025', '- 2025-03-01'];
const AUTHORS = ['- Priya Nair', 'By Tomás Ortega', '- Nguyễn Thị Lan'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const sentence: fc.Arbitrary<string> = fc
  .record({
    a: fc.constantFrom(...SIDES),
    b: fc.constantFrom(...SIDES),
    p: fc.constantFrom(...PEOPLE),
    q: fc.constantFrom(...PEOPLE),
    day: fc.constantFrom(...DAYS),
    month: fc.constantFrom(...MONTHS),
    ord: fc.constantFrom(...ORDINALS),
    rate: fc.constantFrom(10, 19, 25, 46, 0),
    billions: fc.constantFrom(5, 14.5, 28, 120, 1300),
    qual: fc.constantFrom(...QUALIFIERS),
    year: fc.constantFrom(2022, 2023, 2024),
    kind: fc.integer({ min: 0, max: 13 }),
  })
  .map(({ a, b, p, q, day, month, ord, rate, billions, qual, year, kind }) => {
    const surname = p.name.split(' ').at(-1)!;
    switch (kind) {
      case 0:
        return `${a.adjective} ${p.office} ${p.name} held talks with ${q.office} ${q.name} in ${b.city} on ${day}.`;
      case 1:
        return `${surname} said the meeting was constructive.`;
      case 2:
        return `${cap(a.name)} and ${b.name} held the ${ord} round of negotiations in ${a.city} on ${day}.`;
      case 3:
        return `Officials said the ${ord} round was slated for ${month}.`;
      case 4:
        return `${cap(a.name)} announced a ${rate} percent tariff on ${b.adjective} goods on ${day}.`;
      case 5:
        return `The ${rate} percent tariff took effect on ${day}.`;
      case 6:
        return `${cap(a.name)} shipped ${qual}$${billions} billion of products to ${b.name} in ${year}, while importing ${qual}$${billions / 2} billion of its goods.`;
      case 7:
        return `${cap(a.name)} reportedly offered to cut tariffs on ${b.adjective} cars to zero.`;
      case 8:
        return `“We need clarity,” said ${q.name}, a furniture exporter in ${a.name.replace(/^the /, '')}.`;
      case 9:
        return `${p.office} ${p.name} spoke by phone with ${q.office} ${q.name} on ${day}.`;
      case 10:
        return `Minister ${surname} reportedly wants duties of up to 40% on ${b.adjective} steel.`;
      case 11:
        return `Imports from ${a.name.replace(/^the /, '')} reached ${qual}$${billions} billion in ${year}, according to the ${b.adjective} Statistics Office.`;
      case 12:
        return `${cap(a.name)} and ${b.name} reached an agreement on rules of origin on ${day}.`;
      default:
        return `Officials in ${a.city} declined to comment on the U.S. proposal.`;
    }
  });

const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADINGS) },
);

const articleText: fc.Arbitrary<string> = fc
  .record({
    title: fc.constantFrom('Trade Talks Resume', 'Tariff Deadline Looms', 'Ministers Meet Again', 'Exports Hit Record'),
    date: fc.option(fc.constantFrom(...BYLINE_DATES), { nil: undefined }),
    author: fc.option(fc.constantFrom(...AUTHORS), { nil: undefined }),
    body: fc.array(paragraph, { minLength: 1, maxLength: 7 }),
    newline: fc.constantFrom('\n', '\r\n', '\n\n'),
    pad: fc.constantFrom('', ' ', '  '),
  })
  .map(({ title, date, author, body, newline, pad }) =>
    [title, date, author, ...body]
      .filter((l): l is string => l !== undefined)
      .map((l) => `${pad}${l}${pad}`)
      .join(newline),
  );

function loadText(content: string, sourceName: string): Loaded {
  const doc = clean({ sourceName, format: 'txt', content });
  return { doc, x: extract(doc) };
}

// No test here reads more than 150 articles.
describe('properties of extraction over generated articles', { timeout: articleLimit(150) }, () => {
  it('the generated articles exercise every kind of row (the properties below are not vacuous)', () => {
    const loaded = fc.sample(articleText, { numRuns: 150, seed: 42 }).map((c) => loadText(c, 'gen.txt'));
    const count = (f: (l: Loaded) => number) => loaded.reduce((n, l) => n + f(l), 0);
    expect(count((l) => l.x.actors.filter((a) => a.kind === 'person').length)).toBeGreaterThan(20);
    expect(count((l) => l.x.actors.filter((a) => a.kind === 'organization').length)).toBeGreaterThan(5);
    expect(count((l) => l.x.events.length)).toBeGreaterThan(20);
    expect(count((l) => l.x.tariffs.length)).toBeGreaterThan(10);
    expect(count((l) => l.x.tradeStats.length)).toBeGreaterThan(10);
    expect(count((l) => l.doc.headings.length)).toBeGreaterThan(5);
  });

  it('every span’s quote equals doc.text.slice(start, end)', () => {
    fc.assert(
      fc.property(articleText, (content) => {
        const loaded = loadText(content, 'gen.txt');
        for (const { where, span } of allSpans(loaded.x)) {
          expect(loaded.doc.text.slice(span.start, span.end), where).toBe(span.quote);
          expect(span.quote.length, where).toBeGreaterThan(0);
        }
        for (const h of loaded.doc.headings) expect(h.end).toBeLessThanOrEqual(loaded.doc.text.length);
      }),
      { numRuns: 120 },
    );
  });

  it('furniture never reaches the served text', () => {
    fc.assert(
      fc.property(articleText, (content) => {
        const lines = clean({ sourceName: 'gen.txt', format: 'txt', content }).text.split('\n');
        for (const f of FURNITURE) expect(lines).not.toContain(f);
      }),
      { numRuns: 80 },
    );
  });

  it('every actor a row refers to is in the extraction', () => {
    fc.assert(
      fc.property(articleText, (content) => {
        const { x } = loadText(content, 'gen.txt');
        const keys = new Set(x.actors.map((a) => a.key));
        expect(keys.size).toBe(x.actors.length);
        for (const e of x.events) for (const p of e.participants) expect(keys.has(p.actorKey), p.actorKey).toBe(true);
        for (const t of x.tariffs) {
          if (t.announcedByKey) expect(keys.has(t.announcedByKey)).toBe(true);
          expect(t.imposingCountry).not.toBe(t.targetCountry);
        }
        for (const t of x.tradeStats) {
          if (t.sourceOrganizationKey) expect(keys.has(t.sourceOrganizationKey)).toBe(true);
          expect(t.exporter).not.toBe(t.importer);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('dates are well-formed and exactly as precise as their precision says', () => {
    const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;
    fc.assert(
      fc.property(articleText, (content) => {
        const { doc, x } = loadText(content, 'gen.txt');
        for (const e of x.events) {
          if (e.datePrecision === 'unknown') expect(e.startDate).toBeNull();
          else expect(e.startDate ?? '', e.title).toMatch(shape[e.datePrecision]);
          if (e.endDate && e.startDate) expect(e.endDate >= e.startDate, e.title).toBe(true);
          // Without a publication date nothing year-less may be resolved, and nothing is in 2000.
          if (!doc.publishedDate && e.startDate) expect(e.startDate.startsWith('2000'), e.title).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('extraction is deterministic', () => {
    fc.assert(
      fc.property(articleText, (content) => {
        expect(loadText(content, 'gen.txt')).toEqual(loadText(content, 'gen.txt'));
      }),
      { numRuns: 30 },
    );
  });
});

describe('properties of resolve over generated articles', () => {
  // 40 runs of up to 3 articles, each resolved twice.
  it(
    'gives identical output whatever the order of the documents, with unique slug ids',
    { timeout: articleLimit(120) },
    () => {
      fc.assert(
        fc.property(
          fc.array(articleText, { minLength: 2, maxLength: 3 }),
          fc.integer({ min: 0, max: 5 }),
          (contents, rotation) => {
            const inputs = contents.map((c, i) => resolverInput(loadText(c, `doc-${i}.txt`)));
            const reordered = [
              ...inputs.slice(rotation % inputs.length),
              ...inputs.slice(0, rotation % inputs.length),
            ].reverse();
            const a = resolve(inputs);
            expect(resolve(reordered)).toEqual(a);
            for (const table of [a.actors, a.events, a.tariffs, a.tradeStats]) {
              const ids = table.map((r) => r.id);
              expect(new Set(ids).size).toBe(ids.length);
              for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
