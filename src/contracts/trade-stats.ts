// Trade statistics: goods flowing from an exporter to an importer over a period, in US dollars.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { tradeStats } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import { isIsoDate } from '../lib/dates.js';
import {
  ActorRef,
  Confidence,
  Sources,
  countryParam,
  expecting,
  firstQuote,
  formatParam,
  listQuery,
  minConfidenceParam,
  pageOf,
} from './common.js';
import { negotiationField, negotiationFilter } from './negotiations.js';

const statRow = createSelectSchema(tradeStats, {
  id: (s) => s.describe('Stable trade statistic id.'),
  exporter: (s) => s.describe('ISO alpha-2 code of the exporting country (goods flow from it).'),
  importer: (s) => s.describe('ISO alpha-2 code of the importing country (goods flow to it).'),
  period: (s) => s.describe("Period covered: 'YYYY', 'YYYY-MM' or an ISO 8601 interval 'YYYY-MM/YYYY-MM'."),
  valueUsd: () => z.number().describe('Value of the goods in US dollars.'),
  qualifier: (s) => s.describe('How the source qualifies the figure.'),
  confidence: () => Confidence,
});
const s = statRow.shape;

// The seeds' passage giving both 2023 figures, for the examples.
const seedPassage = {
  documentId: 'vietnam-and-us-launch-bilateral-trade-talks-30f448',
  quote:
    'Economic cooperation serves as a cornerstone of this partnership, with bilateral trade reaching record levels—Vietnam exported over $120 billion in goods to the US in 2023, while importing approximately $15 billion in return, according to data from the US Census Bureau.',
  start: 3664,
  end: 3934,
};

export const TradeStat = z
  .object({
    id: s.id,
    exporter: s.exporter,
    importer: s.importer,
    negotiation: negotiationField,
    period: s.period,
    valueUsd: s.valueUsd,
    qualifier: s.qualifier,
    sourceOrganization: ActorRef.nullable().describe('The organization the figure is attributed to, when named.'),
    confidence: s.confidence,
    sources: Sources,
  })
  .meta({
    id: 'TradeStat',
    description: 'A trade figure: the value of goods one country exported to another over a period.',
    examples: [
      {
        id: 'vn-to-us-2023',
        exporter: 'VN',
        importer: 'US',
        negotiation: { id: 'us-vn', title: 'United States–Vietnam trade negotiations' },
        period: '2023',
        valueUsd: 120_000_000_000,
        qualifier: 'more_than',
        sourceOrganization: { id: 'us-census-bureau', name: 'US Census Bureau' },
        confidence: 0.85,
        sources: [seedPassage],
      },
    ],
  });
export type TradeStat = z.output<typeof TradeStat>;

export const TradeStatPage = pageOf(
  TradeStat,
  'TradeStatPage',
  'A page of trade figures ordered by period, exporter and importer.',
);

const PERIOD = 'a period: YYYY, YYYY-MM or YYYY-MM/YYYY-MM';

export const TradeStatListQuery = z.strictObject({
  exporter: countryParam('VN').optional().describe('Only figures for goods from this country (ISO alpha-2, any case).'),
  importer: countryParam('US').optional().describe('Only figures for goods to this country (ISO alpha-2, any case).'),
  negotiation: negotiationFilter.meta({ examples: ['us-vn'] }),
  period: s.period
    .regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/, { ...expecting(PERIOD), abort: true })
    .refine((period) => period.split('/').every(isIsoDate), expecting('months from 01 to 12'))
    .optional()
    .describe("Only figures for exactly this period ('YYYY', 'YYYY-MM' or 'YYYY-MM/YYYY-MM').")
    .meta({ examples: ['2023'] }),
  minConfidence: minConfidenceParam,
  ...listQuery(
    z.tuple([z.string(), z.string(), z.string(), z.string()]),
    'WyIyMDIzIiwiVVMiLCJWTiIsInVzLXRvLXZuLTIwMjMiXQ',
  ),
});
export type TradeStatListQuery = z.output<typeof TradeStatListQuery>;

export const TradeBalanceQuery = z.strictObject({
  a: countryParam('VN').describe('First country (ISO alpha-2, any case).'),
  b: countryParam('US').describe('Second country (ISO alpha-2, any case).'),
  format: formatParam,
});
export type TradeBalanceQuery = z.output<typeof TradeBalanceQuery>;

