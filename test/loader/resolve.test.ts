// Merging several documents' extractions into rows: one fact reported twice is one row citing
// both reports, and the result does not depend on the order the documents come in.
import { describe, expect, it } from 'vitest';
import { resolve, type Resolved, type ResolverInput } from '../../src/loader/resolve.js';
import { load, resolverInput, type Loaded } from './helpers.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

const tokyoReport = load(
  {
    title: 'Japan and US Hold Fourth Round',
    date: 'May 24, 2025',
    author: 'Aiko Tanaka',
    paragraphs: [
      'Japanese Economy Minister Ryo Akazawa held talks with Commerce Secretary Howard Lutnick in Washington on May 23.',
      'The fourth round of negotiations between Japan and the United States took place in Washington on May 23.',
      'Japan exported $148 billion of goods to the US in 2024.',
    ],
  },
  'tokyo.txt',
);
const followUp = load(
  {
    title: 'Akazawa Returns Home',
    date: 'May 26, 2025',
    paragraphs: [
      'Minister Akazawa told reporters in Tokyo that the fourth round of talks with the United States was productive.',
      'The United States announced a 24 percent tariff on Japanese goods on April 2.',
      'Japan shipped over $148 billion of goods to the US in 2024, according to the Ministry of Finance.',
    ],
  },
  'follow-up.txt',
);
const seoulReport = load(
  {
    title: 'Seoul Weighs Offer',
    date: 'May 27, 2025',
    paragraphs: [
      'Korean Trade Minister Ahn Duk-geun held talks with US Trade Representative Paul Whitman in Seoul on May 26.',
      'The United States announced a 25 percent tariff on South Korean goods on April 2.',
    ],
  },
  'seoul.txt',
);
const all = [tokyoReport, followUp, seoulReport];
const inputs = all.map(resolverInput);
const texts = new Map(all.map((l) => [l.doc.id, l.doc.text]));
const resolved = resolve(inputs);

function everyId(r: Resolved): string[] {
  return [...r.actors, ...r.events, ...r.tariffs, ...r.tradeStats].map((x) => x.id);
}

describe('resolve: order independence', () => {
  it('gives identical output for two documents in either order', () => {
    const [a, b] = inputs as [ResolverInput, ResolverInput, ResolverInput];
    expect(resolve([b, a])).toEqual(resolve([a, b]));
  });

  it('gives identical output for every order of three documents', () => {
    for (const order of permutations(inputs)) expect(resolve(order)).toEqual(resolved);
  });

  it('does not modify its input', () => {
    const before = JSON.stringify(inputs);
    resolve([...inputs].reverse());
    expect(JSON.stringify(inputs)).toBe(before);
  });
});

describe('resolve: ids', () => {
  it('every id is a readable slug and unique within its table', () => {
    for (const table of [resolved.actors, resolved.events, resolved.tariffs, resolved.tradeStats]) {
      const ids = table.map((x) => x.id);
      for (const id of ids) expect(id).toMatch(SLUG);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('names the rows by what they are', () => {
    const ids = everyId(resolved);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ryo-akazawa',
        'howard-lutnick',
        'japan',
        'united-states',
        'south-korea',
        '2025-05-23-negotiation-round-4',
        'us-jp-24-percent',
        'us-kr-25-percent',
        'jp-to-us-2024',
      ]),
    );
  });

  it('an id does not change when an unrelated document is added', () => {
    const without = resolve([tokyoReport, followUp].map(resolverInput));
    const shared = (r: Resolved) => new Set(everyId(r));
    const withSeoul = shared(resolved);
    for (const id of everyId(without)) expect(withSeoul.has(id), id).toBe(true);
  });

  it('two different events that would get the same slug are told apart, whatever the order', () => {
    const a = load(
      { title: 'Sato Meets Smith', paragraphs: ['Japanese Minister Ryo Sato met Secretary Jane Smith.'] },
      'a.txt',
    );
    const b = load(
      { title: 'Another Sato Meets Smith', paragraphs: ['Japanese Minister Ken Sato met Secretary Bob Smith.'] },
      'b.txt',
    );
    const one = resolve([a, b].map(resolverInput));
    const two = resolve([b, a].map(resolverInput));
    expect(one.events.map((e) => e.id).sort()).toEqual(['undated-meeting-smith-sato', 'undated-meeting-smith-sato-2']);
    expect(two).toEqual(one);
  });
});

