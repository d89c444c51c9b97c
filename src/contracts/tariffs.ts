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
  status: s.status.optional().describe('Only measures with this status.').meta({ examples: ['announced'] }),
  kind: s.kind.optional().describe('Only measures of this kind.').meta({ examples: ['reciprocal'] }),
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
  date: (x) => x.describe('When that status began, as precise as the report: YYYY, YYYY-MM or YYYY-MM-DD; null when not said.'),
  datePrecision: (x) => x.describe('How precise `date` is.'),
  documentId: (x) => x.describe('The document that reported it.'),
  reportedOn: (x) => x.describe("The reporting document's publication date, when known."),
});
export const TariffStatusReport = tariffStatusRow
  .pick({ status: true, date: true, datePrecision: true, documentId: true, reportedOn: true })
  .meta({ id: 'TariffStatusReport', description: 'One status of a tariff measure, when it began and who reported it.' });

export const TariffDetail = Tariff.extend({
  history: z
    .array(TariffStatusReport)
    .describe('Each status reported, ordered by when it began (else when it was reported); `status` is the last.'),
}).meta({ id: 'TariffDetail', description: 'A tariff measure with the history of its status.' });
export type TariffDetail = z.output<typeof TariffDetail>;

export const StandingTariff = Tariff.extend({
  statusOn: z
    .enum(['announced', 'in_effect', 'paused'])
    .describe('The status the measure had on the day asked about, from its history.'),
}).meta({ id: 'StandingTariff', description: 'A tariff measure standing on a given day, with its status that day.' });

export const TariffRate = z
  .object({
    imposer: z.string().describe('The imposing country asked about, upper case.'),
    target: z.string().describe('The target country asked about, upper case.'),
    on: z.string().describe('The day asked about.'),
    measures: z.array(StandingTariff).describe('Measures standing on that day, the most recently started first.'),
  })
  .meta({
    id: 'TariffRate',
    description: 'The tariff measures one country applies to goods from another on a given day.',
  });
export type TariffRate = z.output<typeof TariffRate>;

export const tariffCsv: CsvColumns<Tariff> = [
  ['id', (t) => t.id],
  ['imposingCountry', (t) => t.imposingCountry],
  ['targetCountry', (t) => t.targetCountry],
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

export const standingTariffCsv: CsvColumns<z.output<typeof StandingTariff>> = [...tariffCsv, ['statusOn', (t) => t.statusOn]];
