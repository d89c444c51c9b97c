// The shapes that flow through the loader: read → clean → recognise → resolve → write.
import type {
  actorKinds,
  datePrecisions,
  documentFormats,
  eventFormats,
  eventStatuses,
  eventTypes,
  qualifiers,
  tariffKinds,
  tariffStatuses,
} from '../db/schema.js';

export type ActorKind = (typeof actorKinds)[number];
export type EventType = (typeof eventTypes)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type EventFormat = (typeof eventFormats)[number];
export type DatePrecision = (typeof datePrecisions)[number];
export type TariffStatus = (typeof tariffStatuses)[number];
export type TariffKind = (typeof tariffKinds)[number];
export type Qualifier = (typeof qualifiers)[number];
export type DocumentFormat = (typeof documentFormats)[number];

/** A passage of the cleaned text: text.slice(start, end) === quote. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** What `read` hands on: the file as given. */
export interface RawDocument {
  sourceName: string;
  format: DocumentFormat;
  content: string;
  /** Metadata supplied outside the text (front matter, JSON body); wins over what the text suggests. */
  given?: Partial<DocumentMeta>;
}

export interface DocumentMeta {
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD, or null when the document does not say. */
  publishedDate: string | null;
  publisher: string | null;
  url: string | null;
}

/** What `clean` hands on: the article body that the API serves and every offset refers to. */
export interface CleanDocument extends DocumentMeta {
  id: string;
  sourceName: string;
  format: DocumentFormat;
  contentHash: string;
  text: string;
  /** Ranges of `text` that are section headings: read for context, never mined for facts. */
  headings: Array<{ start: number; end: number }>;
  /** The opening dateline ("HANOI, June 13 (Reuters) -"), perhaps under a standfirst: its date is the
   * article's, no event's, and its place is no side of anything. */
  dateline: { start: number; end: number } | null;
}

/** A date as precise as the text makes it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export interface FuzzyDate {
  date: string | null;
  precision: DatePrecision;
}

export interface ActorMention {
  /** Document-local key; the resolver turns it into a global id. */
  key: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2, when known. */
  country: string | null;
  title: string | null;
  aliases: string[];
  spans: Span[];
  confidence: number;
}

export interface EventMention {
  type: EventType;
  title: string;
  summary: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  status: EventStatus;
  round: number | null;
  location: string | null;
  format: EventFormat | null;
  /** ISO codes of the two sides, sorted, when the event is between two countries. */
  countries: string[];
  /**
   * The two sides (sorted) whose negotiation the event belongs to, or null for none: `countries`,
   * unless the passages name more sides than two (src/loader/extract/negotiation.ts). Absent in
   * extractions stored before negotiations existed; those read as `countries`.
   */
  negotiation?: string[] | null;
  /**
   * What makes this event the same one another document reports, beyond its sides:
   * 'round:2', 'tariff:US>VN:46'. Null: the type, date and people decide.
   */
  identity: string | null;
  participants: Array<{ actorKey: string; role: string }>;
  spans: Span[];
  confidence: number;
}

/**
 * Which of the measures between two sides a rate belongs to: the country's main rate ("a 25%
 * reciprocal rate"), one sector's ("a 25% tariff on cars"), one charged on top ("an additional 25%
 * penalty"), or a rate told too plainly to say ("a 25% tariff"), which joins the one measure of that
 * rate the other reports tell. Two measures of one rate between the same sides are told apart by it.
 */
export type TariffScope = 'main' | 'sectoral' | 'additional' | 'plain';

export interface TariffMention {
  imposingCountry: string;
  targetCountry: string;
  ratePercent: number;
  scope: TariffScope;
  kind: TariffKind;
  status: TariffStatus;
  announcedDate: string | null;
  datePrecision: DatePrecision;
  effectiveDate: string | null;
  announcedByKey: string | null;
  conditions: string | null;
  /** Each status this document reports, in text order, with the date it began when given. */
  history: Array<{ status: TariffStatus; date: string | null; datePrecision: DatePrecision }>;
  spans: Span[];
  confidence: number;
}

export interface TradeStatMention {
  exporter: string;
  importer: string;
  period: string;
  valueUsd: number;
  qualifier: Qualifier;
  sourceOrganizationKey: string | null;
  spans: Span[];
  confidence: number;
}

/** Everything recognised in one document, before merging with other documents. */
export interface DocumentExtraction {
  actors: ActorMention[];
  events: EventMention[];
  tariffs: TariffMention[];
  tradeStats: TradeStatMention[];
}
