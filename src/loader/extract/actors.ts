// Stage 1, actors: who is named where, and each sentence's facts with its actors resolved to keys.
// People with longer names are registered first, so short forms ("Diên") attach to them.
import { nameTokens } from '../identity.js';
import { recogniseCountries, type CountryFound } from '../recognise/countries.js';
import { recogniseDates } from '../recognise/dates.js';
import { dayHeadings, lastWritten, writtenOn } from '../recognise/dates/day-headings.js';
import { recogniseMoney } from '../recognise/money.js';
import {
  recogniseOrganizations,
  recognisePeople,
  type OrganizationFound,
  type PersonFound,
} from '../recognise/actors.js';
import { recognisePercents } from '../recognise/percent.js';
import {
  countryKey,
  dateTense,
  tenseOf,
  type ActorRef,
  type DebugHandler,
  type ResolvedSentence,
} from '../recognise/sentence.js';
import { splitSentences, type Sentence } from '../text.js';
import { yearOfText } from '../recognise/dates.js';
import type { CleanDocument } from '../types.js';
import { ActorRegistry } from './registry.js';

export interface SentenceFinds {
  sentence: Sentence;
  people: PersonFound[];
  organizations: OrganizationFound[];
  countries: CountryFound[];
}

/** What the actors stage hands on: the registry, and the one way later stages make a country's actor. */
export interface Actors {
  registry: ActorRegistry;
  /** The country's actor, made (citing this sentence, or the first that names it) when a fact needs it. */
  countryActor(code: string, f: ResolvedSentence): string;
}

/** What the text around a sentence fixes before it is read: the dateline aside, the year of undated dates. */
export interface Reading {
  publishedDate: string | null;
  /** The day a passage was written: its live page's day heading, else the publication day. */
  writtenOn(at: number): string | null;
  year: number | null;
  inDateline(at: number): boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }) =>
  a.index < b.end && b.index < a.end;

/** Who is named where, sentence by sentence. */
export function findNames(sentences: Sentence[], reading: Reading): SentenceFinds[] {
  return sentences.map((sentence) => {
    const people = recognisePeople(sentence.text);
    return {
      sentence,
      people,
      organizations: recogniseOrganizations(sentence.text, people),
      countries: recogniseCountries(sentence.text).filter((c) => !reading.inDateline(sentence.start + c.index)),
    };
  });
}

/** Registers every person, longest names first; returns each mention's key by "sentenceStart:index". */
function registerPeople(registry: ActorRegistry, finds: SentenceFinds[]): Map<string, string> {
  const allPeople = finds
    .flatMap((f) => f.people.map((p) => ({ p, f })))
    .sort(
      (a, b) =>
        nameTokens(b.p.name).length - nameTokens(a.p.name).length ||
        a.f.sentence.start + a.p.index - (b.f.sentence.start + b.p.index),
    );
  const personKeyAt = new Map<string, string>();
  for (const { p, f } of allPeople)
    personKeyAt.set(`${f.sentence.start}:${p.index}`, registry.addPerson(p, f.sentence.start));
  return personKeyAt;
}