describe('resolve: merging reports', () => {
  it('the same round reported by two documents is one row citing both', () => {
    const rounds = resolved.events.filter((e) => e.type === 'negotiation_round' && e.round === 4);
    expect(rounds).toHaveLength(1);
    const docs = new Set(rounds[0]!.sources.map((s) => s.documentId));
    expect(docs).toEqual(new Set([tokyoReport.doc.id, followUp.doc.id]));
    expect(rounds[0]).toMatchObject({
      startDate: '2025-05-23',
      datePrecision: 'day',
      status: 'occurred',
      location: 'Washington',
    });
  });

  it('"Minister Akazawa" in one document is the Ryo Akazawa of another', () => {
    const akazawa = resolved.actors.filter((a) => a.kind === 'person' && /Akazawa/.test(a.name));
    expect(akazawa).toHaveLength(1);
    expect(akazawa[0]!.name).toBe('Ryo Akazawa');
    expect(new Set(akazawa[0]!.sources.map((s) => s.documentId))).toEqual(
      new Set([tokyoReport.doc.id, followUp.doc.id]),
    );
  });

  it('a country is one actor across documents, with every passage that names it', () => {
    const us = resolved.actors.filter((a) => a.kind === 'country' && a.country === 'US');
    expect(us).toHaveLength(1);
    expect(new Set(us[0]!.sources.map((s) => s.documentId)).size).toBe(3);
  });

  it('the same trade flow and period is one row; the source organization is kept', () => {
    const flows = resolved.tradeStats.filter((t) => t.exporter === 'JP' && t.importer === 'US' && t.period === '2024');
    expect(flows).toHaveLength(1);
    expect(flows[0]!.sources).toHaveLength(2);
    const org = resolved.actors.find((a) => a.id === flows[0]!.sourceOrganizationId);
    expect(org?.name).toBe('Ministry of Finance');
  });

  it('participants refer to resolved actors', () => {
    const ids = new Set(resolved.actors.map((a) => a.id));
    for (const e of resolved.events)
      for (const p of e.participants) expect(ids.has(p.actorId), `${e.id}: ${p.actorId}`).toBe(true);
    for (const t of resolved.tariffs) if (t.announcedBy) expect(ids.has(t.announcedBy)).toBe(true);
  });

  it('every source quotes its own document’s text at its offsets', () => {
    const rows = [...resolved.actors, ...resolved.events, ...resolved.tariffs, ...resolved.tradeStats];
    for (const row of rows) {
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      for (const s of row.sources) expect(texts.get(s.documentId)?.slice(s.start, s.end), row.id).toBe(s.quote);
    }
  });

  it('a later report of a scheduled event that happened marks it occurred', () => {
    const before: Loaded = load(
      {
        title: 'Round Five Planned',
        date: 'June 1, 2025',
        paragraphs: ['Japan and the United States will hold the fifth round of talks in Tokyo on June 12, 2025.'],
      },
      'before.txt',
    );
    const after: Loaded = load(
      {
        title: 'Round Five Held',
        date: 'June 14, 2025',
        paragraphs: ['Japan and the United States held the fifth round of talks in Tokyo on June 12, 2025.'],
      },
      'after.txt',
    );
    for (const order of [
      [before, after],
      [after, before],
    ]) {
      const r = resolve(order.map(resolverInput));
      const round5 = r.events.filter((e) => e.round === 5);
      expect(round5).toHaveLength(1);
      expect(round5[0]!.status).toBe('occurred');
      expect(round5[0]!.sources).toHaveLength(2);
    }
  });

  it('ministries with the same name in different countries stay apart', () => {
    const thai = load(
      {
        title: 'Thai Exports',
        date: 'May 3, 2025',
        paragraphs: ['The Ministry of Commerce said Thai exports rose in April.'],
      },
      'th.txt',
    );
    const chinese = load(
      {
        title: 'Chinese Exports',
        date: 'May 4, 2025',
        paragraphs: ['The Ministry of Commerce said Chinese exports fell in April.'],
      },
      'cn.txt',
    );
    expect(thai.x.actors.find((a) => a.kind === 'organization')?.country).toBe('TH');
    expect(chinese.x.actors.find((a) => a.kind === 'organization')?.country).toBe('CN');
    const r = resolve([thai, chinese].map(resolverInput));
    const ministries = r.actors.filter((a) => a.kind === 'organization');
    expect(ministries.map((m) => m.country).sort()).toEqual(['CN', 'TH']);
  });
});

