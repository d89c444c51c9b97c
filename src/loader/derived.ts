// derived: the columns a stored row computes from its others, one function per table that has
// any. The writer and the test fixtures both build rows with these, so the API tests read rows
// shaped exactly as a load writes them.
import { fold } from '../lib/fold.js';

/** An actor's search text: its name and every alias, folded (searches match any of them). */
export function actorDerived(a: { name: string; aliases: readonly string[] }): { searchText: string } {
  return { searchText: fold([a.name, ...a.aliases].join(' | ')) };
}

/** An event's sort key (undated events sort last) and search text (title and summary, folded). */
export function eventDerived(e: { startDate?: string | null; title: string; summary: string }): {
  sortKey: string;
  searchText: string;
} {
  return { sortKey: e.startDate ?? '9999', searchText: fold(`${e.title} ${e.summary}`) };
}
