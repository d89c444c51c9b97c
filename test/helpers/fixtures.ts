// Made-up but trade-talk shaped rows: two documents, and every merged row citing exact passages
// of them. Offsets are computed from the texts, so text.slice(start, end) === quote always holds.
import type { Db } from '../../src/db/client.js';
import {
  actorAliases,
  actorSources,
  actors,
  documents,
  eventParticipants,
  eventSources,
  eventStatusHistory,
  events,
  negotiations,
  tariffMeasures,
  tariffSources,
  tariffStatusHistory,
  tradeStatSources,
  tradeStats,
} from '../../src/db/schema.js';
import { actorDerived, eventDerived } from '../../src/loader/derived.js';
import { negotiationsOf } from '../../src/loader/resolve/negotiations.js';

export const docA = {
  id: 'doc-a',
  title: 'Hanoi and Washington open tariff talks',
  author: 'Mai Anh',
  publishedDate: '2025-04-25',
  publisher: 'Example Trade Wire',
  url: 'https://news.example/hanoi-washington-talks',
  sourceName: 'a.txt',
  format: 'txt' as const,
  text: [
    'Vietnam and the United States opened talks on tariffs on April 10, 2025, in a video call.',
    "Minister Trần Thị Đào led the Vietnamese side; Trade Envoy Margaret O'Neil led the American team.",
    'On April 5, 2025 a 10 percent baseline tariff on Vietnamese goods took effect.',
    'Later in April 2025 the United States announced a 38 percent reciprocal tariff on Vietnamese goods.',
    'The first round of negotiations was held in Hanoi on April 24, 2025.',
    'Hanoi has proposed, according to people familiar with the talks, cutting its tariffs on American goods to zero.',
    'Vietnam exported $90 billion of goods to the US in 2023, while the US sold about $12 billion to Vietnam, according to the General Statistics Office (GSO).',
  ].join('\n'),
};

export const docB = {
  id: 'doc-b',
  title: 'Second round ends in Washington',
  author: null,
  publishedDate: null,
  publisher: null,
  url: null,
  sourceName: 'b.md',
  format: 'md' as const,
  text: [
    'The second round of negotiations took place in Washington from May 12 to 15, 2025.',
    'Lê Văn Hưng, deputy minister, joined Minister Đào at the table, with "cautious optimism".',
    'A third round is expected in June 2025.',
    'The 38 percent tariff is to be replaced by a negotiated 20 percent rate effective July 1, 2025.',
    'Officials also held a phone call, on a date they did not disclose.',
    'In 2024 Vietnamese exports to the US rose above $100 billion.',
  ].join('\n'),
};

type Doc = typeof docA | typeof docB;

