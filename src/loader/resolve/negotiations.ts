// Negotiations: the talks between two parties, one per pair of sides the merged events belong to.
// Tariff measures and trade figures join the negotiation of their two sides when there is one; the
// counts, dates and status are derived from the rows, by this one function the writer and the test
// fixtures both call (docs/decisions/012-negotiations.md).
import type { eventTypes, negotiations, negotiationStatuses } from '../../db/schema.js';
import { fold } from '../../lib/fold.js';
import { countryByCode } from '../recognise/countries.js';

type NegotiationStatus = (typeof negotiationStatuses)[number];
type EventType = (typeof eventTypes)[number];

/** A pair's id: its two codes in alphabetical order, lower case, so either order names it. */
export const negotiationId = (a: string, b: string) =>
  [a, b]
    .map((c) => c.toLowerCase())
    .sort()
    .join('-');

const nameOf = (code: string) => countryByCode(code)?.name ?? code;

/** "United States–Vietnam trade negotiations": the parties by name, in the id's order. */
export const negotiationTitle = (a: string, b: string) => `${[a, b].sort().map(nameOf).join('–')} trade negotiations`;

/** A row of the negotiations table, as the writer stores it. */
export type NegotiationRow = typeof negotiations.$inferSelect;

interface Cites {
  sources: ReadonlyArray<{ documentId: string }>;
}
export interface NegotiationEvent extends Cites {
  /** The pair the event belongs to, sorted, or null. */
  pair: readonly string[] | null;
  type: EventType;
  status: string;
  // (optional: a row to insert may leave them out)
  startDate?: string | null;
  endDate?: string | null;
  round?: number | null;
}
interface Party {
  id: string;
  kind: string;
  name: string;
  country: string | null;
}

// What the talks themselves are made of; tariff actions and statements alone are no talks.
const TALKS = new Set<EventType>(['negotiation_round', 'meeting', 'call', 'proposal', 'agreement']);

/** agreement_reached once an agreement event occurred; ongoing while talks are reported; else no_talks_reported. */
export function negotiationStatus(events: readonly NegotiationEvent[]): NegotiationStatus {
  if (events.some((e) => e.type === 'agreement' && e.status === 'occurred')) return 'agreement_reached';
  return events.some((e) => TALKS.has(e.type)) ? 'ongoing' : 'no_talks_reported';
}

/** The party's actor: the country (or the EU) by its own name, else any country actor of that code. */
function partyActor(code: string, actors: readonly Party[]): string | null {
  const own = actors.find((a) => a.country === code && a.kind !== 'person' && a.name === nameOf(code));
  return (own ?? actors.find((a) => a.country === code && a.kind === 'country'))?.id ?? null;
}

function summarise(pair: readonly string[], events: NegotiationEvent[], others: Cites[], actors: readonly Party[]) {
  const [a, b] = pair as [string, string];
  const dated = events.filter((e) => e.startDate != null);
  const starts = dated.map((e) => e.startDate!).sort();
  const ends = dated.map((e) => e.endDate ?? e.startDate!).sort();
  const documents = new Set([...events, ...others].flatMap((r) => r.sources.map((s) => s.documentId)));
  const title = negotiationTitle(a, b);
  return {
    id: negotiationId(a, b),
    title,
    partyA: a,
    partyB: b,
    partyAActor: partyActor(a, actors),
    partyBActor: partyActor(b, actors),
    status: negotiationStatus(events),
    firstDate: starts[0] ?? null,
    lastDate: ends.at(-1) ?? null,
    eventCount: events.length,
    roundCount: events.filter((e) => e.round != null).length,
    documentCount: documents.size,
    searchText: fold(`${title} ${nameOf(a)} ${nameOf(b)} ${a} ${b}`),
  } satisfies NegotiationRow;
}

/**
 * The negotiations the events make, and each tariff measure's and trade figure's negotiation: that
 * of its two sides, when the events make one; each event's too. Rows come back in their given order.
 */
export function negotiationsOf<
  E extends NegotiationEvent,
  T extends Cites & { imposingCountry: string; targetCountry: string },
  S extends Cites & { exporter: string; importer: string },
>(input: { actors: readonly Party[]; events: readonly E[]; tariffs: readonly T[]; tradeStats: readonly S[] }) {
  const byId = new Map<string, { pair: readonly string[]; events: NegotiationEvent[]; others: Cites[] }>();
  for (const e of input.events) {
    if (!e.pair) continue;
    const id = negotiationId(e.pair[0]!, e.pair[1]!);
    const entry = byId.get(id) ?? { pair: [...e.pair].sort(), events: [], others: [] };
    entry.events.push(e);
    byId.set(id, entry);
  }
  const join = (a: string, b: string, row: Cites) => {
    const entry = byId.get(negotiationId(a, b));
    entry?.others.push(row);
    return entry ? negotiationId(a, b) : null;
  };
  const events = input.events.map((e) => ({
    ...e,
    negotiationId: e.pair ? negotiationId(e.pair[0]!, e.pair[1]!) : null,
  }));
  const tariffs = input.tariffs.map((t) => ({ ...t, negotiationId: join(t.imposingCountry, t.targetCountry, t) }));
  const tradeStats = input.tradeStats.map((s) => ({ ...s, negotiationId: join(s.exporter, s.importer, s) }));
  const negotiations = [...byId.values()]
    .map((n) => summarise(n.pair, n.events, n.others, input.actors))
    .sort((x, y) => x.id.localeCompare(y.id));
  return { negotiations, events, tariffs, tradeStats };
}
