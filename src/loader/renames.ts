// renames: which id a row that lost its id is now known by. The rebuild recomputes every id from
// the facts (docs/decisions/002, 003); this keeps the ids that stopped answering pointing at the
// row that carries on their evidence, so a saved link still leads somewhere.

/** Where a row was read: a passage of a document. */
export interface SpanRef {
  documentId: string;
  start: number;
  end: number;
}

export interface Redirect {
  from: string;
  to: string;
}

/** One resource's ids and their sources, before or after a rebuild. */
export type IdSpans = ReadonlyMap<string, readonly SpanRef[]>;

const spanKey = (s: SpanRef) => `${s.documentId}\u0000${s.start}\u0000${s.end}`;

/**
 * For each id of `before` no longer in `after`: the id of `after` sharing the most source spans
 * with it, the smallest id on a tie. An id sharing no span (its documents are gone) has none.
 */
export function successors(before: IdSpans, after: IdSpans): Map<string, string> {
  const citing = new Map<string, string[]>();
  for (const [id, spans] of after) {
    for (const s of spans) {
      const key = spanKey(s);
      const ids = citing.get(key);
      if (ids) ids.push(id);
      else citing.set(key, [id]);
    }
  }
  const out = new Map<string, string>();
  for (const [id, spans] of before) {
    if (after.has(id)) continue;
    const shared = new Map<string, number>();
    // A row cites a span once, but duplicates in the input must not count twice.
    for (const key of new Set(spans.map(spanKey))) {
      for (const to of citing.get(key) ?? []) shared.set(to, (shared.get(to) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    if (best) out.set(id, best[0]);
  }
  return out;
}

/**
 * The redirects of one resource after a rebuild: the ids just renamed, plus the earlier
 * redirects moved on to their target's successor. A live id is never redirected and every
 * target is live, so a lookup is one step and there are no cycles. Sorted by `from`.
 */
export function carryRedirects(before: IdSpans, after: IdSpans, existing: readonly Redirect[]): Redirect[] {
  const renamed = successors(before, after);
  const out = new Map<string, string>();
  for (const { from, to } of existing) {
    if (after.has(from)) continue;
    const target = after.has(to) ? to : renamed.get(to);
    if (target !== undefined) out.set(from, target);
  }
  // A fresh rename says more than an old redirect of the same id (there should be none).
  for (const [from, to] of renamed) out.set(from, to);
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => ({ from, to }));
}
