// Tariff measures: who taxes whose goods, at what rate, since when.
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { tariffMeasures, tariffStatusHistory } from '../db/schema.js';
import type { CsvColumns } from '../lib/csv.js';
import {
  ActorRef,
  Confidence,
  Sources,
  countryParam,
  firstQuote,
  formatParam,
  idParam,
  isoDayParam,
  listQuery,
  minConfidenceParam,
  pageOf,
} from './common.js';
import { negotiationField, negotiationFilter } from './negotiations.js';

const tariffRow = createSelectSchema(tariffMeasures, {
  id: (s) => s.describe('Stable tariff measure id.').meta({ examples: ['us-vn-46-percent'] }),
  imposingCountry: (s) => s.describe('ISO alpha-2 code of the country imposing the tariff.'),
  targetCountry: (s) => s.describe('ISO alpha-2 code of the country whose goods are taxed.'),
  ratePercent: () => z.number().describe('Tariff rate in percent.'),
  kind: (s) => s.describe('Kind of measure.'),
  status: (s) => s.describe('Where the measure stands.'),
  announcedDate: (s) => s.describe('When it was announced: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.'),
  datePrecision: (s) => s.describe('How precise announcedDate is.'),
  effectiveDate: (s) => s.describe('When it takes or took effect, when known.'),
  conditions: (s) => s.describe('Conditions attached to the measure, in words.'),
  confidence: () => Confidence,
});
const s = tariffRow.shape;

export const Tariff = z
  .object({
    id: s.id,
    imposingCountry: s.imposingCountry,
    targetCountry: s.targetCountry,
    negotiation: negotiationField,
    ratePercent: s.ratePercent,
    kind: s.kind,
    status: s.status,
    announcedDate: s.announcedDate,
    datePrecision: s.datePrecision,
    effectiveDate: s.effectiveDate,
    announcedBy: ActorRef.nullable().describe('Who announced the measure, when known.'),
    conditions: s.conditions,
    confidence: s.confidence,
    sources: Sources,
  })
  .meta({
    id: 'Tariff',
    description: 'A tariff measure one country imposes (or proposes) on goods from another.',
    examples: [
      {
        id: 'us-vn-46-percent',
        imposingCountry: 'US',
        targetCountry: 'VN',
        negotiation: { id: 'us-vn', title: 'United States–Vietnam trade negotiations' },
        ratePercent: 46,
        kind: 'reciprocal',
        status: 'announced',
        announcedDate: '2025-04',
        datePrecision: 'month',
        effectiveDate: null,
        announcedBy: { id: 'donald-trump', name: 'Donald Trump' },
        conditions: null,
        confidence: 0.85,
        sources: [
          {
            documentId: 'vietnam-and-us-launch-bilateral-trade-talks-30f448',
            quote:
              'Earlier in April 2025, US President Donald Trump announced a steep 46 percent ‘reciprocal tariff’ on Vietnamese goods, one of the highest rates imposed on any trading partner.',
            start: 1848,
            end: 2023,
          },
        ],
      },
    ],
  });
export type Tariff = z.output<typeof Tariff>;

export const TariffPage = pageOf(Tariff, 'TariffPage', 'A page of tariff measures, by announcement date.');

export const TariffListQuery = z.strictObject({
  imposer: countryParam('US').optional().describe('Only measures imposed by this country (ISO alpha-2, any case).'),
  target: countryParam('VN').optional().describe('Only measures on goods from this country (ISO alpha-2, any case).'),
  negotiation: negotiationFilter.meta({ examples: ['us-vn'] }),
  status: s.status
    .optional()
    .describe('Only measures with this status.')
    .meta({ examples: ['announced'] }),
  kind: s.kind
    .optional()
    .describe('Only measures of this kind.')
    .meta({ examples: ['reciprocal'] }),
  minConfidence: minConfidenceParam,
  ...listQuery(z.tuple([z.string(), z.string()]), 'WyIyMDI1LTA0IiwidXMtdm4tNDYtcGVyY2VudCJd'),
});
export type TariffListQuery = z.output<typeof TariffListQuery>;

export const TariffParams = z.object({
  id: idParam.describe('Tariff measure id.').meta({ examples: ['us-vn-46-percent'] }),
});

export const TariffRateQuery = z.strictObject({
  imposer: countryParam('US').describe('Country imposing the tariff (ISO alpha-2, any case).'),
  target: countryParam('VN').describe('Country whose goods are taxed (ISO alpha-2, any case).'),
  on: isoDayParam.describe('The day asked about, YYYY-MM-DD.').meta({ examples: ['2025-05-01'] }),
  format: formatParam,
});
export type TariffRateQuery = z.output<typeof TariffRateQuery>;

