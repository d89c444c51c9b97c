// resolve: every document's extraction → the merged rows the API serves. One fact reported by
// several documents becomes one row citing all of them; ids are readable slugs computed from the
// merged facts alone, so the same documents give the same ids whatever order they were loaded in.
// Each table merges in its own module under resolve/; what makes two mentions the same thing is
// in identity.ts.
import { resolveActors } from './resolve/actors.js';
import { resolveEvents } from './resolve/events.js';
import { negotiationsOf } from './resolve/negotiations.js';
import { resolveTariffs } from './resolve/tariffs.js';
import { resolveTradeStats } from './resolve/trade-stats.js';
import type { Resolved, ResolverInput } from './resolve/types.js';

export type {
  Resolved,
  ResolvedActor,
  ResolvedEvent,
  ResolvedTariff,
  ResolvedTradeStat,
  ResolverInput,
  SourceRow,
} from './resolve/types.js';

export function resolve(docs: ResolverInput[]): Resolved {
  // Actors first: the other tables name them by the global ids they get here.
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const { actors, idOf } = resolveActors(sorted);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  // Last: a negotiation is made of the merged rows of its two sides.
  return {
    actors,
    ...negotiationsOf({
      actors,
      events: resolveEvents(sorted, idOf, actorById),
      tariffs: resolveTariffs(sorted, idOf),
      tradeStats: resolveTradeStats(sorted, idOf),
    }),
  };
}
