// What the tariff recogniser hands on: a frame per rate (and per rateless act), and the context
// each refining step reads beside the rate.
import type { DatePrecision, TariffKind, TariffScope, TariffStatus } from '../../types.js';
import type { DateFound } from '../dates.js';
import type { PercentFound } from '../percent.js';
import type { DocumentContext, ResolvedSentence } from '../sentence.js';

export interface TariffFrame {
  /** Offsets of the rate inside the sentence. */
  index: number;
  text: string;
  ratePercent: number;
  /** Null when the sentence names no sides: the rate may still refer to a measure seen before. */
  imposingCountry: string | null;
  targetCountry: string | null;
  kind: TariffKind;
  scope: TariffScope;
  status: TariffStatus;
  announcedDate: string | null;
  datePrecision: DatePrecision;
  effectiveDate: string | null;
  announcedByKey: string | null;
  conditions: string | null;
  hedged: boolean;
  /** Both sides taken from the document's other measures, none named in the sentence. */
  sidesInferred: boolean;
  /** "the 19% rate" with no side named beside it: a rate the document has given before. */
  refersBack: boolean;
  /** "the 24% announced on 2 April": the rate's date is the day it was announced, whatever it is now. */
  announcedOn: boolean;
}

export interface TariffActFrame {
  index: number;
  text: string;
  imposingCountry: string;
  targetCountry: string;
  status: Extract<TariffStatus, 'announced' | 'in_effect' | 'paused' | 'withdrawn'>;
  date: DateFound;
}

/** A country the sentence names, as a possible side of a measure. */
export interface Side {
  index: number;
  code: string;
  end: number;
  adjective?: boolean;
}

/** What the sentence as a whole says, read once before its rates, with the document around it. */
export interface SentenceScan {
  ctx: DocumentContext;
  f: ResolvedSentence;
  /** A sentence about rates in an article that has stated tariffs: a bare "rate" is a tariff's. */
  rateOnly: boolean;
  /** A tracker's row: its lines speak of rates and nothing else. */
  row: boolean;
  sides: Side[];
  speculativeAt: (at: number) => boolean;
}

/** One rate of the sentence, with the sentence it is in. */
export interface RateContext extends SentenceScan {
  p: PercentFound;
}
