// Ids are readable slugs computed from the merged facts alone, so the same documents give the same
// ids whatever order they were loaded in.
import { readEventIdentity } from '../identity.js';
import { slugify } from '../text.js';
import type { ResolvedActor, ResolvedEvent } from './types.js';

/** Assigns `base`, or `base-2`, `base-3`… in the order of `keys`, so equal slugs stay apart. */
export function uniqueIds<T>(items: T[], base: (t: T) => string, order: (t: T) => string): Map<T, string> {
  const sorted = [...items].sort((a, b) => order(a).localeCompare(order(b)));
  const used = new Map<string, number>();
  const out = new Map<T, string>();
  for (const item of sorted) {
    const b = base(item);
    const n = (used.get(b) ?? 0) + 1;
    used.set(b, n);
    out.set(item, n === 1 ? b : `${b}-${n}`);
  }
  return out;
}

/** An event's id before uniqueIds: its date and type, then its round, its tariff, or who took part. */
export function eventBaseId(
  row: ResolvedEvent,
  identity: string | null,
  actorById: Map<string, ResolvedActor>,
): string {
  const shortName = (actorId: string) => {
    const a = actorById.get(actorId);
    if (!a) return actorId;
    if (a.kind === 'person') return slugify(a.name.split(/\s+/).pop()!);
    return a.kind === 'country' && a.country ? a.country.toLowerCase() : a.id;
  };
  const type = row.type.replace(/_/g, '-');
  const date = row.startDate ?? 'undated';
  if (row.round != null) return `${date}-${type}-${row.round}`;
  const id = readEventIdentity(identity);
  if (id && id.kind !== 'round') {
    // The rate acted on, or for an act naming no rate, the act.
    const what = id.kind === 'measure-act' ? String(id.rate) : id.status;
    return `${date}-${type}-${[id.imposer, id.target, what].map((x) => slugify(x)).join('-')}`;
  }
  const people = row.participants
    .filter((p) => actorById.get(p.actorId)?.kind === 'person')
    .map((p) => shortName(p.actorId));
  const sides = row.participants
    .filter((p) => actorById.get(p.actorId)?.kind === 'country')
    .map((p) => shortName(p.actorId));
  const who = (people.length ? people : sides).slice(0, 3).join('-');
  return [date, type, who].filter(Boolean).join('-');
}

/** A measure's id: its sides and rate, and its scope when that is a sector's or an added rate. */
export const tariffId = (
  t: { imposingCountry: string; targetCountry: string; ratePercent: number },
  scope: 'sectoral' | 'additional' | undefined,
) =>
  `${t.imposingCountry}-${t.targetCountry}-${slugify(String(t.ratePercent))}-percent${scope ? `-${scope}` : ''}`.toLowerCase();

/** A trade figure's plain id (its flow and period), and the figure that can tell it from another. */
export const tradeStatIds = (s: { exporter: string; importer: string; period: string; valueUsd: number }) => ({
  base: `${s.exporter}-to-${s.importer}-${slugify(s.period)}`.toLowerCase(),
  figure: `usd-${slugify(String(s.valueUsd / 1e9))}bn`,
});
