// One negotiation in full: its rounds, the tariffs each side charges the other on a day, the trade
// between them and the documents it rests on. Apart from the list's contract, since it builds on
// the rounds, tariffs, trade figures and documents contracts (which refer back to NegotiationRef).
import { z } from 'zod';
import { DocumentSummary } from './documents.js';
import { Negotiation } from './negotiations.js';
import { Round } from './rounds.js';
import { StandingTariff } from './tariffs.js';
import { TradeStat, balanceQualifiers } from './trade-stats.js';

export const AppliedTariff = StandingTariff.pick({
  id: true,
  ratePercent: true,
  kind: true,
  statusOn: true,
  reason: true,
}).meta({ id: 'AppliedTariff', description: 'A tariff measure that applies on the day asked about, and why.' });

export const NegotiationTariffs = z
  .object({
    imposer: z.string().describe('The party charging the tariff, upper case.'),
    target: z.string().describe('The party whose goods are taxed, upper case.'),
    on: z.string().describe('The day asked about.'),
    applies: AppliedTariff.nullable().describe(
      "The measure that sets the rate on the target's goods that day (`applies` of /v1/tariffs/rate); null when none does.",
    ),
    alsoApplying: z
      .array(AppliedTariff)
      .describe(
        'Sector and additional measures in force that day, applying beside it (reasons `sector_only`, `on_top`).',
      ),
    href: z.string().describe('The /v1/tariffs/rate answer this is taken from: every measure standing that day.'),
  })
  .meta({ id: 'NegotiationTariffs', description: 'What one party charges on goods from the other on a day.' });

export const TradeFigure = TradeStat.pick({ id: true, period: true, valueUsd: true, qualifier: true }).meta({
  id: 'TradeFigure',
  description: 'A trade figure: goods one way over a period (see /v1/trade-stats).',
});

export const NegotiationTrade = z
  .object({
    a: z.string().describe('The first party (the negotiation’s first code), upper case.'),
    b: z.string().describe('The second party, upper case.'),
    aToB: TradeFigure.nullable().describe(
      'Goods from a to b in the latest period with a figure that way (the most confident); null when none is known.',
    ),
    bToA: TradeFigure.nullable().describe('Goods from b to a, the same way; null when none is known.'),
    balance: z
      .object({
        period: z.string().describe('The latest period with figures both ways.'),
        valueUsd: z.number().describe("a's surplus with b that period: aToB − bToA, in US dollars."),
        qualifier: z
          .enum(balanceQualifiers)
          .describe('How exact the balance is (`balanceQualifier` of /v1/trade-stats/balance).'),
      })
      .nullable()
      .describe('The balance of the latest period with figures both ways; null when there is none.'),
    href: z.string().describe('The /v1/trade-stats/balance answer this is taken from: every period.'),
  })
  .meta({ id: 'NegotiationTrade', description: 'The latest trade figures between the two parties, and the balance.' });

export const NegotiationDocument = DocumentSummary.pick({ id: true, title: true, publishedDate: true }).meta({
  id: 'NegotiationDocument',
  description: 'A document the negotiation’s rows cite (see /v1/documents/{id}).',
});

// The seeds' negotiation on 2025-05-01, its rounds cut to the first, with its lead and first passage
// (test/negotiations.test.ts checks it against the answer).
export const negotiationDetailExample = {
  id: 'us-vn',
  title: 'United States–Vietnam trade negotiations',
  parties: [
    {
      id: 'united-states',
      name: 'United States',
      country: 'US',
    },
    {
      id: 'vietnam',
      name: 'Vietnam',
      country: 'VN',
    },
  ],
  status: 'ongoing',
  firstDate: '2025-04',
  lastDate: '2025-06',
  eventCount: 5,
  roundCount: 2,
  documentCount: 2,
  latestRound: {
    number: 3,
    id: '2025-06-negotiation-round-3',
    startDate: '2025-06',
    endDate: null,
    datePrecision: 'month',
    status: 'scheduled',
  },
  rounds: [
    {
      round: 2,
      id: '2025-05-19-negotiation-round-2',
      negotiation: {
        id: 'us-vn',
        title: 'United States–Vietnam trade negotiations',
      },
      title: 'Round 2 of United States–Vietnam trade negotiations',
      startDate: '2025-05-19',
      endDate: '2025-05-22',
      datePrecision: 'day',
      status: 'occurred',
      location: 'Washington D.C.',
      format: 'in_person',
      actors: [
        {
          id: 'nguyen-hong-dien',
          name: 'Nguyễn Hồng Diên',
          kind: 'person',
          role: 'lead',
        },
      ],
      sources: [
        {
          documentId: 'vietnam-us-tariff-negotiations-round-2-a-new-6e0cfb',
          quote:
            'From May 19 to 22, 2025, in the heart of Washington D.C., a crucial dialogue unfolded between Vietnam and the United States.',
          start: 0,
          end: 124,
        },
      ],
    },
  ],
  tariffs: [
    {
      imposer: 'US',
      target: 'VN',
      on: '2025-05-01',
      applies: {
        id: 'us-vn-46-percent',
        ratePercent: 46,
        kind: 'reciprocal',
        statusOn: 'announced',
        reason: 'latest_announced',
      },
      alsoApplying: [],
      href: '/v1/tariffs/rate?imposer=US&target=VN&on=2025-05-01',
    },
    {
      imposer: 'VN',
      target: 'US',
      on: '2025-05-01',
      applies: null,
      alsoApplying: [],
      href: '/v1/tariffs/rate?imposer=VN&target=US&on=2025-05-01',
    },
  ],
  trade: {
    a: 'US',
    b: 'VN',
    aToB: {
      id: 'us-to-vn-2023',
      period: '2023',
      valueUsd: 15000000000,
      qualifier: 'approximately',
    },
    bToA: {
      id: 'vn-to-us-2023',
      period: '2023',
      valueUsd: 120000000000,
      qualifier: 'more_than',
    },
    balance: {
      period: '2023',
      valueUsd: -105000000000,
      qualifier: 'approximately',
    },
    href: '/v1/trade-stats/balance?a=US&b=VN',
  },
  documents: [
    {
      id: 'vietnam-us-tariff-negotiations-round-2-a-new-6e0cfb',
      title: 'Vietnam-US Tariff Negotiations Round 2: A New Chapter Toward Strategic Economic Partnership',
      publishedDate: '2025-05-30',
    },
    {
      id: 'vietnam-and-us-launch-bilateral-trade-talks-30f448',
      title: 'Vietnam and US Launch Bilateral Trade Talks',
      publishedDate: null,
    },
  ],
};

export const NegotiationDetail = Negotiation.extend({
  rounds: z.array(Round).describe('Its numbered rounds, by number (then event id).'),
  tariffs: z
    .array(NegotiationTariffs)
    .describe('One entry per direction: the first party on the second, then the second on the first.'),
  trade: NegotiationTrade,
  documents: z
    .array(NegotiationDocument)
    .describe(
      'Every document its events, tariff measures or trade figures cite, by publication day (undated last), then id.',
    ),
}).meta({
  id: 'NegotiationDetail',
  description: 'A negotiation with its rounds, the tariffs on a day, the latest trade figures and its documents.',
  examples: [negotiationDetailExample],
});
export type NegotiationDetail = z.output<typeof NegotiationDetail>;