describe('resolve: a later rate replaces an earlier announced one', () => {
  const april = load(
    {
      title: 'US Announces Tariffs on Vietnam',
      date: 'April 3, 2025',
      paragraphs: [
        'The United States announced a 46% tariff on Vietnamese goods on April 2.',
        'The United States also announced a 25% tariff on Vietnamese steel on April 2.',
      ],
    },
    'april.txt',
  );
  const august = load(
    {
      title: 'New US Tariff on Vietnam Takes Effect',
      date: 'August 8, 2025',
      paragraphs: ['A 20% US tariff on Vietnamese goods took effect on August 7.'],
    },
    'august.txt',
  );

  it('the 46% announced in April is superseded once the 20% is in force, in its history too', () => {
    const r = resolve([april, august].map(resolverInput));
    const rate = (n: number) =>
      r.tariffs.find((t) => t.imposingCountry === 'US' && t.targetCountry === 'VN' && t.ratePercent === n);
    expect(rate(20)?.status).toBe('in_effect');
    expect(rate(46)?.status).toBe('superseded');
    expect(rate(46)?.history.at(-1)).toMatchObject({
      status: 'superseded',
      date: '2025-08-07',
      documentId: august.doc.id,
    });
    // A sectoral rate stands beside the country-wide one.
    expect(rate(25)?.status).toBe('announced');
  });

  it('alone, the April rate stays announced', () => {
    const r = resolve([resolverInput(april)]);
    expect(r.tariffs.find((t) => t.ratePercent === 46)?.status).toBe('announced');
  });
});

describe('resolve: rates told as parts of a sum stand together', () => {
  it('"an additional 40%, raising the total to 50%": the 40% is not superseded by the 50%', () => {
    const order = load({
      title: 'US Raises Tariffs on Brazil',
      date: 'July 31, 2025',
      paragraphs: [
        'The United States imposed an additional 40% tariff on Brazilian goods on Wednesday, raising the total tariff to 50%.',
      ],
    });
    const r = resolve([resolverInput(order)]);
    expect(r.tariffs.map((t) => [t.ratePercent, t.status]).sort()).toEqual([
      [40, 'announced'],
      [50, 'announced'],
    ]);
  });

  it('an undated new rate replaces one announced months before it was reported', () => {
    const july = load({
      title: 'US Sets New Tariff on Peru',
      date: 'July 23, 2025',
      paragraphs: [
        'The United States announced that Peruvian goods will face a 19% tariff.',
        'The United States had announced a 17% tariff on Peruvian goods in April.',
      ],
    });
    const r = resolve([resolverInput(july)]);
    expect(r.tariffs.find((t) => t.ratePercent === 17)?.status).toBe('superseded');
  });
});

describe('resolve: a later report restating a measure', () => {
  it('an undated "announced" in a later article does not undo the rate\'s replacement', () => {
    const august = load(
      {
        title: 'New Rate Takes Effect',
        date: 'August 8, 2025',
        paragraphs: [
          'A 20% US tariff on Vietnamese goods took effect on August 7, replacing the 10% US baseline tariff on Vietnamese goods.',
        ],
      },
      'august.txt',
    );
    const october = load(
      {
        title: 'Looking Back',
        date: 'October 28, 2025',
        paragraphs: ['The United States set a 10% tariff on Vietnamese goods.'],
      },
      'october.txt',
    );
    const r = resolve([august, october].map(resolverInput));
    expect(r.tariffs.find((t) => t.ratePercent === 10)?.status).toBe('superseded');
  });
});

