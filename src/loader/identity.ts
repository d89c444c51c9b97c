// identity: what makes two mentions the same thing, in one place. Merge keys are typed values,
// compared as values; each has one toKey that serialises it, only to key a Map (or to order rows
// the way the serialised key always has). Beside them, the rules extract and resolve share to
// tell names apart: name tokens, honorifics, partial-name fit, a date's precision, majorities.
import { fold } from './text.js';
import type { ActorKind, DatePrecision, EventType, TariffScope, TariffStatus } from './types.js';

// ---------- merge keys

/** One tariff measure: a rate between two sides, told apart from others of that rate by its scope. */
export interface MeasureKey {
  imposer: string;
  target: string;
  rate: number;
  scope: TariffScope;
}
export const measureKey = (k: MeasureKey): string => `${k.imposer}|${k.target}|${k.rate}|${k.scope}`;
/** The same rate between the same sides, whatever the scope. */
export const sameRate = (a: MeasureKey, b: MeasureKey): boolean =>
  a.imposer === b.imposer && a.target === b.target && a.rate === b.rate;

/**
 * One tariff measure as extract tells it apart within a document: its sides, its rate, and which of
 * the measures of that rate between those sides it is (n counts them as they are told, 0 first).
 */
export interface MeasureSlot {
  imposer: string;
  target: string;
  rate: number;
  n: number;
}
export const measureSlotKey = (k: MeasureSlot): string => `${k.imposer}|${k.target}|${k.rate}|${k.n}`;

/**
 * What makes an event the same one another document reports, beyond its sides: a round of talks,
 * an act on a tariff measure (its rate), or an act on tariffs with no rate told (its day).
 */
export type EventIdentity =
  | { kind: 'round'; round: number }
  | { kind: 'measure-act'; imposer: string; target: string; rate: number; status: TariffStatus }
  | { kind: 'tariff-act'; imposer: string; target: string; status: TariffStatus; date: string };

export function eventIdentityKey(id: EventIdentity): string {
  switch (id.kind) {
    case 'round':
      return `round:${id.round}`;
    case 'measure-act':
      return `tariff:${id.imposer}>${id.target}:${id.rate}:${id.status}`;
    case 'tariff-act':
      return `tariff:${id.imposer}>${id.target}:${id.status}:${id.date}`;
  }
}

const IDENTITY_KEY = /^(?:round:(\d+)|tariff:(\w+)>(\w+):([^:]+):(.+))$/;
/**
 * The typed identity of an EventMention's `identity` string: the one reader of a serialised key in
 * the loader, and only of this stored form. Extract builds every identity with eventIdentityKey, but
 * a mention keeps it as a string because the stored extraction (documents.extraction JSON) holds it
 * so, and changing it would change stored data; resolve reads it back here, nowhere else.
 */
export function readEventIdentity(key: string | null): EventIdentity | null {
  const m = key ? IDENTITY_KEY.exec(key) : null;
  if (!m) return null;
  if (m[1] !== undefined) return { kind: 'round', round: Number(m[1]) };
  const [imposer, target, third, fourth] = [m[2]!, m[3]!, m[4]!, m[5]!];
  return /^\d/.test(third)
    ? { kind: 'measure-act', imposer, target, rate: Number(third), status: fourth as TariffStatus }
    : { kind: 'tariff-act', imposer, target, status: third as TariffStatus, date: fourth };
}

/**
 * One event across documents: its sides and identity when it has one; else its type and day; else
 * its type, date (or none) and the people taking part.
 */
export type EventKey =
  | { sides: string[]; identity: string }
  | { sides: string[]; type: EventType; day: string }
  | { sides: string[]; type: EventType; date: string | null; people: string[] };
export function eventKey(k: EventKey): string {
  const sides = k.sides.join('-');
  if ('identity' in k) return `${sides}|${k.identity}`;
  if ('day' in k) return `${sides}|${k.type}|${k.day}`;
  return `${sides}|${k.type}|${k.date ?? 'undated'}|${k.people.join(',')}`;
}

/** One actor by name: its kind and folded name, and for an organization its country when known. */
export interface ActorNameKey {
  kind: ActorKind;
  country: string | null;
  name: string;
}
export const actorNameKey = (k: ActorNameKey): string =>
  k.country ? `${k.kind}:${k.country}:${fold(k.name)}` : `${k.kind}:${fold(k.name)}`;

/** One document's actor: the document and the actor's document-local key. */
export interface ActorMember {
  doc: string;
  actorKey: string;
}
export const actorMemberKey = (k: ActorMember): string => `${k.doc}\u0000${k.actorKey}`;