const tariffStatusRow = createSelectSchema(tariffStatusHistory, {
  status: (x) => x.describe('The status reported.'),
  date: (x) =>
    x.describe('When that status began, as precise as the report: YYYY, YYYY-MM or YYYY-MM-DD; null when not said.'),
  datePrecision: (x) => x.describe('How precise `date` is.'),
  documentId: (x) => x.describe('The document that reported it.'),
  reportedOn: (x) => x.describe("The reporting document's publication date, when known."),
});
export const TariffStatusReport = tariffStatusRow
  .pick({ status: true, date: true, datePrecision: true, documentId: true, reportedOn: true })
  .meta({
    id: 'TariffStatusReport',
    description: 'One status of a tariff measure, when it began and who reported it.',
  });

export const TariffDetail = Tariff.extend({
  history: z
    .array(TariffStatusReport)
    .describe('Each status reported, ordered by when it began (else when it was reported); `status` is the last.'),
}).meta({ id: 'TariffDetail', description: 'A tariff measure with the history of its status.' });
export type TariffDetail = z.output<typeof TariffDetail>;

/** Why a standing measure applies on the day asked about, or does not. */
export const tariffApplyReasons = [
  'in_force',
  'latest_announced',
  'on_top',
  'sector_only',
  'replaced_by_later',
  'not_in_force',
  'takes_effect_later',
  'paused',
] as const;

export const StandingTariff = Tariff.extend({
  statusOn: z
    .enum(['announced', 'in_effect', 'paused'])
    .describe(
      'The status the measure had on the day asked about: from its history, or `in_effect` once the effective date it was announced with has come.',
    ),
  applies: z
    .boolean()
    .describe('Whether the measure applies to goods from `target` on that day; `reason` says why or why not.'),
  reason: z
    .enum(tariffApplyReasons)
    .describe(
      'Why it applies or not. Applies: `in_force` (in force, and no rival in force started later: the main rate), ' +
        '`latest_announced` (no rival is in force that day; this is the latest announced, not reported in force), ' +
        '`on_top` (an `additional` measure in force, charged on top of the main rate), ' +
        "`sector_only` (a `sectoral` measure in force, on that sector's goods only). " +
        'Does not apply: `replaced_by_later` (a rival of the same standing started later), ' +
        '`not_in_force` (announced only, while a rival is in force, or an announced sector or additional measure), ' +
        '`takes_effect_later` (announced to take effect after that day), `paused` (paused that day).',
    ),
}).meta({
  id: 'StandingTariff',
  description: 'A tariff measure standing on a given day, with its status that day and whether it applies.',
});

export const TariffRate = z
  .object({
    imposer: z.string().describe('The imposing country asked about, upper case.'),
    target: z.string().describe('The target country asked about, upper case.'),
    on: z.string().describe('The day asked about.'),
    applies: z
      .string()
      .nullable()
      .describe(
        "Id of the measure that sets the rate on the target's goods that day (the one of `measures` with `applies` and " +
          'reason `in_force` or `latest_announced`); null when no measure stands or only paused, sector or additional ones do.',
      )
      .meta({ examples: ['us-vn-46-percent'] }),
    measures: z.array(StandingTariff).describe('Measures standing on that day, the most recently started first.'),
  })
  .meta({
    id: 'TariffRate',
    description:
      'The tariff measures one country applies to goods from another on a given day, and which of them applies.',
  });
export type TariffRate = z.output<typeof TariffRate>;

export const tariffCsv: CsvColumns<Tariff> = [
  ['id', (t) => t.id],
  ['imposingCountry', (t) => t.imposingCountry],
  ['targetCountry', (t) => t.targetCountry],
  ['negotiation', (t) => t.negotiation?.id],
  ['ratePercent', (t) => t.ratePercent],
  ['kind', (t) => t.kind],
  ['status', (t) => t.status],
  ['announcedDate', (t) => t.announcedDate],
  ['datePrecision', (t) => t.datePrecision],
  ['effectiveDate', (t) => t.effectiveDate],
  ['announcedBy', (t) => t.announcedBy?.name],
  ['conditions', (t) => t.conditions],
  ['confidence', (t) => t.confidence],
  ['sources', (t) => t.sources.length],
  ['firstQuote', firstQuote],
];

export const standingTariffCsv: CsvColumns<z.output<typeof StandingTariff>> = [
  ...tariffCsv,
  ['statusOn', (t) => t.statusOn],
  ['applies', (t) => t.applies],
  ['reason', (t) => t.reason],
];
