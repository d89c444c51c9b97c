// The resolver's input and the merged rows it returns.
import type {
  ActorMention,
  DocumentExtraction,
  EventMention,
  EventStatus,
  Span,
  TariffMention,
  TradeStatMention,
} from '../types.js';

import type { NegotiationRow } from './negotiations.js';

export interface ResolverInput {
  id: string;
  publishedDate: string | null;
  extraction: DocumentExtraction;
}

export interface SourceRow extends Span {
  documentId: string;
}

/** Where a merged row was read: its document and passage. */
interface Cited {
  id: string;
  sources: SourceRow[];
}

// Merged rows keep their mentions' fields, with document-local actor keys replaced by global ids.
export type ResolvedActor = Omit<ActorMention, 'key' | 'spans'> & Cited;

export type ResolvedEvent = Omit<EventMention, 'countries' | 'identity' | 'participants' | 'spans' | 'negotiation'> &
  Cited & {
    /** The two sides (sorted) of the negotiation the event belongs to, or null. */
    pair: string[] | null;
    negotiationId: string | null;
    participants: Array<{ actorId: string; role: string }>;
    /** What each document reported of its status, oldest report first. */
    history: Array<{ status: EventStatus; documentId: string; reportedOn: string | null }>;
  };

// (the scope tells measures of one rate apart in the id; a row's kind says what it is)
export type ResolvedTariff = Omit<TariffMention, 'announcedByKey' | 'history' | 'spans' | 'scope'> &
  Cited & {
    negotiationId: string | null;
    announcedBy: string | null;
    /** Every status reported, ordered by when it began (else when it was reported). */
    history: Array<TariffMention['history'][number] & { documentId: string; reportedOn: string | null }>;
  };

export type ResolvedTradeStat = Omit<TradeStatMention, 'sourceOrganizationKey' | 'spans'> &
  Cited & { sourceOrganizationId: string | null; negotiationId: string | null };

export interface Resolved {
  actors: ResolvedActor[];
  negotiations: NegotiationRow[];
  events: ResolvedEvent[];
  tariffs: ResolvedTariff[];
  tradeStats: ResolvedTradeStat[];
}

/** The global id of a document's actor (by its document-local key), when it has one. */
export type IdOf = (doc: string, key: string | null) => string | null;
