// recognise: one cleaned document → everything it states, with every row citing its passages.
// Sentence recognisers find frames; this module resolves, per document, who is who ("Minister
// Diên" is "Nguyễn Hồng Diên") and which frames are further mentions of an event already seen
// ("The virtual meeting…", "this proposal…", "Round 3 of the talks").
import { OFFICIALS } from './data/officials.js';
import { countryByCode, recogniseCountries, type CountryFound } from './recognise/countries.js';
import { isAfter, recogniseDates, yearOfText, type DateFound } from './recognise/dates.js';
import { eventDate, recogniseEvents, roundIsSetting, type EventFrame } from './recognise/events.js';
import { recogniseMoney, sameFigure } from './recognise/money.js';
import {
  recogniseOrganizations,
  recognisePeople,
  type OrganizationFound,
  type PersonFound,
} from './recognise/actors.js';
import { recognisePercents } from './recognise/percent.js';
import {
  countryKey,
  dateTense,
  datesForEvents,
  isHedged,
  sidesOf,
  tenseOf,
  type ActorRef,
  type SentenceFacts,
} from './recognise/sentence.js';
import { recogniseTariffActs, recogniseTariffs, TARIFF_ACT, type TariffFrame } from './recognise/tariffs/index.js';
import { recogniseRowLabels } from './recognise/row-labels.js';
import { continuedFlow, recogniseTradeStats, type TradeStatFrame } from './recognise/trade-stats.js';
import { joinScope } from './recognise/tariffs/index.js';
import { fold, NUMBER_WORDS, splitSentences, type Sentence } from './text.js';
import type {
  ActorMention,
  CleanDocument,
  DatePrecision,
  EventStatus,
  TariffStatus,
  DocumentExtraction,
  EventMention,
  Span,
  TariffMention,
  TariffScope,
  TradeStatMention,
} from './types.js';

interface SentenceFinds {
  sentence: Sentence;
  people: PersonFound[];
  organizations: OrganizationFound[];
  countries: CountryFound[];
}

const tokensOf = (name: string) => fold(name).split(' ').filter(Boolean);
const nonAscii = (s: string) => [...s].filter((ch) => ch.charCodeAt(0) > 127).length;

/** The document's actors, with the rule for who is who. */
class ActorRegistry {
  readonly actors = new Map<string, ActorMention>();
  private readonly tokens = new Map<string, string[]>();

  constructor(private readonly text: string) {}

  private span(start: number, end: number): Span {
    return { start, end, quote: this.text.slice(start, end) };
  }

  private addSpan(a: ActorMention, span: Span) {
    if (!a.spans.some((s) => s.start === span.start && s.end === span.end)) a.spans.push(span);
  }

  /** The person a name refers to: the same name folded, or a part of a longer name ("Diên", "Jamieson Greer"). */
  findPerson(name: string): string | null {
    const t = tokensOf(name);
    const exact = [...this.tokens].find(([, pt]) => pt.join(' ') === t.join(' '));
    if (exact) return exact[0];
    const partial = [...this.tokens].filter(([, pt]) =>
      t.length === 1
        ? pt[0] === t[0] || pt[pt.length - 1] === t[0]
        : t.every((x) => pt.includes(x)) && pt[pt.length - 1] === t[t.length - 1],
    );
    return partial.length === 1 ? partial[0]![0] : null;
  }

  addPerson(p: PersonFound, offset: number): string {
    const key = this.findPerson(p.name) ?? `person:${fold(p.name)}`;
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name: p.name, kind: 'person', country: null, title: null, aliases: [], spans: [], confidence: 0 };
      this.actors.set(key, a);
      this.tokens.set(key, tokensOf(p.name));
    }
    const t = tokensOf(p.name);
    if (
      t.length > tokensOf(a.name).length ||
      (t.length === tokensOf(a.name).length && nonAscii(p.name) > nonAscii(a.name))
    ) {
      if (!a.aliases.includes(a.name)) a.aliases.push(a.name);
      a.name = p.name;
      this.tokens.set(key, t);
    } else if (p.name !== a.name && !a.aliases.includes(p.name)) {
      a.aliases.push(p.name);
    }
    if (p.title && /^\p{Lu}/u.test(p.title) && t.length === 1) {
      // "Minister Diên": how the text names them is an alias worth searching by.
      const head = p.title.split(' ').pop()!;
      const titled = `${head} ${p.name}`;
      if (!a.aliases.includes(titled)) a.aliases.push(titled);
    }
    if (p.title && (!a.title || p.title.length > a.title.length)) a.title = p.title;
    a.country ??= p.country ?? knownCountry(a.name);
    a.confidence = Math.max(a.confidence, p.title ? 0.9 : 0.75);
    this.addSpan(a, this.span(offset + p.index, offset + p.index + p.text.length));
    return key;
  }

  addOrganization(o: OrganizationFound, offset: number, sentenceCountry: string | null): string {
    const byAcronym = o.acronym
      ? [...this.actors.values()].find((a) => a.kind === 'organization' && a.aliases.includes(o.acronym!))
      : undefined;
    const key = byAcronym?.key ?? `org:${fold(o.name)}`;
    let a = this.actors.get(key);
    if (!a) {
      a = {
        key,
        name: o.name,
        kind: 'organization',
        country: null,
        title: null,
        aliases: [],
        spans: [],
        confidence: 0.8,
      };
      this.actors.set(key, a);
    }
    if (o.acronym && !a.aliases.includes(o.acronym)) a.aliases.push(o.acronym);
    a.country ??= o.country ?? sentenceCountry;
    this.addSpan(a, this.span(offset + o.index, offset + o.index + o.text.length));
    return key;
  }

  /** A country named in the text; adjectives and capitals make the actor only when a fact needs it. */
  addCountry(c: CountryFound, offset: number, force = false): string | null {
    const entry = countryByCode(c.code);
    if (!entry || (c.form !== 'name' && !force)) return this.actors.has(countryKey(c.code)) ? countryKey(c.code) : null;
    const key = countryKey(c.code);
    let a = this.actors.get(key);
    if (!a) {
      a = {
        key,
        name: entry.name,
        kind: entry.kind,
        country: c.code,
        title: null,
        aliases: [],
        spans: [],
        confidence: 0.95,
      };
      this.actors.set(key, a);
    }
    if (c.form === 'name' && c.text !== a.name && !a.aliases.includes(c.text)) a.aliases.push(c.text);
    this.addSpan(a, this.span(offset + c.index, offset + c.index + c.text.length));
    return key;
  }

  countryOf(key: string): string | null {
    return this.actors.get(key)?.country ?? null;
  }

  nameOf(key: string): string {
    return this.actors.get(key)?.name ?? key;
  }

  /** Full names and their last words, for finding people mentioned without a title. */
  bareNames(): Array<{ key: string; name: string }> {
    const out: Array<{ key: string; name: string }> = [];
    for (const [key, a] of this.actors) {
      if (a.kind !== 'person') continue;
      const words = a.name.split(/\s+/);
      for (const n of new Set([a.name, ...a.aliases.filter((x) => !/\s/.test(x) || x.split(/\s+/).length > 1)])) {
        if (!/^\p{Lu}/u.test(n) || /^(?:Minister|President|Ambassador|Representative|Secretary)\b/.test(n)) continue;
        out.push({ key, name: n });
      }
      if (words.length > 1 && words[words.length - 1]!.length > 2) out.push({ key, name: words[words.length - 1]! });
    }
    return out.sort((a, b) => b.name.length - a.name.length);
  }
}