/** The source citing `quote` in `doc`; throws when the quote is not in the text. */
export function cite(doc: Doc, quote: string) {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in ${doc.id}: ${quote}`);
  return { documentId: doc.id, start, end: start + quote.length, quote };
}

const actorRows = [
  {
    id: 'tran-thi-dao',
    name: 'Trần Thị Đào',
    kind: 'person' as const,
    country: 'VN',
    title: 'Minister of Industry and Trade',
    aliases: ['Minister Đào', 'Tran Thi Dao'],
    confidence: 0.95,
    sources: [cite(docA, 'Minister Trần Thị Đào'), cite(docB, 'Minister Đào')],
  },
  {
    id: 'le-van-hung',
    name: 'Lê Văn Hưng',
    kind: 'person' as const,
    country: 'VN',
    title: 'Deputy Minister',
    aliases: ['Le Van Hung'],
    confidence: 0.8,
    sources: [cite(docB, 'Lê Văn Hưng, deputy minister')],
  },
  {
    id: 'margaret-oneil',
    name: "Margaret O'Neil",
    kind: 'person' as const,
    country: 'US',
    title: 'Trade Envoy',
    aliases: ["Envoy O'Neil"],
    confidence: 0.9,
    sources: [cite(docA, "Trade Envoy Margaret O'Neil")],
  },
  {
    id: 'vietnam',
    name: 'Vietnam',
    kind: 'country' as const,
    country: 'VN',
    title: null,
    aliases: ['Viet Nam'],
    confidence: 0.99,
    sources: [cite(docA, 'Vietnam and the United States')],
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country' as const,
    country: 'US',
    title: null,
    aliases: ['US', 'the United States'],
    confidence: 0.99,
    sources: [cite(docA, 'the United States opened talks')],
  },
  {
    id: 'general-statistics-office',
    name: 'General Statistics Office',
    kind: 'organization' as const,
    country: 'VN',
    title: null,
    aliases: ['GSO'],
    confidence: 0.7,
    sources: [cite(docA, 'General Statistics Office (GSO)')],
  },
];

type EventFixture = Omit<typeof events.$inferInsert, 'sortKey' | 'searchText' | 'negotiationId'> & {
  /** The sides of the talks it belongs to; every fixture event is Vietnam–US. */
  pair: readonly string[] | null;
  participants: Array<{ actorId: string; role: string }>;
  sources: ReturnType<typeof cite>[];
};

const base = { endDate: null, round: null, location: null, format: null, pair: ['US', 'VN'] } as const;

const eventRows: EventFixture[] = [
  {
    ...base,
    id: '2025-04-05-tariff-action-baseline',
    type: 'tariff_action',
    title: 'US baseline tariff takes effect',
    summary: 'A 10 percent baseline tariff on Vietnamese goods takes effect.',
    startDate: '2025-04-05',
    datePrecision: 'day',
    status: 'occurred',
    confidence: 0.9,
    participants: [{ actorId: 'united-states', role: 'imposer' }],
    sources: [cite(docA, 'On April 5, 2025 a 10 percent baseline tariff on Vietnamese goods took effect.')],
  },
  {
    ...base,
    id: '2025-04-10-meeting-launch',
    type: 'meeting',
    title: 'Talks on tariffs open',
    summary: 'Vietnam and the United States open tariff talks by video call.',
    startDate: '2025-04-10',
    datePrecision: 'day',
    status: 'occurred',
    format: 'virtual',
    confidence: 0.92,
    participants: [
      { actorId: 'tran-thi-dao', role: 'head of delegation' },
      { actorId: 'margaret-oneil', role: 'head of delegation' },
    ],
    sources: [
      cite(docA, 'Vietnam and the United States opened talks on tariffs on April 10, 2025, in a video call.'),
      cite(docA, 'Minister Trần Thị Đào led the Vietnamese side'),
    ],
  },
  {
    ...base,
    id: '2025-04-tariff-action-reciprocal-38',
    type: 'tariff_action',
    title: 'US announces a 38 percent reciprocal tariff',
    summary: 'The United States announces a reciprocal tariff of 38 percent on Vietnamese goods.',
    startDate: '2025-04',
    datePrecision: 'month',
    status: 'occurred',
    confidence: 0.88,
    participants: [{ actorId: 'united-states', role: 'imposer' }],
    sources: [
      cite(docA, 'Later in April 2025 the United States announced a 38 percent reciprocal tariff on Vietnamese goods.'),
    ],
  },
  {
    ...base,
    id: '2025-04-24-negotiation-round-1',
    type: 'negotiation_round',
    title: 'First negotiation round in Hanoi',
    summary: 'Delegations hold the first round of negotiations in Hanoi.',
    startDate: '2025-04-24',
    datePrecision: 'day',
    status: 'occurred',
    round: 1,
    location: 'Hanoi',
    format: 'in_person',
    confidence: 0.9,
    participants: [{ actorId: 'tran-thi-dao', role: 'head of delegation' }],
    sources: [cite(docA, 'The first round of negotiations was held in Hanoi on April 24, 2025.')],
  },
  {
    ...base,
    id: '2025-05-12-negotiation-round-2',
    type: 'negotiation_round',
    title: 'Second negotiation round in Washington',
    summary: 'The second round of negotiations takes place in Washington over four days.',
    startDate: '2025-05-12',
    endDate: '2025-05-15',
    datePrecision: 'day',
    status: 'occurred',
    round: 2,
    location: 'Washington',
    format: 'in_person',
    confidence: 0.93,
    participants: [
      { actorId: 'tran-thi-dao', role: 'head of delegation' },
      { actorId: 'le-van-hung', role: 'delegate' },
    ],
    sources: [cite(docB, 'The second round of negotiations took place in Washington from May 12 to 15, 2025.')],
  },
  {
    ...base,
    id: '2025-06-negotiation-round-3',
    type: 'negotiation_round',
    title: 'Third negotiation round expected',
    summary: 'A third round of negotiations is expected in June.',
    startDate: '2025-06',
    datePrecision: 'month',
    status: 'scheduled',
    round: 3,
    confidence: 0.75,
    participants: [],
    sources: [cite(docB, 'A third round is expected in June 2025.')],
  },
  {
    ...base,
    id: '2025-07-01-tariff-action-negotiated-20',
    type: 'tariff_action',
    title: 'Negotiated 20 percent rate to replace the reciprocal tariff',
    summary: 'A negotiated 20 percent tariff is to replace the 38 percent rate.',
    startDate: '2025-07-01',
    datePrecision: 'day',
    status: 'scheduled',
    confidence: 0.7,
    participants: [{ actorId: 'united-states', role: 'imposer' }],
    sources: [
      cite(docB, 'The 38 percent tariff is to be replaced by a negotiated 20 percent rate effective July 1, 2025.'),
    ],
  },
  {
    ...base,
    id: 'undated-proposal-zero-tariffs',
    type: 'proposal',
    title: 'Hanoi proposes zero tariffs on American goods',
    summary: 'Vietnam reportedly offers to cut its tariffs on American goods to zero; not confirmed.',
    startDate: null,
    datePrecision: 'unknown',
    status: 'unconfirmed',
    confidence: 0.6,
    participants: [{ actorId: 'vietnam', role: 'proposer' }],
    sources: [cite(docA, 'cutting its tariffs on American goods to zero')],
  },
  {
    ...base,
    id: 'undated-call-officials',
    type: 'call',
    title: 'Officials hold a phone call',
    summary: 'Officials of both sides talk by phone on an undisclosed date.',
    startDate: null,
    datePrecision: 'unknown',
    status: 'occurred',
    format: 'phone',
    confidence: 0.5,
    participants: [],
    sources: [cite(docB, 'Officials also held a phone call, on a date they did not disclose.')],
  },
];

const tariffRows = [
  {
    id: 'us-vn-10-baseline',
    imposingCountry: 'US',
    targetCountry: 'VN',
    ratePercent: 10,
    kind: 'baseline' as const,
    status: 'in_effect' as const,
    announcedDate: null,
    datePrecision: 'day' as const,
    effectiveDate: '2025-04-05',
    announcedBy: null,
    conditions: null,
    confidence: 0.9,
    history: [
      {
        status: 'in_effect' as const,
        date: '2025-04-05',
        datePrecision: 'day' as const,
        documentId: docA.id,
        reportedOn: docA.publishedDate,
      },
    ],
    sources: [cite(docA, 'a 10 percent baseline tariff on Vietnamese goods took effect')],
  },
  {
    id: 'us-vn-38-reciprocal',
    imposingCountry: 'US',
    targetCountry: 'VN',
    ratePercent: 38,
    kind: 'reciprocal' as const,
    status: 'superseded' as const,
    announcedDate: '2025-04',
    datePrecision: 'month' as const,
    effectiveDate: null,
    announcedBy: 'united-states',
    conditions: null,
    confidence: 0.88,
    history: [
      {
        status: 'announced' as const,
        date: '2025-04',
        datePrecision: 'month' as const,
        documentId: docA.id,
        reportedOn: docA.publishedDate,
      },
      {
        status: 'superseded' as const,
        date: '2025-07-01',
        datePrecision: 'day' as const,
        documentId: docB.id,
        reportedOn: docB.publishedDate,
      },
    ],
    sources: [cite(docA, 'a 38 percent reciprocal tariff on Vietnamese goods'), cite(docB, 'The 38 percent tariff')],
  },
  {
    id: 'us-vn-20-negotiated',
    imposingCountry: 'US',
    targetCountry: 'VN',
    ratePercent: 20,
    kind: 'negotiated' as const,
    status: 'announced' as const,
    announcedDate: null,
    datePrecision: 'unknown' as const,
    effectiveDate: '2025-07-01',
    announcedBy: null,
    conditions: 'Replaces the 38 percent reciprocal tariff.',
    confidence: 0.7,
    history: [
      // Undated in an undated document: it never counts as having begun.
      {
        status: 'announced' as const,
        date: null,
        datePrecision: 'unknown' as const,
        documentId: docB.id,
        reportedOn: docB.publishedDate,
      },
      {
        status: 'in_effect' as const,
        date: '2025-07-01',
        datePrecision: 'day' as const,
        documentId: docB.id,
        reportedOn: docB.publishedDate,
      },
    ],
    sources: [cite(docB, 'a negotiated 20 percent rate effective July 1, 2025')],
  },
  {
    id: 'vn-us-0-proposed',
    imposingCountry: 'VN',
    targetCountry: 'US',
    ratePercent: 0,
    kind: 'proposed_reduction' as const,
    status: 'proposed' as const,
    // Dated, so only its status keeps it out of /v1/tariffs/rate; and it ties with the 38% on sort key.
    announcedDate: '2025-04',
    datePrecision: 'month' as const,
    effectiveDate: null,
    announcedBy: 'vietnam',
    conditions: 'If the United States reciprocates.',
    confidence: 0.6,
    history: [
      {
        status: 'proposed' as const,
        date: '2025-04',
        datePrecision: 'month' as const,
        documentId: docA.id,
        reportedOn: docA.publishedDate,
      },
    ],
    sources: [cite(docA, 'cutting its tariffs on American goods to zero')],
  },
];

const statRows = [
  {
    id: 'vn-us-2023',
    exporter: 'VN',
    importer: 'US',
    period: '2023',
    valueUsd: 90e9,
    qualifier: 'exact' as const,
    sourceOrganizationId: 'general-statistics-office',
    confidence: 0.9,
    sources: [cite(docA, 'Vietnam exported $90 billion of goods to the US in 2023')],
  },
  {
    id: 'us-vn-2023',
    exporter: 'US',
    importer: 'VN',
    period: '2023',
    valueUsd: 12e9,
    qualifier: 'approximately' as const,
    sourceOrganizationId: 'general-statistics-office',
    confidence: 0.85,
    sources: [cite(docA, 'the US sold about $12 billion to Vietnam')],
  },
  {
    id: 'vn-us-2024',
    exporter: 'VN',
    importer: 'US',
    period: '2024',
    valueUsd: 100e9,
    qualifier: 'more_than' as const,
    sourceOrganizationId: null,
    confidence: 0.8,
    sources: [cite(docB, 'In 2024 Vietnamese exports to the US rose above $100 billion.')],
  },
];

// The negotiation rows, and each row's negotiation, by the function the writer uses.
const merged = negotiationsOf({ actors: actorRows, events: eventRows, tariffs: tariffRows, tradeStats: statRows });

/** What the fixture holds, for tests to compare answers with. */
export const fixture = {
  documents: [docA, docB],
  actors: actorRows,
  negotiations: merged.negotiations,
  events: merged.events,
  tariffs: merged.tariffs,
  tradeStats: merged.tradeStats,
};

export function insertFixtures(db: Db): void {
  db.transaction((tx) => {
    for (const doc of [docA, docB]) {
      tx.insert(documents)
        .values({
          ...doc,
          contentHash: `hash-${doc.id}`,
          extraction: { actors: [], events: [], tariffs: [], tradeStats: [] },
        })
        .run();
    }
    for (const { aliases, sources, ...actor } of actorRows) {
      tx.insert(actors)
        .values({ ...actor, ...actorDerived({ name: actor.name, aliases }) })
        .run();
      for (const alias of aliases) tx.insert(actorAliases).values({ actorId: actor.id, alias }).run();
      for (const source of sources)
        tx.insert(actorSources)
          .values({ subjectId: actor.id, ...source })
          .run();
    }
    tx.insert(negotiations).values(merged.negotiations).run();
    for (const { participants, sources, pair, ...event } of merged.events) {
      tx.insert(events)
        .values({ ...event, ...eventDerived(event) })
        .run();
      for (const p of participants)
        tx.insert(eventParticipants)
          .values({ eventId: event.id, ...p })
          .run();
      for (const source of sources)
        tx.insert(eventSources)
          .values({ subjectId: event.id, ...source })
          .run();
    }
    // The round reported as planned by one document, then as held by another.
    tx.insert(eventStatusHistory)
      .values([
        {
          eventId: '2025-05-12-negotiation-round-2',
          seq: 0,
          status: 'scheduled',
          documentId: docA.id,
          reportedOn: docA.publishedDate,
        },
        {
          eventId: '2025-05-12-negotiation-round-2',
          seq: 1,
          status: 'occurred',
          documentId: docB.id,
          reportedOn: docB.publishedDate,
        },
      ])
      .run();
    for (const { sources, history, ...tariff } of merged.tariffs) {
      tx.insert(tariffMeasures).values(tariff).run();
      for (const source of sources)
        tx.insert(tariffSources)
          .values({ subjectId: tariff.id, ...source })
          .run();
      history.forEach((h, seq) =>
        tx
          .insert(tariffStatusHistory)
          .values({ tariffId: tariff.id, seq, ...h })
          .run(),
      );
    }
    for (const { sources, ...stat } of merged.tradeStats) {
      tx.insert(tradeStats).values(stat).run();
      for (const source of sources)
        tx.insert(tradeStatSources)
          .values({ subjectId: stat.id, ...source })
          .run();
    }
  });
}