/** The people a sentence names, titled or by a name told before ("Greer"). */
function peopleRefs(
  registry: ActorRegistry,
  f: SentenceFinds,
  personKeyAt: Map<string, string>,
  bare: Array<{ key: string; name: string }>,
): ActorRef[] {
  const { sentence } = f;
  const refs: ActorRef[] = [];
  for (const p of f.people) {
    const key = personKeyAt.get(`${sentence.start}:${p.index}`)!;
    refs.push({ key, kind: 'person', country: registry.countryOf(key), index: p.index, end: p.index + p.text.length });
  }
  for (const b of bare) {
    for (const m of sentence.text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(b.name)}(?![\\p{L}])`, 'gu'))) {
      const ref = { index: m.index, end: m.index + b.name.length };
      if (refs.some((r) => overlaps(r, ref))) continue;
      registry.addPerson(
        { index: m.index, text: b.name, nameIndex: m.index, name: b.name, title: null, country: null },
        sentence.start,
      );
      refs.push({ key: b.key, kind: 'person', country: registry.countryOf(b.key), ...ref });
    }
  }
  return refs;
}

function organizationRefs(registry: ActorRegistry, f: SentenceFinds): ActorRef[] {
  const refs: ActorRef[] = [];
  const owners = new Set(f.countries.filter((c) => c.possessive || c.form === 'adjective').map((c) => c.code));
  for (const o of f.organizations) {
    // An organization with no country in its name belongs to the one country its sentence
    // speaks of as owner ("Vietnam’s delegation brought … the Ministry of …", "the Ministry of
    // Commerce said Thai exports …"), not to a partner named plainly ("talks with the United States").
    const owner = owners.size === 1 ? [...owners][0]! : null;
    const key = registry.addOrganization(o, f.sentence.start, owner);
    refs.push({
      key,
      kind: 'organization',
      country: registry.countryOf(key),
      index: o.index,
      end: o.index + o.text.length,
    });
  }
  return refs;
}

function resolveSentence(
  registry: ActorRegistry,
  f: SentenceFinds,
  reading: Reading,
  people: { keyAt: Map<string, string>; bare: Array<{ key: string; name: string }> },
): ResolvedSentence {
  const { sentence } = f;
  const refs = [...peopleRefs(registry, f, people.keyAt, people.bare), ...organizationRefs(registry, f)];
  // Country names inside a person's title or an organization's name are part of that name.
  const countries = f.countries.filter((c) => {
    const inside = refs.some(
      (r) => overlaps(r, { index: c.index, end: c.index + c.text.length }) && r.kind === 'organization',
    );
    if (!inside) registry.addCountry(c, sentence.start);
    return true;
  });
  return {
    start: sentence.start,
    text: sentence.text,
    paragraph: sentence.paragraph,
    tense: tenseOf(sentence.text),
    dates: recogniseDates(
      sentence.text,
      reading.writtenOn(sentence.start),
      (i) => dateTense(sentence.text, i),
      reading.year,
    ).filter((d) => !reading.inDateline(sentence.start + d.index)),
    money: recogniseMoney(sentence.text),
    percents: recognisePercents(sentence.text),
    countries,
    actors: refs.sort((a, b) => a.index - b.index),
  };
}

/** Every sentence's facts, its actors registered and resolved to keys. */
export function resolveActors(text: string, finds: SentenceFinds[], reading: Reading, debug?: DebugHandler) {
  const registry = new ActorRegistry(text, debug);
  const keyAt = registerPeople(registry, finds);
  const people = { keyAt, bare: registry.bareNames() };
  const sentences = finds.map((f) => resolveSentence(registry, f, reading, people));
  return { registry, sentences };
}

/** The way later stages make a country's actor, citing a passage that names it. */
export function actorsOf(registry: ActorRegistry, sentences: readonly ResolvedSentence[]): Actors {
  const ensureCountry = (code: string): string => {
    const key = countryKey(code);
    if (!registry.actors.has(key)) {
      // Named only through a person or organization: cite the first passage that names the country.
      const f = sentences.find((x) => x.countries.some((c) => c.code === code));
      const c = f?.countries.find((x) => x.code === code);
      if (f && c) registry.addCountry(c, f.start, true);
    }
    return key;
  };
  return {
    registry,
    countryActor(code, f) {
      const c = f.countries.find((x) => x.code === code);
      return (c && registry.addCountry(c, f.start, true)) || ensureCountry(code);
    },
  };
}

/** The actors stage: the document's sentences (headings aside), who is named where, each sentence resolved. */
export function actorStage(doc: CleanDocument, debug?: DebugHandler) {
  const sentences = splitSentences(doc.text).filter(
    (s) => !doc.headings.some((h) => s.start >= h.start && s.end <= h.end),
  );
  const headings = dayHeadings(doc.text, doc.publishedDate);
  const reading: Reading = {
    publishedDate: doc.publishedDate,
    writtenOn: writtenOn(headings, doc.publishedDate),
    // Undated documents: their own most-written year dates "May 19–22".
    year: doc.publishedDate ? null : yearOfText(doc.text),
    inDateline: (at) => doc.dateline !== null && at >= doc.dateline.start && at < doc.dateline.end,
  };
  const finds = findNames(sentences, reading);
  const { registry, sentences: resolved } = resolveActors(doc.text, finds, reading, debug);
  // (a live page speaks as of its last day heading: what happened that day has happened)
  const asOf = lastWritten(headings, doc.publishedDate);
  return { actors: actorsOf(registry, resolved), sentences: resolved, finds, year: reading.year, asOf };
}