describe('resolve: a replaced rate stays replaced', () => {
  it('an article recalling that the pause was to end on July 9 does not undo a replacement reported earlier', () => {
    const july = load(
      {
        title: 'New Rate',
        date: 'July 3, 2025',
        paragraphs: [
          'The United States set a 20% tariff on Vietnamese goods, replacing the 46% US tariff on Vietnamese goods.',
        ],
      },
      'july.txt',
    );
    const recap = load(
      {
        title: 'Recap',
        date: 'July 20, 2025',
        paragraphs: [
          'The 46% US tariff on Vietnamese goods was paused until July 9.',
          'The pause on the 46% rate was extended on July 9.',
        ],
      },
      'recap.txt',
    );
    const r = resolve([july, recap].map(resolverInput));
    expect(r.tariffs.find((t) => t.ratePercent === 46)?.status).toBe('superseded');
  });

  it('a threatened rate due to take effect later does not replace the deal struck before that day', () => {
    const deal = load({
      title: 'EU and US Settle',
      date: 'July 28, 2025',
      paragraphs: [
        'The EU and the United States agreed on Sunday on a 15% US tariff on European goods, half the 30% US tariff on European goods Trump had threatened to impose from Aug. 1.',
        'Trump set out the 30% rate in a letter to von der Leyen on July 12.',
      ],
    });
    const r = resolve([resolverInput(deal)]);
    expect(r.tariffs.find((t) => t.ratePercent === 15)?.status).toBe('announced');
  });
});

describe('resolve: two figures for one flow', () => {
  it('customs and census figures more than 1% apart are two rows, each citing its own report', () => {
    const customs = load(
      {
        title: 'Customs Data',
        date: 'January 10, 2025',
        paragraphs: [
          "Vietnam's exports to the United States reached $119.5 billion in 2024, according to the General Department of Customs.",
        ],
      },
      'customs.txt',
    );
    const census = load(
      {
        title: 'Census Data',
        date: 'February 5, 2025',
        paragraphs: ['US imports from Vietnam reached $136.6 billion in 2024, according to the Census Bureau.'],
      },
      'census.txt',
    );
    const same = load(
      {
        title: 'Census Again',
        date: 'February 6, 2025',
        paragraphs: ['US imports from Vietnam were about $136.2 billion in 2024.'],
      },
      'again.txt',
    );
    const r = resolve([customs, census, same].map(resolverInput));
    const flows = r.tradeStats.filter((t) => t.exporter === 'VN' && t.importer === 'US' && t.period === '2024');
    expect(flows.map((t) => [t.id, t.valueUsd, t.sources.length])).toEqual([
      ['vn-to-us-2024', 136_600_000_000, 2],
      ['vn-to-us-2024-general-department-of-customs', 119_500_000_000, 1],
    ]);
  });
});

describe('resolve: one round, two dates', () => {
  it('"July 28-30" in one report and "concluded … on Wednesday" (July 30) in another: the span', () => {
    const span = load(
      {
        title: 'Round Four',
        date: 'August 1, 2025',
        paragraphs: ['Round four of the Peru-US talks (July 28-30, Washington) turned to the legal text.'],
      },
      'span.txt',
    );
    const end = load(
      {
        title: 'Talks Concluded',
        date: 'August 2, 2025',
        paragraphs: ['Peru and the United States concluded a fourth round of talks in Washington on Wednesday.'],
      },
      'end.txt',
    );
    for (const order of [
      [span, end],
      [end, span],
    ]) {
      const round = resolve(order.map(resolverInput)).events.filter((e) => e.round === 4);
      expect(round.map((e) => [e.startDate, e.endDate, e.sources.length])).toEqual([['2025-07-28', '2025-07-30', 2]]);
    }
  });
});