const officials = new Map(OFFICIALS.map((o) => [fold(o.name), o]));
// Letters only Vietnamese writes (ơ, ư, đ, and tones on them): a name spelt so is Vietnamese.
const VIETNAMESE = /[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯ]/;

/** A person's country the text leaves implicit: a known official's, or the one their spelling tells. */
function knownCountry(name: string): string | null {
  const o = officials.get(fold(name));
  if (o) return o.country;
  return VIETNAMESE.test(name) ? 'VN' : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }) =>
  a.index < b.end && b.index < a.end;

function insideHeading(doc: CleanDocument, s: Sentence): boolean {
  return doc.headings.some((h) => s.start >= h.start && s.end <= h.end);
}

const RATE_MOVED =
  /\b(?:the|its)\s+(?:[\w-]+\s+)?(?:rate|tariffs?|duty|duties|levy|levies)\s+(?:rose|fell|climbed|jumped|dropped|increased|went\s+up|(?:was|were)\s+(?:raised|increased|cut|lowered|reduced))\s+to\s+$/i;
// Measures beside a country's main rate: a change of the main rate leaves them be.
const SIDE_SCOPES: ReadonlySet<TariffScope> = new Set(['sectoral', 'additional']);

/** Measures are keyed "imposer|target|rate|n", n counting the measures of that rate. */
const rateOfKey = (key: string) => Number(key.split('|')[2]);

