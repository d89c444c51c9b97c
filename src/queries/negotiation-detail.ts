// One negotiation in full. Each part is what another resource answers for the pair: its rounds,
// /v1/tariffs/rate each way on a day, /v1/trade-stats/balance, the documents its rows cite.
import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { NegotiationDetail } from '../contracts/negotiation-detail.js';
import type { TariffRate } from '../contracts/tariffs.js';
import type { Db } from '../db/client.js';
import {
  documents,
  eventSources,
  events,
  tariffMeasures,
  tariffSources,
  tradeStatSources,
  tradeStats,
} from '../db/schema.js';
import { getNegotiationSummary } from './negotiations.js';
import { roundsOfNegotiation } from './rounds.js';
import { tariffRate } from './tariffs.js';
import { tradeBalance } from './trade-stats.js';

type Detail = NegotiationDetail;

const applied = ({ id, ratePercent, kind, statusOn, reason }: TariffRate['measures'][number]) => ({
  id,
  ratePercent,
  kind,
  statusOn,
  reason,
});

/** What `imposer` charges on goods from `target` on `on`, as /v1/tariffs/rate answers it. */
function tariffsOn(db: Db, imposer: string, target: string, on: string): Detail['tariffs'][number] {
  const rate = tariffRate(db, { imposer, target, on });
  const main = rate.measures.find((m) => m.id === rate.applies);
  const beside = rate.measures.filter((m) => m.applies && m.id !== rate.applies);
  const query = new URLSearchParams({ imposer, target, on });
  return {
    imposer,
    target,
    on,
    applies: main ? applied(main) : null,
    alsoApplying: beside.map(applied),
    href: `/v1/tariffs/rate?${query}`,
  };
}

/** The latest figure each way, and the balance of the latest period with both, from /v1/trade-stats/balance. */
function tradeOf(db: Db, a: string, b: string): Detail['trade'] {
  const { data } = tradeBalance(db, { a, b });
  const latest = (side: 'aToB' | 'bToA') => data.findLast((row) => row[side] !== null);
  const figure = (side: 'aToB' | 'bToA') => {
    const row = latest(side);
    const id = row?.[side === 'aToB' ? 'aToBId' : 'bToAId'];
    const qualifier = row?.[side === 'aToB' ? 'aToBQualifier' : 'bToAQualifier'];
    return row && id && qualifier ? { id, period: row.period, valueUsd: row[side]!, qualifier } : null;
  };
  const both = data.findLast((row) => row.balance !== null && row.balanceQualifier !== null);
  return {
    a,
    b,
    aToB: figure('aToB'),
    bToA: figure('bToA'),
    balance: both ? { period: both.period, valueUsd: both.balance!, qualifier: both.balanceQualifier! } : null,
    href: `/v1/trade-stats/balance?${new URLSearchParams({ a, b })}`,
  };
}

/** Every document the negotiation's events, tariff measures or trade figures cite. */
function documentsOf(db: Db, id: string): Detail['documents'] {
  const cited = (
    table: typeof eventSources | typeof tariffSources | typeof tradeStatSources,
    rows: typeof events | typeof tariffMeasures | typeof tradeStats,
  ) =>
    inArray(
      documents.id,
      db
        .select({ id: table.documentId })
        .from(table)
        .where(inArray(table.subjectId, db.select({ id: rows.id }).from(rows).where(eq(rows.negotiationId, id)))),
    );
  return db
    .select({ id: documents.id, title: documents.title, publishedDate: documents.publishedDate })
    .from(documents)
    .where(or(cited(eventSources, events), cited(tariffSources, tariffMeasures), cited(tradeStatSources, tradeStats)))
    .orderBy(sql`coalesce(${documents.publishedDate}, '9999')`, asc(documents.id))
    .all();
}

/** The negotiation with this (canonical) id in full, the tariffs as on day `on`. */
export function getNegotiation(db: Db, id: string, on: string): NegotiationDetail | undefined {
  const negotiation = getNegotiationSummary(db, id);
  if (!negotiation) return undefined;
  const [a, b] = negotiation.parties.map((p) => p.country) as [string, string];
  return {
    ...negotiation,
    rounds: roundsOfNegotiation(db, id),
    tariffs: [tariffsOn(db, a, b, on), tariffsOn(db, b, a, on)],
    trade: tradeOf(db, a, b),
    documents: documentsOf(db, id),
  };
}