/** One trade flow: who sells to whom, over which period. */
export interface FlowKey {
  exporter: string;
  importer: string;
  period: string;
}
export const flowKey = (k: FlowKey): string => `${k.exporter}|${k.importer}|${k.period}`;
/** The same flow: the same sides, the same period. */
export const sameFlow = (a: FlowKey, b: FlowKey): boolean =>
  a.exporter === b.exporter && a.importer === b.importer && a.period === b.period;

/**
 * One trade figure in a document: a flow and the value first told for it. Another source's figure
 * for the same flow (customs vs. census) is another figure.
 */
export interface FigureKey {
  flow: FlowKey;
  valueUsd: number;
}
export const figureKey = (k: FigureKey): string => `${flowKey(k.flow)}|${k.valueUsd}`;

/** Which way a measure runs: imposer, then target. */
export const directionKey = ([imposer, target]: readonly [string, string]): string => `${imposer}>${target}`;

// ---------- names

/** A name's folded words ("Nguyễn Hồng Diên" → nguyen, hong, dien). */
export const nameTokens = (name: string): string[] => fold(name).split(' ').filter(Boolean);

/** Letters beyond ASCII: of two spellings of one name, the one with its diacritics counts more. */
export const nonAscii = (s: string): number => [...s].filter((ch) => ch.charCodeAt(0) > 127).length;

/**
 * Whether a part of a name fits a name (both as name tokens): one word is its first or last word
 * ("Greer" → "Jamieson Greer"); more words all appear in it and end it as it ends.
 */
export function fitsName(part: readonly string[], name: readonly string[]): boolean {
  return part.length === 1
    ? name[0] === part[0] || name[name.length - 1] === part[0]
    : part.every((x) => name.includes(x)) && name[name.length - 1] === part[part.length - 1];
}

// Titles a name can open with. Two lists, because the two rules that use them differ today and
// unifying them would change what the loader finds:
// - extract, listing the bare names people are found by, skips a name opening with one of the five
//   (as a word: "Minister-designate" too);
// - resolve, choosing the name a merged person goes by, passes over a name opening with any of the
//   ten followed by a space ("Secretary Bessent" never names the actor).
export const BARE_NAME_TITLES = ['Minister', 'President', 'Ambassador', 'Representative', 'Secretary'] as const;
export const CANONICAL_NAME_TITLES = [
  ...BARE_NAME_TITLES,
  'Chairman',
  'Governor',
  'Senator',
  'Premier',
  'Chancellor',
] as const;
const BARE_TITLED = new RegExp(`^(?:${BARE_NAME_TITLES.join('|')})\\b`);
const CANONICAL_TITLED = new RegExp(`^(?:${CANONICAL_NAME_TITLES.join('|')})\\s`);

/** A name opening with one of the five titles (extract's bare-name rule). */
export const opensWithBareTitle = (name: string): boolean => BARE_TITLED.test(name);
/** A name opening with one of the ten titles and a space (resolve's canonical-name rule). */
export const opensWithTitle = (name: string): boolean => CANONICAL_TITLED.test(name);

// ---------- dates and counts

/** The precision a date string is written at ('YYYY-MM-DD', 'YYYY-MM', else a year). */
export function precisionOf(date: string | null): DatePrecision {
  return date == null ? 'unknown' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** How much a precision tells: the more precise, the higher. */
export const PRECISION_RANK: Record<DatePrecision, number> = { unknown: 0, year: 1, month: 2, day: 3 };

/**
 * Values by how many times they occur, most first; equal counts ordered by `tie`, else as first
 * seen. Values are counted as one when `key` gives them the same key.
 */
export function byCount<T>(
  xs: readonly T[],
  tie: (a: T, b: T) => number = () => 0,
  key: (x: T) => unknown = (x) => x,
): Array<{ value: T; count: number }> {
  const counts = new Map<unknown, { value: T; count: number }>();
  for (const x of xs) {
    const k = key(x);
    const c = counts.get(k);
    if (c) c.count++;
    else counts.set(k, { value: x, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || tie(a.value, b.value));
}

/** The most common string, the first alphabetically on a tie; null for none. */
export const mostCommon = (xs: readonly string[]): string | null =>
  byCount(xs, (a, b) => a.localeCompare(b))[0]?.value ?? null;

/** The value more than half of `xs` give (as `key` tells them apart), else null. */
export function majority<T>(xs: readonly T[], key: (x: T) => unknown = (x) => x): T | null {
  const top = byCount(xs, undefined, key)[0];
  return top && top.count * 2 > xs.length ? top.value : null;
}