describe('resolve: a month-precise event and a day in that month', () => {
  it('join across reports, not within the report that told them apart', () => {
    const one = load(
      {
        title: 'Ministers Busy',
        date: 'July 31, 2025',
        paragraphs: [
          'Peruvian Trade Minister Ana Soto had met US Commerce Secretary Howard Lutnick twice last week.',
          'Peruvian Foreign Minister Luis Vera is set to hold talks with US Secretary of State Marco Rubio on Thursday.',
        ],
      },
      'one.txt',
    );
    const meetings = resolve([resolverInput(one)]).events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [e.startDate, e.status]).sort()).toEqual([
      ['2025-07', 'occurred'],
      ['2025-07-31', 'scheduled'],
    ]);
  });
});

describe('resolve: a status change from a report with no date', () => {
  it('"put on hold" told by an undated report follows the dated announcement', () => {
    const letter = load(
      {
        title: 'Letters Sent',
        date: 'July 14, 2025',
        paragraphs: ['President Donald Trump sent a letter threatening Peru with a 30% tariff on July 12.'],
      },
      'letter.txt',
    );
    const paused = load(
      {
        title: 'Peru Gets Reprieve',
        paragraphs: ['The 30% US tariff on Peruvian goods was put on hold for 90 days after a phone call.'],
      },
      'paused.txt',
    );
    for (const order of [
      [letter, paused],
      [paused, letter],
    ]) {
      const t = resolve(order.map(resolverInput)).tariffs.find(
        (x) => x.imposingCountry === 'US' && x.targetCountry === 'PE' && x.ratePercent === 30,
      );
      expect(t?.status).toBe('paused');
      expect(t?.history.map((h) => h.status)).toEqual(['announced', 'paused']);
    }
  });
});

describe('resolve: measures of one rate between the same sides', () => {
  it('a rate another report tells plainly joins the sector measure; an additional one stands apart, its id saying so', () => {
    const cars = load(
      {
        title: 'Chile Car Exports',
        date: 'May 2, 2025',
        paragraphs: ['Chilean automobiles have been subject to a 25% US tariff since April 3.'],
      },
      'cars.txt',
    );
    const plain = load(
      {
        title: 'Chile Tariff Recap',
        date: 'May 9, 2025',
        paragraphs: ['Exporters in Santiago said the 25% US tariff on Chilean goods had cut shipments by a third.'],
      },
      'recap.txt',
    );
    const penalty = load(
      {
        title: 'Chile Penalty',
        date: 'August 7, 2025',
        paragraphs: [
          'The United States set a 25% reciprocal rate on Chilean goods on July 30.',
          'A week later Washington imposed an additional 25% tariff on Chilean goods as a penalty.',
        ],
      },
      'penalty.txt',
    );
    const ids = (docs: Loaded[]) =>
      resolve(docs.map(resolverInput))
        .tariffs.map((t) => t.id)
        .sort();
    expect(ids([cars, plain])).toEqual(['us-cl-25-percent-sectoral']);
    expect(ids([plain, cars])).toEqual(['us-cl-25-percent-sectoral']);
    expect(ids([cars, penalty])).toEqual([
      'us-cl-25-percent',
      'us-cl-25-percent-additional',
      'us-cl-25-percent-sectoral',
    ]);
  });
});

describe('resolve: a month and a day in it', () => {
  it('"in force since March" told in August outlasts "announced on March 4" told in March, in any order', () => {
    const march = load(
      {
        title: 'Chile Hits Back',
        date: 'March 5, 2025',
        paragraphs: [
          'Santiago responded on March 4 with its own 25 per cent tariffs on US goods, the government said.',
        ],
      },
      'march.txt',
    );
    const august = load(
      {
        title: 'Chile Tariffs Stay',
        date: 'August 5, 2025',
        paragraphs: ["Chile's own 25% tariffs on U.S. goods, imposed in March, remain in place."],
      },
      'august.txt',
    );
    for (const docs of [
      [march, august],
      [august, march],
    ]) {
      const row = resolve(docs.map(resolverInput)).tariffs.find(
        (t) => t.imposingCountry === 'CL' && t.ratePercent === 25,
      );
      expect(row?.status).toBe('in_effect');
    }
  });
});
