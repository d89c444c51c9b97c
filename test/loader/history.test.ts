// Later documents update state: one row per fact, its status the latest reported, its history kept.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/loader/resolve.js';
import { load, resolverInput } from './helpers.js';

const planned = load(
  {
    title: 'Jakarta and Washington Wrap Up Second Round',
    date: 'May 30, 2025',
    paragraphs: [
      'Indonesia and the United States ended their second round of tariff talks in Washington on May 28.',
      'The third round of negotiations is slated for early June in Jakarta.',
      'The United States announced a 32 percent tariff on Indonesian goods on April 2.',
    ],
  },
  'planned.txt',
);
const held = load(
  {
    title: 'Third Round Ends in Jakarta',
    date: 'June 20, 2025',
    paragraphs: [
      'The third round of trade negotiations between Indonesia and the United States took place in Jakarta from June 9 to 12, 2025.',
      'Washington said Indonesian goods would face a 19 percent tariff, down from the 32 percent rate announced in April.',
    ],
  },
  'held.txt',
);

describe('a later report updates the state of a fact', () => {
  for (const [label, docs] of [
    ['in publication order', [planned, held]],
    ['in reverse order', [held, planned]],
  ] as const) {
    it(`a round slated for early June, later reported held, is one occurred round with exact dates (${label})`, () => {
      const r = resolve(docs.map(resolverInput));
      const third = r.events.filter((e) => e.round === 3);
      expect(third).toHaveLength(1);
      expect(third[0]).toMatchObject({
        status: 'occurred',
        startDate: '2025-06-09',
        endDate: '2025-06-12',
        datePrecision: 'day',
      });
      expect(third[0]!.history.map((h) => [h.status, h.reportedOn])).toEqual([
        ['scheduled', '2025-05-30'],
        ['occurred', '2025-06-20'],
      ]);
      expect(new Set(third[0]!.sources.map((s) => s.documentId)).size).toBe(2);
    });

    it(`a rate replaced by a negotiated one is superseded, with its history (${label})`, () => {
      const r = resolve(docs.map(resolverInput));
      const old = r.tariffs.find((t) => t.ratePercent === 32)!;
      expect(old).toMatchObject({ imposingCountry: 'US', targetCountry: 'ID', status: 'superseded' });
      // Each report is kept: the first article dates the announcement to the day, the second
      // recalls it by month and dates the replacement by its own publication.
      expect(old.history.map((h) => [h.status, h.date ?? h.reportedOn, h.documentId === held.doc.id])).toEqual([
        ['announced', '2025-04', true],
        ['announced', '2025-04-02', false],
        ['superseded', '2025-06-20', true],
      ]);
      expect(new Set(old.sources.map((s) => s.documentId)).size).toBe(2);
      const replacement = r.tariffs.find((t) => t.ratePercent === 19)!;
      expect(replacement).toMatchObject({ imposingCountry: 'US', targetCountry: 'ID' });
      expect(replacement.status).not.toBe('superseded');
    });
  }
});

describe('within one report', () => {
  it('"will bring tariffs down to 15 percent from 39 percent … the 39 percent levy remains in force": still in force', () => {
    const doc = load({
      title: 'Bern Strikes Tariff Deal',
      date: 'November 14, 2025',
      paragraphs: [
        'Switzerland has struck a deal with the United States that will bring US tariffs on most Swiss goods down to 15 percent from 39 percent, the government said on Friday.',
        'Until the cut is enacted, the 39 percent levy remains in force.',
      ],
    });
    const old = resolve([resolverInput(doc)]).tariffs.find((t) => t.ratePercent === 39)!;
    expect(old).toMatchObject({ imposingCountry: 'US', targetCountry: 'CH', status: 'in_effect' });
    // (the day the cut was told is not the day the old rate was set)
    expect(old.announcedDate).toBeNull();
  });

  it("a baseline in force gives way to the country's own rate once that takes effect, in a later report", () => {
    const april = load(
      {
        title: 'Baseline Applies',
        date: 'April 10, 2025',
        paragraphs: ['A 10% US baseline tariff on Peruvian goods took effect on April 5.'],
      },
      'april.txt',
    );
    const august = load(
      {
        title: 'New Rate Applies',
        date: 'August 8, 2025',
        paragraphs: ['The 20% US reciprocal tariff on Peruvian goods took effect on August 7.'],
      },
      'august.txt',
    );
    const r = resolve([resolverInput(april), resolverInput(august)]);
    expect(r.tariffs.find((t) => t.ratePercent === 10)!.status).toBe('superseded');
    expect(r.tariffs.find((t) => t.ratePercent === 20)!.status).toBe('in_effect');
  });

  it('"China announced 100-per-cent tariffs … and 25-per-cent tariffs … Those duties have been collected since March 20": both in force; a later anti-dumping deposit replaces neither', () => {
    const doc = load({
      title: 'Beijing Adds Canola Deposit',
      date: 'August 12, 2025',
      paragraphs: [
        'China will require importers of Canadian canola seed to pay a 75.8-per-cent deposit starting Thursday after a preliminary anti-dumping ruling.',
        'On March 8, China announced 100-per-cent tariffs on Canadian canola oil, along with 25-per-cent tariffs on Canadian pork.',
        'Those duties have been collected since March 20.',
      ],
    });
    const r = resolve([resolverInput(doc)]);
    expect(
      r.tariffs
        .filter((t) => t.imposingCountry === 'CN')
        .map((t) => [t.ratePercent, t.status])
        .sort(),
    ).toEqual([
      [100, 'in_effect'],
      [25, 'in_effect'],
      [75.8, 'announced'],
    ]);
  });

  it('a rate replaced later in the same report stays replaced', () => {
    const doc = load({
      title: 'Bern Strikes Tariff Deal',
      date: 'November 14, 2025',
      paragraphs: [
        'The 39 percent levy on Swiss goods remains in force for now.',
        'On Friday the United States replaced the 39 percent levy with a 15 percent tariff.',
      ],
    });
    expect(resolve([resolverInput(doc)]).tariffs.find((t) => t.ratePercent === 39)!.status).toBe('superseded');
  });
});
