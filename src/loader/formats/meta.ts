// Normalising metadata given outside the text (front matter, HTML head, a JSON body) to the
// shapes the documents table holds.
import { isIsoDay } from '../../lib/dates.js';

/** One line of display text: white space collapsed, trimmed; null when nothing is left. */
export function oneLine(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/g, ' ').trim();
  return line ? line : null;
}

/** "A", "A and B", "A, B and C": the authors of a document, as its byline would list them. */
export function listOfNames(names: string[]): string | null {
  if (!names.length) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** The publication day of an ISO 8601 date or date-time ("2025-06-02", "2025-06-02T09:30:00+09:00"). */
export function isoDayOf(value: string | null | undefined): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value ?? '')?.[1];
  return day && isIsoDay(day) ? day : null;
}

/** An absolute http(s) URL, normalised; null otherwise. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
