// Actors: one row per country, organization or person, however many documents name them.
import { COUNTRIES } from '../data/countries.js';
import {
  actorMemberKey,
  actorNameKey,
  fitsName,
  mostCommon,
  nameTokens,
  nonAscii,
  opensWithTitle,
  type ActorNameKey,
} from '../identity.js';
import { countryKey } from '../recognise/sentence.js';
import { fold, slugify } from '../text.js';
import type { ActorKind, ActorMention } from '../types.js';
import { addSources, bySource } from './common.js';
import { uniqueIds } from './ids.js';
import type { IdOf, ResolvedActor, ResolverInput, SourceRow } from './types.js';

const COUNTRY_PREFIX = new RegExp(
  `^(?:${COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives])
    .map((n) => fold(n))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+`,
);
/** A folded organization name without a leading country ("US Census Bureau" → "census bureau"). */
const withoutCountry = (name: string) => fold(name).replace(COUNTRY_PREFIX, '');

interface ActorCluster {
  kind: ActorKind;
  names: Set<string>;
  titles: string[];
  countries: string[];
  confidence: number;
  sources: SourceRow[];
  members: Array<{ doc: string; key: string }>;
}

/** The clusters made so far, and which cluster each document's actor joined. */
class Clusters {
  readonly all: ActorCluster[] = [];
  private readonly byMember = new Map<string, ActorCluster>();

  join(c: ActorCluster, doc: string, a: ActorMention) {
    c.names.add(a.name);
    for (const n of a.aliases) c.names.add(n);
    if (a.title) c.titles.push(a.title);
    if (a.country) c.countries.push(a.country);
    c.confidence = Math.max(c.confidence, a.confidence);
    addSources(c.sources, doc, a.spans);
    c.members.push({ doc, key: a.key });
    this.byMember.set(actorMemberKey({ doc, actorKey: a.key }), c);
  }

  create(doc: string, a: ActorMention): ActorCluster {
    const c: ActorCluster = {
      kind: a.kind,
      names: new Set(),
      titles: [],
      countries: [],
      confidence: 0,
      sources: [],
      members: [],
    };
    this.all.push(c);
    this.join(c, doc, a);
    return c;
  }

  of(doc: string, actorKey: string): ActorCluster | undefined {
    return this.byMember.get(actorMemberKey({ doc, actorKey }));
  }

  /** The one organization sharing a name or acronym, with no country conflict. */
  byAlias(a: ActorMention): ActorCluster | undefined {
    // "Census Bureau" is "US Census Bureau" without its country.
    const names = new Set([a.name, ...a.aliases].flatMap((n) => [fold(n), withoutCountry(n)]));
    const fits = this.all.filter(
      (c) =>
        c.kind === 'organization' &&
        (!a.country || !c.countries.length || c.countries.includes(a.country)) &&
        [...c.names].some((n) => names.has(fold(n)) || names.has(withoutCountry(n))),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** The one person whose name contains this one (same last word), with no country conflict. */
  personFit(a: ActorMention): ActorCluster | undefined {
    const t = nameTokens(a.name);
    const candidates = this.all.filter((c) => {
      if (c.kind !== 'person') return false;
      if (a.country && c.countries.length && !c.countries.includes(a.country)) return false;
      return [...c.names].some((n) => {
        const ct = nameTokens(n);
        return ct.length > t.length && fitsName(t, ct);
      });
    });
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}

// Countries by code; organizations by folded name or acronym; people by folded full name, then
// partial names ("Greer", "Jamieson Greer") join the one longer name they fit.
function cluster(docs: ResolverInput[]): Clusters {
  const clusters = new Clusters();
  const byCode = new Map<string, ActorCluster>();
  const named = new Map<string, ActorCluster>();
  const joinNamed = (key: ActorNameKey, doc: string, a: ActorMention) => {
    const c = named.get(actorNameKey(key));
    if (c) clusters.join(c, doc, a);
    else named.set(actorNameKey(key), clusters.create(doc, a));
  };
  const partial: Array<{ doc: string; a: ActorMention }> = [];
  const mentions = docs.flatMap((d) => d.extraction.actors.map((a) => ({ doc: d.id, a })));
  const ordered = [...mentions].sort(
    (x, y) =>
      nameTokens(y.a.name).length - nameTokens(x.a.name).length ||
      x.doc.localeCompare(y.doc) ||
      x.a.key.localeCompare(y.a.key),
  );
  for (const { doc, a } of ordered) {
    if (a.country !== null && a.key === countryKey(a.country)) {
      const c = byCode.get(a.country);
      if (c) clusters.join(c, doc, a);
      else byCode.set(a.country, clusters.create(doc, a));
      continue;
    }
    // Organizations of the same name in different countries ("Ministry of Commerce") stay apart.
    const key = { kind: a.kind, country: a.kind === 'organization' ? a.country : null, name: a.name };
    const fit =
      named.get(actorNameKey(key)) ??
      (a.kind === 'organization' ? clusters.byAlias(a) : undefined) ??
      (a.kind === 'person' && nameTokens(a.name).length !== 1 ? clusters.personFit(a) : undefined);
    if (fit) clusters.join(fit, doc, a);
    else if (a.kind === 'person' && nameTokens(a.name).length === 1) partial.push({ doc, a });
    else named.set(actorNameKey(key), clusters.create(doc, a));
  }
  for (const { doc, a } of partial) {
    const fits = clusters.personFit(a);
    if (fits) clusters.join(fits, doc, a);
    else joinNamed({ kind: 'person', country: null, name: a.name }, doc, a);
  }
  return clusters;
}

/** The name a merged actor goes by: a country's first; else the fullest, untitled. */
function canonical(c: ActorCluster, docs: ResolverInput[]): string {
  if (c.kind === 'country') {
    const first = docs.flatMap((d) => d.extraction.actors).find((a) => c.members.some((m) => m.key === a.key));
    return first?.name ?? [...c.names][0]!;
  }
  return (
    [...c.names]
      .filter((n) => !opensWithTitle(n))
      .sort(
        (x, y) =>
          nameTokens(y).length - nameTokens(x).length ||
          nonAscii(y) - nonAscii(x) ||
          y.length - x.length ||
          x.localeCompare(y),
      )[0] ?? [...c.names][0]!
  );
}

export function resolveActors(docs: ResolverInput[]): { actors: ResolvedActor[]; idOf: IdOf } {
  const clusters = cluster(docs);
  const names = new Map(clusters.all.map((c) => [c, canonical(c, docs)]));
  const ids = uniqueIds(
    clusters.all,
    (c) => slugify(names.get(c)!) || c.kind,
    (c) => `${c.kind}:${fold(names.get(c)!)}`,
  );
  const actors: ResolvedActor[] = clusters.all.map((c) => {
    const name = names.get(c)!;
    return {
      id: ids.get(c)!,
      name,
      kind: c.kind,
      country: c.kind === 'country' ? (c.countries[0] ?? null) : mostCommon(c.countries),
      title: c.titles.sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null,
      aliases: [...c.names].filter((n) => n !== name).sort(),
      confidence: c.confidence,
      sources: c.sources.sort(bySource),
    };
  });
  const idOf: IdOf = (doc, key) => {
    if (!key) return null;
    const c = clusters.of(doc, key);
    return c ? ids.get(c)! : null;
  };
  return { actors: actors.sort((a, b) => a.id.localeCompare(b.id)), idOf };
}