/** The tracker row a place in the text belongs to: its label's line, or the line right under it. */
function rowTopics(text: string): (at: number) => SentenceFacts['topic'] {
  const labels = recogniseRowLabels(text);
  if (!labels.length) return () => undefined;
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineOf = (at: number) => {
    let lo = 0;
    for (let hi = lineStarts.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byLine = new Map(labels.map((l) => [lineOf(l.start), l]));
  return (at) => {
    const line = lineOf(at);
    const own = byLine.get(line);
    if (own) return { code: own.code, label: true, rated: own.rated };
    const above = byLine.get(line - 1);
    return above ? { code: above.code, label: false, rated: above.rated } : undefined;
  };
}

/** The two countries the document is mostly about: the default sides of its events. */
function mainPair(finds: SentenceFinds[]): string[] {
  const counts = new Map<string, number>();
  for (const f of finds) for (const c of f.countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([code]) => code)
    .sort();
}

interface OpenEvent {
  mention: EventMention;
  paragraph: number;
  personKeys: Set<string>;
  /** How frames refer back to it: rounds by number, tariff actions by their measure ("act:…" when rateless). */
  tariffKey: string | null;
}

export function extract(doc: CleanDocument): DocumentExtraction {
  const registry = new ActorRegistry(doc.text);
  const sentences = splitSentences(doc.text).filter((s) => !insideHeading(doc, s));
  const inDateline = (at: number) => doc.dateline !== null && at >= doc.dateline.start && at < doc.dateline.end;

  // Pass 1: who is named where. People with longer names first, so short forms attach to them.
  const finds: SentenceFinds[] = sentences.map((sentence) => {
    const people = recognisePeople(sentence.text);
    return {
      sentence,
      people,
      organizations: recogniseOrganizations(sentence.text, people),
      countries: recogniseCountries(sentence.text).filter((c) => !inDateline(sentence.start + c.index)),
    };
  });
  const allPeople = finds
    .flatMap((f) => f.people.map((p) => ({ p, f })))
    .sort(
      (a, b) =>
        tokensOf(b.p.name).length - tokensOf(a.p.name).length ||
        a.f.sentence.start + a.p.index - (b.f.sentence.start + b.p.index),
    );
  const personKeyAt = new Map<string, string>();
  for (const { p, f } of allPeople)
    personKeyAt.set(`${f.sentence.start}:${p.index}`, registry.addPerson(p, f.sentence.start));
  const bare = registry.bareNames();
  const pair = mainPair(finds);
  // Undated documents: their own most-written year dates "May 19–22".
  const textYear = doc.publishedDate ? null : yearOfText(doc.text);
  const topicAt = rowTopics(doc.text);

  // Pass 2: per-sentence facts with actors resolved to keys.
  const facts: SentenceFacts[] = finds.map((f) => {
    const { sentence } = f;
    const refs: ActorRef[] = [];
    for (const p of f.people) {
      const key = personKeyAt.get(`${sentence.start}:${p.index}`)!;
      refs.push({
        key,
        kind: 'person',
        country: registry.countryOf(key),
        index: p.index,
        end: p.index + p.text.length,
      });
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
    const owners = new Set(f.countries.filter((c) => c.possessive || c.form === 'adjective').map((c) => c.code));
    for (const o of f.organizations) {
      // An organization with no country in its name belongs to the one country its sentence
      // speaks of as owner ("Vietnam’s delegation brought … the Ministry of …", "the Ministry of
      // Commerce said Thai exports …"), not to a partner named plainly ("talks with the United States").
      const owner = owners.size === 1 ? [...owners][0]! : null;
      const key = registry.addOrganization(o, sentence.start, owner);
      refs.push({
        key,
        kind: 'organization',
        country: registry.countryOf(key),
        index: o.index,
        end: o.index + o.text.length,
      });
    }
    // Country names inside a person's title or an organization's name are part of that name.
    const countries = f.countries.filter((c) => {
      const inside = refs.some(
        (r) => overlaps(r, { index: c.index, end: c.index + c.text.length }) && r.kind === 'organization',
      );
      if (!inside) registry.addCountry(c, sentence.start);
      return true;
    });
    const tense = tenseOf(sentence.text);
    return {
      start: sentence.start,
      text: sentence.text,
      paragraph: sentence.paragraph,
      publishedDate: doc.publishedDate,
      tense,
      mainPair: pair,
      knownDirection: null,
      dates: recogniseDates(sentence.text, doc.publishedDate, (i) => dateTense(sentence.text, i), textYear).filter(
        (d) => !inDateline(sentence.start + d.index),
      ),
      money: recogniseMoney(sentence.text),
      percents: recognisePercents(sentence.text),
      countries,
      actors: refs.sort((a, b) => a.index - b.index),
      topic: topicAt(sentence.start),
    };
  });

  // The subject the sentence before opens with, within the paragraph or the one before.
  facts.forEach((f, i) => {
    const before = facts[i - 1];
    const subject =
      before && f.paragraph - before.paragraph <= 1
        ? before.countries.find(
            (c) => c.form !== 'adjective' && !c.possessive && /^(?:the\s+)?$/i.test(before.text.slice(0, c.index)),
          )
        : undefined;
    if (subject) f.antecedent = subject.code;
  });

  const countryActor = (code: string, f: SentenceFacts): string => {
    const c = f.countries.find((x) => x.code === code);
    return (c && registry.addCountry(c, f.start, true)) || ensureCountry(code);
  };
  const ensureCountry = (code: string): string => {
    const key = countryKey(code);
    if (!registry.actors.has(key)) {
      // Named only through a person or organization: cite the first passage that names the country.
      const f = facts.find((x) => x.countries.some((c) => c.code === code));
      const c = f?.countries.find((x) => x.code === code);
      if (f && c) registry.addCountry(c, f.start, true);
    }
    return key;
  };
  const sentenceBefore = (f: SentenceFacts): SentenceFacts | undefined => facts[facts.indexOf(f) - 1];
  const sentenceSpan = (f: SentenceFacts): Span => ({ start: f.start, end: f.start + f.text.length, quote: f.text });

  // Pass 3: tariff measures, then events (tariff actions come from the measures), then trade flows.
  const tariffs = new Map<string, TariffMention>();
  const tariffFrames: Array<{ frame: TariffFrame; f: SentenceFacts; key: string }> = [];
  // The direction most of this document's rates run in (zero rates, usually the other side's
  // concession, aside): what a sentence naming no side most likely speaks of.
  const knownDirection = () =>
    majorityDirection(
      [...tariffs.values()].filter((m) => m.ratePercent > 0).map((m) => [m.imposingCountry, m.targetCountry]),
    );
  // Before any measure is stated, the direction the whole document states most ("Indonesia's 19 per
  // cent was announced …" ahead of the sentence that names the US as the imposer).
  const sided = facts
    .flatMap((f) => recogniseTariffs(f))
    .flatMap((t) =>
      t.imposingCountry && t.targetCountry && t.ratePercent > 0
        ? [[t.imposingCountry, t.targetCountry] as [string, string]]
        : [],
    );
  // (the document's own pair first: "India faces a 26 per cent US tariff" in an article on UK-India rates)
  const prior = majorityDirection(
    pair.length === 2 && sided.some(([a, b]) => pair.includes(a) && pair.includes(b))
      ? sided.filter(([a, b]) => pair.includes(a) && pair.includes(b))
      : sided,
  );
  // (an article on many countries' rates: "Indonesia's 19 per cent", "Taiwan's 20 per cent")
  // (who imposes on countries outside the document's pair first, then whose tariffs the headline is
  // about: "Cambodia and Thailand were assigned 49% and 36%" in an article whose pair also trades
  // rates both ways)
  const onOthers = sided.filter(([, b]) => pair.length === 2 && !pair.includes(b));
  const usualImposer =
    majorityDirection(onOthers.map(([a]) => [a, '']))?.[0] ??
    titleImposer(doc.title) ??
    majorityDirection(sided.map(([a]) => [a, '']))?.[0] ??
    null;
  for (const f of facts) {
    for (const frame of recogniseTariffs({
      ...f,
      knownDirection: tariffs.size ? knownDirection() : prior,
      usualImposer,
    })) {
      let key: string | null = null;
      // "the zero tariffs Trump described": a rate this document has already given its sides.
      // ("Trump set out the 30% rate …": the rate given before by the same imposer.)
      const sameRate =
        frame.sidesInferred || frame.refersBack
          ? [...tariffs.keys()].filter(
              (k) =>
                rateOfKey(k) === frame.ratePercent &&
                (frame.sidesInferred || !frame.imposingCountry || k.startsWith(`${frame.imposingCountry}|`)),
            )
          : [];
      // (of its own scope: "Steel shipments are charged a separate 50%" beside the combined 50%)
      const seen =
        joinScope(
          sameRate.map((k) => [k, tariffs.get(k)!.scope]),
          frame.scope,
        ) ?? (frame.scope === 'plain' ? sameRate[0] : undefined);
      if (seen) key = seen;
      else if (frame.imposingCountry && frame.targetCountry && frame.imposingCountry !== frame.targetCountry) {
        const sides = `${frame.imposingCountry}|${frame.targetCountry}|${frame.ratePercent}|`;
        const told = [...tariffs.keys()].filter((k) => k.startsWith(sides));
        // ("Brazilian coffee still paid the 40% levy": a sector paying a definite rate pays the added or
        // sector's one already told; not the main one, which "the 25% tariff on cars" is told apart from)
        const definite = /\b(?:the|this|that|its)\s+$/i.test(f.text.slice(Math.max(0, frame.index - 6), frame.index));
        const scoped = told.filter((k) => tariffs.get(k)!.scope !== 'main');
        key =
          (definite && frame.scope === 'sectoral'
            ? joinScope(
                scoped.map((k) => [k, tariffs.get(k)!.scope]),
                'plain',
              )
            : undefined) ??
          joinScope(
            told.map((k) => [k, tariffs.get(k)!.scope]),
            frame.scope,
          ) ??
          `${sides}${told.length}`;
        // ("a 25% tariff" told first, "the 25% tariff on cars" after: the plain one was the sector's)
        const joined = tariffs.get(key);
        if (joined && joined.scope === 'plain') joined.scope = frame.scope;
      } else {
        // "the 46 percent tariff": a rate already seen in this document, whatever else the sentence names.
        key = [...tariffs.keys()].find((k) => rateOfKey(k) === frame.ratePercent) ?? null;
      }
      if (!key) continue;
      const existing = tariffs.get(key);
      if (existing) {
        existing.spans.push(sentenceSpan(f));
        tariffFrames.push({ frame, f, key });
        // "will bring tariffs down to 15% from 39% … In the meantime, the 39 percent levy remains in
        // force": the report takes back the replacement it seemed to tell.
        if (frame.status === 'in_effect' && REMAINS.test(f.text.slice(frame.index, frame.index + 60))) {
          existing.history = existing.history.filter((h) => h.status !== 'superseded');
        }
        // A later sentence that changes the measure ("took effect", "paused", "replaced") moves it on.
        if (['in_effect', 'paused', 'withdrawn', 'superseded'].includes(frame.status)) {
          existing.status = frame.status;
          const date = frame.status === 'superseded' ? null : (frame.effectiveDate ?? frame.announcedDate);
          addHistory(existing, frame.status, date, frame.datePrecision);
        }
        existing.conditions ??= frame.conditions;
        existing.effectiveDate ??= frame.effectiveDate;
        // "Trump set out the 30% rate in a letter on July 12": a later sentence may date the announcement.
        // ("would remove the tariffs of up to 15% it had imposed in March", whatever it says of them now)
        if ((frame.status === 'announced' || frame.announcedOn) && frame.announcedDate && !existing.announcedDate) {
          existing.announcedDate = frame.announcedDate;
          existing.datePrecision = frame.datePrecision;
          const first = existing.history.find((h) => h.status === 'announced' && !h.date);
          if (first) Object.assign(first, { date: frame.announcedDate, datePrecision: frame.datePrecision });
        }
        continue;
      }
      const m: TariffMention = {
        imposingCountry: frame.imposingCountry!,
        targetCountry: frame.targetCountry!,
        ratePercent: frame.ratePercent,
        scope: frame.scope,
        kind: frame.kind,
        status: frame.status,
        announcedDate: frame.announcedDate,
        datePrecision: frame.announcedDate ? frame.datePrecision : 'unknown',
        effectiveDate: frame.effectiveDate,
        announcedByKey: frame.announcedByKey,
        conditions: frame.conditions,
        history: [],
        spans: [sentenceSpan(f)],
        confidence: frame.hedged ? 0.6 : 0.85,
      };
      if (frame.status === 'superseded') {
        // "down from the 32 percent rate announced in April": the date is the old rate's announcement;
        // the replacement itself dates from this report.
        if (frame.announcedDate) addHistory(m, 'announced', frame.announcedDate, frame.datePrecision);
        addHistory(m, 'superseded', null, 'unknown');
      } else {
        addHistory(
          m,
          frame.status,
          frame.status === 'in_effect' ? (frame.effectiveDate ?? frame.announcedDate) : frame.announcedDate,
          frame.datePrecision,
        );
      }
      // A date it takes effect is history once it has passed; before that it is only a plan.
      if (
        frame.status !== 'in_effect' &&
        frame.effectiveDate &&
        !(doc.publishedDate && isAfter(frame.effectiveDate, doc.publishedDate))
      ) {
        addHistory(m, 'in_effect', frame.effectiveDate, 'day');
      }
      // "imposed a 24% tariff in April, before pausing most of it", "announced on April 2 and paused
      // … on April 9": the later change, dated when the sentence dates it.
      const later = laterChange(f, frame);
      if (later) {
        addHistory(m, later.status, later.date?.start.date ?? null, later.date?.start.precision ?? 'unknown');
        m.status = later.status;
      }
      // "Trump first imposed 25 per cent tariffs … The rate rose to 35 per cent on Aug. 1": the rate it
      // moved from, the last one told between these sides, is left behind.
      if (
        RATE_MOVED.test(f.text.slice(Math.max(0, frame.index - 40), frame.index)) &&
        m.status !== 'superseded' &&
        !SIDE_SCOPES.has(m.scope)
      ) {
        const from = [...tariffs.values()]
          .filter(
            (o) =>
              o.imposingCountry === m.imposingCountry &&
              o.targetCountry === m.targetCountry &&
              !SIDE_SCOPES.has(o.scope) &&
              (o.status === 'announced' || o.status === 'in_effect'),
          )
          .at(-1);
        if (from) {
          from.status = 'superseded';
          addHistory(
            from,
            'superseded',
            frame.effectiveDate ?? frame.announcedDate,
            frame.effectiveDate || frame.announcedDate ? frame.datePrecision : 'unknown',
          );
        }
      }
      countryActor(m.imposingCountry, f);
      countryActor(m.targetCountry, f);
      tariffs.set(key, m);
      tariffFrames.push({ frame, f, key });
    }
  }

  // "Vietnamese goods face 20% … The rate takes effect on August 7": a rate said in the present
  // tense but due on a later day is announced, not in force yet.
  const pub = doc.publishedDate;
  for (const m of tariffs.values()) {
    if (m.status !== 'in_effect' || !pub || !m.effectiveDate || !isAfter(m.effectiveDate, pub)) continue;
    if (m.history.some((h) => h.status === 'in_effect' && h.date && !isAfter(h.date, pub))) continue;
    m.status = 'announced';
    m.history = m.history.filter((h) => h.status !== 'in_effect' || h.date);
    if (!m.history.some((h) => h.status === 'announced'))
      m.history.unshift({ status: 'announced', date: m.announcedDate, datePrecision: m.datePrecision });
  }

  // "Washington paused the tariffs on April 9": a status change with no rate moves the one measure
  // this document holds between those sides.
  for (const f of facts) {
    if (f.percents.length || !/\b(?:tariffs?|duties|levies)\b/i.test(f.text)) continue;
    const change = statusChange(f.text);
    if (!change) continue;
    const sides = sidesOf(f);
    // ("On March 8, China announced 100% tariffs … and 25% tariffs … Those duties have been collected
    // since March 20": the measures the sentence before told.)
    const previous = sentenceBefore(f);
    const those =
      /^(?:Those|These|The)\s+(?:new\s+)?(?:duties|tariffs|levies)\b/.test(f.text) && previous
        ? [...tariffs.values()].filter((m) => m.spans.some((s) => s.start === previous.start))
        : [];
    const measures = those.length
      ? those
      : [...tariffs.values()].filter(
          (m) => sides.includes(m.imposingCountry) || sides.includes(m.targetCountry) || sides.length === 0,
        );
    if (measures.length !== 1 && !those.length) continue;
    const date = f.dates.find((d) => d.start.precision !== 'year');
    for (const m of measures) {
      if (m.spans.some((s) => s.start === f.start)) continue;
      m.spans.push(sentenceSpan(f));
      m.status = change;
      addHistory(m, change, date?.start.date ?? null, date?.start.precision ?? 'unknown');
    }
  }

  const open: OpenEvent[] = [];
  let maxRound = 0;
  const participantsOf = (f: SentenceFacts, roles: Map<string, string> = new Map()) => {
    const out = new Map<string, string>();
    for (const a of f.actors) out.set(a.key, roles.get(a.key) ?? 'participant');
    for (const c of f.countries) {
      // A capital names where, not who ("in Paris"): it makes no party.
      if (c.form === 'capital') continue;
      const key = countryActor(c.code, f);
      if (!out.has(key)) out.set(key, roles.get(key) ?? 'party');
    }
    for (const [k, r] of roles) if (!out.has(k)) out.set(k, r);
    return out;
  };
  const sidesFor = (f: SentenceFacts) => {
    const s = sidesOf(f);
    return (s.length >= 2 ? s.slice(0, 2) : pair).sort();
  };

  /** An act on a tariff, told by sentence `f`: its own event, citing the sentence. */
  const pushTariffAction = (
    f: SentenceFacts,
    a: {
      title: string;
      startDate: string | null;
      datePrecision: DatePrecision;
      status: EventStatus;
      imposer: string;
      target: string;
      identity: string;
      roles: Map<string, string>;
      confidence: number;
      tariffKey: string;
    },
  ) => {
    // The same act told twice in a sentence ("the 30% rate … a 30% tariff") is one event.
    const same = open.find((e) => e.mention.identity === a.identity && e.mention.startDate === a.startDate);
    if (same) {
      if (!same.mention.spans.some((x) => x.start === f.start)) same.mention.spans.push(sentenceSpan(f));
      return;
    }
    open.push({
      mention: {
        type: 'tariff_action',
        title: a.title,
        summary: f.text,
        startDate: a.startDate,
        endDate: null,
        datePrecision: a.datePrecision,
        status: a.status,
        round: null,
        location: null,
        format: null,
        countries: [a.imposer, a.target].sort(),
        identity: a.identity,
        participants: [...participantsOf(f, a.roles)].map(([actorKey, role]) => ({ actorKey, role })),
        spans: [sentenceSpan(f)],
        confidence: a.confidence,
      },
      paragraph: f.paragraph,
      personKeys: new Set(f.actors.filter((x) => x.kind === 'person').map((x) => x.key)),
      tariffKey: a.tariffKey,
    });
  };
  const dayStatus = (date: string, f: SentenceFacts): EventStatus =>
    f.publishedDate && isAfter(date, f.publishedDate) ? 'scheduled' : 'occurred';

  for (const { frame: told, f, key } of tariffFrames) {
    let frame = told;
    const m = tariffs.get(key)!;
    // A tariff action is a dated act on this rate ("announced", "took effect"); a rate proposed,
    // left behind, or only described ("have paid a 10% tariff since April") is not one.
    // "lowered from the 24% announced on 2 April", "would remove the 15% it had imposed in March": the
    // day a sentence gives is the rate's announcement, an act whatever the rate's status is now.
    if (frame.announcedOn && frame.announcedDate) frame = { ...frame, status: 'announced' };
    if (frame.status === 'proposed' || frame.status === 'superseded' || (!frame.announcedDate && !frame.effectiveDate))
      continue;
    // "Since Aug. 7, goods have paid a 20% tariff": the entry into force, told as a state.
    if (!TARIFF_ACT.test(f.text) && !(frame.status === 'in_effect' && frame.effectiveDate)) continue;
    const roles = new Map<string, string>([
      [countryKey(m.imposingCountry), 'imposer'],
      [countryKey(m.targetCountry), 'target'],
    ]);
    if (m.announcedByKey) roles.set(m.announcedByKey, 'announcer');
    const actionDate =
      frame.status === 'in_effect'
        ? (frame.effectiveDate ?? frame.announcedDate)
        : (frame.announcedDate ?? frame.effectiveDate);
    const imposerName = registry.nameOf(countryKey(m.imposingCountry));
    const targetName = registry.nameOf(countryKey(m.targetCountry));
    const act = {
      imposer: m.imposingCountry,
      target: m.targetCountry,
      roles,
      confidence: m.confidence,
      tariffKey: key,
    };
    // The event is what this sentence reports, even when later sentences change the measure's status.
    const verb = {
      announced: 'announces',
      in_effect: 'puts into effect',
      paused: 'pauses',
      withdrawn: 'withdraws',
      superseded: 'replaces',
      proposed: 'proposes',
    }[frame.status];
    pushTariffAction(f, {
      ...act,
      title: `${imposerName} ${verb} ${m.ratePercent}% ${m.kind === 'general' ? '' : `${m.kind.replace(/_/g, ' ')} `}tariff on ${targetName}`,
      startDate: actionDate,
      datePrecision: precisionOf(actionDate),
      status: frame.hedged ? 'unconfirmed' : actionDate ? dayStatus(actionDate, f) : 'occurred',
      // One event per act on the measure: its announcement, its pause, its entry into force.
      identity: `tariff:${m.imposingCountry}>${m.targetCountry}:${m.ratePercent}:${frame.status}`,
    });
    // The sentence's second act on the rate, when it has its own day: "… and paused on April 9".
    const later = laterChange(f, frame);
    const laterDate = later?.date?.start.date;
    if (later && laterDate && laterDate !== actionDate) {
      pushTariffAction(f, {
        ...act,
        title: `${imposerName} ${CHANGE_VERB[later.status] ?? 'changes'} ${m.ratePercent}% tariff on ${targetName}`,
        startDate: laterDate,
        datePrecision: later.date!.start.precision,
        status: dayStatus(laterDate, f),
        identity: `tariff:${m.imposingCountry}>${m.targetCountry}:${m.ratePercent}:${later.status}`,
      });
    }
  }

  // Acts on tariffs with no rate given ("The new duties take effect Aug. 6"): an event, unless the
  // same act on the same day is already one.
  const direction = knownDirection();
  const actVerb = {
    announced: 'announces',
    in_effect: 'puts into effect',
    paused: 'pauses',
    withdrawn: 'lifts',
  } as const;
  for (const f of facts) {
    for (const act of recogniseTariffActs({ ...f, knownDirection: direction }, (i) => eventDate(f, i))) {
      const countries = [act.imposingCountry, act.targetCountry].sort();
      const startDate = act.date.start.date!;
      const same = open.find(
        (e) =>
          e.mention.type === 'tariff_action' &&
          e.mention.startDate === startDate &&
          e.mention.countries.join() === countries.join(),
      );
      if (same) {
        if (!same.mention.spans.some((x) => x.start === f.start)) same.mention.spans.push(sentenceSpan(f));
        continue;
      }
      pushTariffAction(f, {
        title: `${registry.nameOf(countryActor(act.imposingCountry, f))} ${actVerb[act.status]} tariffs on ${registry.nameOf(countryActor(act.targetCountry, f))}`,
        startDate,
        datePrecision: act.date.start.precision,
        status: dayStatus(startDate, f),
        imposer: act.imposingCountry,
        target: act.targetCountry,
        identity: `tariff:${act.imposingCountry}>${act.targetCountry}:${act.status}:${startDate}`,
        roles: new Map([
          [countryKey(act.imposingCountry), 'imposer'],
          [countryKey(act.targetCountry), 'target'],
        ]),
        // No rate: less sure what was acted on than when a rate is named.
        confidence: 0.7,
        // Kept apart from the talks that later sentences may refer back to.
        tariffKey: `act:${act.imposingCountry}>${act.targetCountry}`,
      });
    }
  }

  // News leads with the date ("Canada and Mexico agreed on Thursday …") and tells the event in the
  // next paragraphs without repeating it: their undated meetings, calls and signings take it.
  const lede = facts[0];
  const ledeDate = lede
    ? datesForEvents(lede).filter(
        (d) => d.start.precision === 'day' && !(doc.publishedDate && isAfter(d.start.date!, doc.publishedDate)),
      )
    : [];
  const ledeSides = lede ? new Set(sidesOf(lede)) : new Set<string>();

  // "Trump announced the figure on July 2. He and Tô Lâm spoke by phone that day": the day last named.
  let lastDay: DateFound | null = null;
  // Paragraphs that speak of rounds, so "The fourth was held …" right after is one.
  const roundsSaid = new Set<number>();
  for (const f of facts) {
    const frames = recogniseEvents(f, roundsSaid.has(f.paragraph) || roundsSaid.has(f.paragraph - 1));
    if (/\brounds?\b/i.test(f.text)) roundsSaid.add(f.paragraph);
    if (!frames.length) attachLeaders(f);
    const day = f.dates.filter((d) => d.start.precision === 'day').at(-1) ?? null;
    const sameDay = SAME_DAY.exec(f.text);
    // "concluded on May 6, and … announced the deal after a phone call that evening": the day this
    // sentence names before it.
    const dayBefore = sameDay
      ? f.dates.filter((d) => d.start.precision === 'day' && !d.end && d.index < sameDay.index).at(-1)
      : undefined;
    // "On the same day, the US also signed an agreement with Cambodia and issued statements …": the
    // day of the signing told before, when there is one, for the whole sentence; else the day last named.
    const parallel =
      sameDay && !dayBefore
        ? frames
            .map((fr) =>
              open
                .filter(
                  (e) =>
                    !e.tariffKey &&
                    e.mention.type === fr.type &&
                    e.mention.datePrecision === 'day' &&
                    !e.mention.endDate,
                )
                .at(-1),
            )
            .find(Boolean)
        : undefined;
    const anchor = dayBefore ?? (day ? null : parallel ? toldDay(parallel.mention.startDate!) : lastDay);
    for (const frame of frames) {
      if (!sameDay || !anchor || frame.date) takeFrame(frame, f);
      // Another act on that day ("also signed"), not the one already told.
      else
        takeFrame(
          { ...frame, date: { ...anchor, index: sameDay.index, text: sameDay[0], relative: true } },
          f,
          Boolean(parallel ?? dayBefore),
        );
    }
    // A span ("from 22 to 24 September") is no single day for "that day" to point at.
    if (day && !day.end) lastDay = day;
  }

  /** A date the text gives by reference to another ("that day", "the day before", "at the round"). */
  function toldDay(date: string, precision: DatePrecision = 'day', index = 0, text = date): DateFound {
    return { index, text, start: { date, precision }, end: null, relative: true };
  }

  // "The day before, the ministers held talks", "…came a day after the ministers held talks": a
  // day counted from the event just reported.
  function dayOffset(frame: EventFrame, f: SentenceFacts): EventFrame {
    if (frame.date || frame.definite) return frame;
    const m = DAY_OFFSET.exec(f.text);
    if (!m || m.index > frame.index) return frame;
    // (the day in the sentence, else the last one the paragraph told just before: "On April 2, Trump
    // announced … Two days later, Lam phoned Trump")
    const previous = sentenceBefore(f);
    const told =
      previous?.paragraph === f.paragraph
        ? previous.dates.filter((d) => d.start.precision === 'day').at(-1)?.start.date
        : undefined;
    const anchor =
      f.dates.find((d) => d.start.precision === 'day')?.start.date ??
      told ??
      open.filter((e) => !e.tariffKey && e.mention.datePrecision === 'day').at(-1)?.mention.startDate;
    if (!anchor) return frame;
    const count = m[1]!.toLowerCase();
    const days =
      (['the', 'a', 'one'].includes(count) ? 1 : (NUMBER_WORDS[count] ?? Number(count))) *
      (/^week$/i.test(m[2]!) ? 7 : 1);
    const word = m[3]!.toLowerCase();
    // "A came a day after B": B is the day before A.
    const before =
      word === 'before' ||
      word === 'earlier' ||
      /\bcame\s+$|\bcomes\s+$/i.test(f.text.slice(Math.max(0, m.index - 8), m.index));
    const d = new Date(`${anchor}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (before ? -days : days));
    const date = d.toISOString().slice(0, 10);
    return { ...frame, date: toldDay(date, 'day', m.index, m[0]) };
  }

  function takeFrame(frame: EventFrame, f: SentenceFacts, distinct = false) {
    frame = dayOffset(frame, f);
    // "At the round, the Vietnamese side tabled a revised offer": during the round just told, so in
    // its month when its days lie in one (or on its day).
    const setting =
      roundIsSetting(f.text) && !frame.date
        ? open.filter((e) => e.mention.type === 'negotiation_round' && e.mention.datePrecision === 'day').at(-1)
        : undefined;
    if (setting) {
      const { startDate, endDate } = setting.mention;
      const month = !endDate || endDate.slice(0, 7) === startDate!.slice(0, 7);
      if (month) {
        const single = !endDate || endDate === startDate;
        const date = single ? startDate! : startDate!.slice(0, 7);
        frame = { ...frame, date: toldDay(date, single ? 'day' : 'month', 0, 'the round') };
        distinct = true;
      }
    }
    if (
      !frame.date &&
      f.dates.length === 0 &&
      ledeDate.length === 1 &&
      f !== lede &&
      f.paragraph <= (lede?.paragraph ?? 0) + 1 &&
      ['meeting', 'call', 'agreement', 'statement'].includes(frame.type) &&
      !frame.definite &&
      sidesOf(f).some((c) => ledeSides.has(c))
    ) {
      frame = { ...frame, date: ledeDate[0]! };
    }
    let round = frame.round;
    if (frame.roundRelation === 'next' && maxRound > 0) round = maxRound + 1;
    const personKeys = new Set(f.actors.filter((a) => a.kind === 'person').map((a) => a.key));
    const target = distinct ? null : corefer(frame, round, f, personKeys);
    if (round) maxRound = Math.max(maxRound, round);
    if (target) {
      mergeInto(target, frame, round, f, personKeys);
      return;
    }
    const dated = frame.date?.start.date != null;
    const sides = sidesOf(f);
    // Undated events stand on their own when people are named, or two sides clearly met.
    const strong = frame.type !== 'negotiation_round' && !frame.definite;
    const standalone = strong && ((personKeys.size >= 1 && personKeys.size + sides.length >= 2) || sides.length >= 2);
    if (!dated && !round && !standalone) return;
    // An unnumbered round ("the final round of negotiations was held …") stands only with a date.
    if (frame.type === 'negotiation_round' && !round && !dated) return;
    open.push({ mention: newEvent(frame, round, f), paragraph: f.paragraph, personKeys, tariffKey: null });
  }

  function corefer(
    frame: EventFrame,
    round: number | null,
    f: SentenceFacts,
    personKeys: Set<string>,
  ): OpenEvent | null {
    if (round) {
      const same = open.find((e) => e.mention.round === round);
      if (same) return same;
    }
    if (frame.roundRelation === 'this') {
      return (
        [...open].reverse().find((e) => e.mention.type === 'negotiation_round' && e.mention.status === 'occurred') ??
        null
      );
    }
    const last = open.filter((e) => !e.tariffKey).at(-1);
    if (frame.date?.start.date) {
      // The same day and kind of event; a month is too wide to say so unless the type is the same.
      const same = open.find(
        (e) =>
          e.mention.startDate === frame.date!.start.date &&
          (frame.date!.start.precision === 'day'
            ? compatible(e.mention.type, frame.type)
            : e.mention.type === frame.type),
      );
      if (same) return same;
      // "The talks ran from June 9 to 12": a definite mention dates the undated event just reported.
      if (
        frame.definite &&
        last &&
        !last.mention.startDate &&
        last.paragraph >= f.paragraph - 2 &&
        compatible(last.mention.type, frame.type)
      )
        return last;
      return null;
    }
    if (!last) return null;
    // An undated round number right after a dated, unnumbered meeting in the same paragraph names it.
    if (
      round &&
      last.paragraph === f.paragraph &&
      last.mention.round == null &&
      last.mention.startDate &&
      compatible(last.mention.type, frame.type)
    )
      return last;
    if (frame.definite && last.paragraph >= f.paragraph - 3) {
      if (frame.type === 'proposal' || compatible(last.mention.type, frame.type)) return last;
    }
    // The same people again in the same paragraph: the same event told in more detail.
    if (personKeys.size > 0 && last.paragraph === f.paragraph && [...personKeys].every((k) => last.personKeys.has(k)))
      return last;
    return null;
  }

  function mergeInto(e: OpenEvent, frame: EventFrame, round: number | null, f: SentenceFacts, personKeys: Set<string>) {
    const m = e.mention;
    if (!m.spans.some((s) => s.start === f.start)) m.spans.push(sentenceSpan(f));
    if (round && m.round == null) {
      m.round = round;
      m.type = 'negotiation_round';
      m.title = roundTitle(round, m.countries);
      m.identity = `round:${round}`;
    }
    if (!m.startDate && frame.date?.start.date) {
      m.startDate = frame.date.start.date;
      m.endDate = frame.date.end?.date ?? null;
      m.datePrecision = frame.date.start.precision;
      m.status = frame.status;
    } else if (
      // "wrapped up the round on Thursday … The four-day round, which began on Monday": a span.
      m.startDate &&
      m.datePrecision === 'day' &&
      frame.date?.start.precision === 'day' &&
      !frame.date.end &&
      frame.date.start.date! < m.startDate &&
      BEGAN.test(f.text)
    ) {
      m.endDate ??= m.startDate;
      m.startDate = frame.date.start.date!;
    }
    // "wrapped up the round on Thursday … The round, which ran from Monday to Thursday": the span.
    const span = frame.date?.end?.date;
    if (
      span &&
      m.startDate &&
      !m.endDate &&
      m.datePrecision === 'day' &&
      frame.date!.start.precision === 'day' &&
      frame.date!.start.date! <= m.startDate &&
      span >= m.startDate
    ) {
      m.startDate = frame.date!.start.date!;
      m.endDate = span;
    }
    if (frame.status === 'unconfirmed') m.status = 'unconfirmed';
    m.location ??= frame.location;
    m.format ??= frame.format;
    for (const [actorKey, role] of participantsOf(f)) {
      if (!m.participants.some((p) => p.actorKey === actorKey)) m.participants.push({ actorKey, role });
    }
    for (const k of personKeys) e.personKeys.add(k);
  }

  function newEvent(frame: EventFrame, round: number | null, f: SentenceFacts): EventMention {
    const countries = sidesFor(f);
    const participants = participantsOf(f);
    const people = [...participants.keys()].filter((k) => k.startsWith('person:')).map((k) => registry.nameOf(k));
    const sideNames = countries.map((c) => registry.nameOf(countryKey(c)));
    const between = people.length >= 2 ? people.slice(0, 2) : sideNames;
    const label: Record<string, string> = {
      meeting: frame.format === 'virtual' ? 'Online meeting' : 'Meeting',
      call: 'Phone call',
      agreement: 'Agreement',
      statement: 'Statement',
      proposal: 'Proposal',
      tariff_action: 'Tariff action',
      negotiation_round: 'Negotiation round',
    };
    return {
      type: round ? 'negotiation_round' : frame.type,
      title: round
        ? roundTitle(round, countries)
        : `${label[frame.type]}${between.length ? ` between ${between.join(' and ')}` : ''}`,
      summary: f.text,
      startDate: frame.date?.start.date ?? null,
      endDate: frame.date?.end?.date ?? null,
      datePrecision: frame.date?.start.precision ?? 'unknown',
      status: frame.status,
      round,
      location: frame.location,
      format: frame.format,
      countries,
      identity: round ? `round:${round}` : null,
      participants: [...participants].map(([actorKey, role]) => ({ actorKey, role })),
      spans: [sentenceSpan(f)],
      confidence: frame.date ? (isHedged(f.text) ? 0.6 : 0.85) : 0.6,
    };
  }

  function roundTitle(round: number, countries: string[]): string {
    const sides = countries.map((c) => countryByCode(c)?.name ?? c).join('–');
    return `Round ${round} of ${sides ? `${sides} ` : ''}trade negotiations`;
  }

  // "Led by Minister …, Vietnam’s delegation …": the people who led the last event reported.
  function attachLeaders(f: SentenceFacts) {
    const led = /\b(?:led|headed)\s+by\b/i.exec(f.text);
    const last = open.filter((e) => !e.tariffKey).at(-1);
    if (!led || !last || f.paragraph - last.paragraph > 3) return;
    for (const a of f.actors) {
      if (last.mention.participants.some((p) => p.actorKey === a.key)) continue;
      last.mention.participants.push({
        actorKey: a.key,
        role: a.kind === 'person' && a.index > led.index ? 'lead' : 'participant',
      });
    }
  }

  const stats = new Map<string, TradeStatMention>();
  let lastPeriod: string | null = null;
  let told: { f: SentenceFacts; s: TradeStatFrame } | null = null;
  for (const f of facts) {
    let found = recogniseTradeStats(f, lastPeriod);
    // "… were $40.3 billion last year. In January-October they fell 6.4% to $31.2 billion."
    if (!found.length && told && sentenceBefore(f) === told.f && told.f.paragraph === f.paragraph)
      found = continuedFlow(f, told.s);
    told = found.length ? { f, s: found.at(-1)! } : null;
    for (const s of found) {
      lastPeriod = s.period;
      // Another figure for the same flow and period (customs vs. census) is another row.
      const flow = `${s.exporter}|${s.importer}|${s.period}`;
      const same = [...stats].find(([k, x]) => k.startsWith(`${flow}|`) && sameFigure(x.valueUsd, s.valueUsd));
      const key = same?.[0] ?? `${flow}|${s.valueUsd}`;
      const existing = stats.get(key);
      if (existing) {
        if (!existing.spans.some((x) => x.start === f.start)) existing.spans.push(sentenceSpan(f));
        continue;
      }
      countryActor(s.exporter, f);
      countryActor(s.importer, f);
      stats.set(key, {
        ...s,
        sourceOrganizationKey: s.sourceOrganizationKey,
        spans: [sentenceSpan(f)],
        confidence: 0.85,
      });
    }
  }

  // A side known only through a person's country ("Minister Thành") and never named has no passage
  // to cite, so no actor row: an event lists only the participants it can cite.
  for (const e of open) e.mention.participants = e.mention.participants.filter((p) => registry.actors.has(p.actorKey));
  return {
    actors: [...registry.actors.values()],
    events: open.map((e) => e.mention),
    tariffs: [...tariffs.values()],
    tradeStats: [...stats.values()].map(
      ({ exporter, importer, period, valueUsd, qualifier, sourceOrganizationKey, spans, confidence }) => ({
        exporter,
        importer,
        period,
        valueUsd,
        qualifier,
        sourceOrganizationKey,
        spans,
        confidence,
      }),
    ),
  };
}

/** "Where US tariffs on Asia stand", "Trump slaps 50% tariffs on Brazil": whose tariffs the headline is about. */
function titleImposer(title: string | null): string | null {
  if (!title) return null;
  const owner = recogniseCountries(title).find(
    (c) =>
      c.form !== 'capital' &&
      /^(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:tariffs?|duties|levies)\b/i.test(title.slice(c.index + c.text.length)),
  );
  if (owner) return owner.code;
  // The president who sets them, in the year these talks are about.
  return /\bTrump(?:’s|'s)?\b/.test(title) && /\b(?:tariffs?|duties|levies)\b/i.test(title) ? 'US' : null;
}

const REMAINS =
  /\b(?:remains?|stays?)\s+in\s+(?:force|effect|place)\b|\bstill\s+appl(?:y|ies)\b|\bcontinues?\s+to\s+apply\b/i;

/** [imposer, target] when more than half of the given measures run that way. */
function majorityDirection(pairs: Array<[string, string]>): [string, string] | null {
  const counts = new Map<string, number>();
  for (const [a, b] of pairs) counts.set(`${a}>${b}`, (counts.get(`${a}>${b}`) ?? 0) + 1);
  const [top, n] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [];
  return top && n! * 2 > pairs.length ? (top.split('>') as [string, string]) : null;
}

/** The precision a date string is written at. */
function precisionOf(date: string | null): DatePrecision {
  return date == null ? 'unknown' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

function addHistory(m: TariffMention, status: TariffStatus, date: string | null, datePrecision: DatePrecision) {
  const last = m.history[m.history.length - 1];
  if (last && last.status === status && (last.date === date || date == null)) return;
  // The precision the date is written at, whichever date of the frame it came from.
  m.history.push({
    status,
    date,
    datePrecision: date ? (datePrecision === 'unknown' ? precisionOf(date) : datePrecision) : 'unknown',
  });
}

const STATUS_CHANGES: Array<[TariffStatus, RegExp]> = [
  ['paused', /\b(?:paused|pausing|suspended|suspending|postponed|delayed)\b/i],
  [
    'in_effect',
    /\b(?:took\s+effect|went\s+into\s+(?:effect|force)|came\s+into\s+(?:effect|force)|kicked\s+in|(?:have|has)\s+been\s+(?:collected|applied|charged|levied)\s+since)\b/i,
  ],
  ['withdrawn', /\b(?:withdrew|scrapped|revoked|rescinded|lifted)\b/i],
];

/** The status a sentence reports a tariff moved to, if it plainly says so (past tense, no hedging). */
const CHANGE_VERB: Partial<Record<TariffStatus, string>> = {
  paused: 'pauses',
  in_effect: 'puts into effect',
  withdrawn: 'withdraws',
};

/** A change told after a rate was announced, in the same sentence, with the day it is dated if any. */
function laterChange(f: SentenceFacts, frame: TariffFrame): { status: TariffStatus; date: DateFound | null } | null {
  if (frame.status !== 'announced') return null;
  const from = frame.index + frame.text.length;
  const rest = f.text.slice(from);
  const status = statusChange(rest);
  if (!status) return null;
  const verb = STATUS_CHANGES.find(([s]) => s === status)![1].exec(rest)!;
  const at = from + verb.index;
  // "The 20% is below the 46% that Trump announced and suspended": the change is the nearer rate's.
  if (f.percents.some((q) => q.index > frame.index && q.index < at)) return null;
  const date =
    f.dates.find(
      (d) => d.index > at && d.index - at < 60 && d.start.precision !== 'year' && !/;/.test(f.text.slice(at, d.index)),
    ) ?? null;
  return { status, date };
}

function statusChange(text: string): TariffStatus | null {
  if (isHedged(text) || /\b(?:could|might|may|would|will|if)\b/i.test(text)) return null;
  return STATUS_CHANGES.find(([, re]) => re.test(text))?.[0] ?? null;
}

const BEGAN = /\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s*way)\b/i;
const SAME_DAY = /\b(?:that|the\s+same)\s+(?:day|evening|morning|afternoon|night)\b|\blater\s+that\s+day\b/i;
// ("the day before", "two days later", "a week later")
const DAY_OFFSET = /\b(the|a|one|two|three|four|five|six|\d)\s+(days?|week)\s+(before|after|earlier|later)\b/i;

const GROUPS: Record<string, string> = {
  negotiation_round: 'talks',
  meeting: 'talks',
  call: 'talks',
  proposal: 'talks',
  agreement: 'agreement',
  statement: 'statement',
  tariff_action: 'tariff',
};
function compatible(a: string, b: string): boolean {
  return GROUPS[a] === GROUPS[b];
}