/** How exact a balance is, from the qualifiers of its two figures (see TradeBalanceRow). */
export const balanceQualifiers = ['exact', 'approximately', 'more_than', 'less_than', 'unbounded'] as const;

const sideSources = (side: string) =>
  Sources.describe(`The passages the ${side} figure is taken from; empty when there is no figure.`);

export const TradeBalanceRow = z
  .object({
    period: s.period,
    aToB: z.number().nullable().describe('Value of goods from a to b (US dollars), null when no figure is known.'),
    aToBQualifier: s.qualifier
      .nullable()
      .describe('How the source qualifies `aToB` ("over $120 billion": `more_than`); null with it.'),
    bToA: z.number().nullable().describe('Value of goods from b to a (US dollars), null when no figure is known.'),
    bToAQualifier: s.qualifier.nullable().describe('How the source qualifies `bToA`; null with it.'),
    balance: z
      .number()
      .nullable()
      .describe(
        "a's surplus with b: aToB − bToA; null unless both sides are known. Exact only when `balanceQualifier` is `exact`.",
      ),
    balanceQualifier: z
      .enum(balanceQualifiers)
      .nullable()
      .describe(
        'How exact `balance` is: `exact` when both figures are; `approximately` when either is approximate; ' +
          '`more_than` when the true balance can only be larger (aToB `more_than` or `exact`, bToA `less_than` or `exact`); ' +
          '`less_than` the other way round; `unbounded` when both are bounds the same way ("over $120 billion" and ' +
          '"over $15 billion"), so the difference is neither a bound nor an estimate. Anything but `exact` is not an ' +
          'exact figure. Null with `balance`.',
      ),
    aToBSources: sideSources('aToB'),
    bToASources: sideSources('bToA'),
    aToBId: s.id.nullable().describe('Id of the `aToB` figure (see /v1/trade-stats); null when there is none.'),
    bToAId: s.id.nullable().describe('Id of the `bToA` figure; null when there is none.'),
  })
  .meta({
    id: 'TradeBalanceRow',
    description:
      'Trade in both directions between two countries over one period, each figure with its qualifier and sources.',
    examples: [
      {
        period: '2023',
        aToB: 120_000_000_000,
        aToBQualifier: 'more_than',
        bToA: 15_000_000_000,
        bToAQualifier: 'approximately',
        balance: 105_000_000_000,
        balanceQualifier: 'approximately',
        aToBSources: [seedPassage],
        bToASources: [seedPassage],
        aToBId: 'vn-to-us-2023',
        bToAId: 'us-to-vn-2023',
      },
    ],
  });
export type TradeBalanceRow = z.output<typeof TradeBalanceRow>;

export const TradeBalance = z
  .object({
    a: z.string().describe('First country, upper case.'),
    b: z.string().describe('Second country, upper case.'),
    data: z.array(TradeBalanceRow).describe('One row per period either direction has a figure for, ordered by period.'),
  })
  .meta({ id: 'TradeBalance', description: 'The trade balance of country a with country b, period by period.' });
export type TradeBalance = z.output<typeof TradeBalance>;

export const tradeStatCsv: CsvColumns<TradeStat> = [
  ['id', (t) => t.id],
  ['exporter', (t) => t.exporter],
  ['importer', (t) => t.importer],
  ['negotiation', (t) => t.negotiation?.id],
  ['period', (t) => t.period],
  ['valueUsd', (t) => t.valueUsd],
  ['qualifier', (t) => t.qualifier],
  ['sourceOrganization', (t) => t.sourceOrganization?.name],
  ['confidence', (t) => t.confidence],
  ['sources', (t) => t.sources.length],
  ['firstQuote', firstQuote],
];

// The first four columns as before; the qualifiers, one passage per side and the figures' ids follow.
export const tradeBalanceCsv: CsvColumns<TradeBalanceRow> = [
  ['period', (r) => r.period],
  ['aToB', (r) => r.aToB],
  ['bToA', (r) => r.bToA],
  ['balance', (r) => r.balance],
  ['aToBQualifier', (r) => r.aToBQualifier],
  ['bToAQualifier', (r) => r.bToAQualifier],
  ['balanceQualifier', (r) => r.balanceQualifier],
  ['aToBQuote', (r) => r.aToBSources[0]?.quote],
  ['bToAQuote', (r) => r.bToASources[0]?.quote],
  ['aToBId', (r) => r.aToBId],
  ['bToAId', (r) => r.bToAId],
];
