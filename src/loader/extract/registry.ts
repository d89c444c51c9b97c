// The document's actors and the rule for who is who: "Minister Diên" is "Nguyễn Hồng Diên", a
// country named as an adjective makes its actor only when a fact needs it.
import { OFFICIALS } from '../data/officials.js';
import type { OrganizationFound, PersonFound } from '../recognise/actors.js';
import { countryByCode, type CountryFound } from '../recognise/countries.js';
import { noTrace } from '../recognise/recogniser.js';
import { countryKey, type DebugHandler } from '../recognise/sentence.js';
import { fitsName, nameTokens, nonAscii, opensWithBareTitle } from '../identity.js';
import { fold } from '../text.js';
import type { ActorMention, Span } from '../types.js';

/** The document's actors, with the rule for who is who. */
export class ActorRegistry {
  readonly actors = new Map<string, ActorMention>();
  private readonly tokens = new Map<string, string[]>();

  constructor(
    private readonly text: string,
    private readonly debug: DebugHandler = noTrace,
  ) {}

  /** To the trace: the actor, and the passage [start, end) that named it. */
  private report(rule: string, action: 'made' | 'changed', a: ActorMention, start: number, end: number) {
    this.debug(() => ({
      rule,
      action,
      row: a,
      what: `actor ${a.key} "${a.name}"`,
      sentence: { start, text: this.text.slice(start, end) },
    }));
  }

  private span(start: number, end: number): Span {
    return { start, end, quote: this.text.slice(start, end) };
  }

  private addSpan(a: ActorMention, span: Span) {
    if (!a.spans.some((s) => s.start === span.start && s.end === span.end)) a.spans.push(span);
  }

  /** The person a name refers to: the same name folded, or a part of a longer name ("Diên", "Jamieson Greer"). */
  findPerson(name: string): string | null {
    const t = nameTokens(name);
    const exact = [...this.tokens].find(([, pt]) => pt.join(' ') === t.join(' '));
    if (exact) return exact[0];
    const partial = [...this.tokens].filter(([, pt]) => fitsName(t, pt));
    return partial.length === 1 ? partial[0]![0] : null;
  }

  addPerson(p: PersonFound, offset: number): string {
    const key = this.findPerson(p.name) ?? `person:${fold(p.name)}`;
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name: p.name, kind: 'person', country: null, title: null, aliases: [], spans: [], confidence: 0 };
      this.actors.set(key, a);
      this.tokens.set(key, nameTokens(p.name));
      this.report('actors.person', 'made', a, offset + p.index, offset + p.index + p.text.length);
    }
    const t = nameTokens(p.name);
    if (
      t.length > nameTokens(a.name).length ||
      (t.length === nameTokens(a.name).length && nonAscii(p.name) > nonAscii(a.name))
    ) {
      if (!a.aliases.includes(a.name)) a.aliases.push(a.name);
      a.name = p.name;
      this.report('actors.longer-name', 'changed', a, offset + p.index, offset + p.index + p.text.length);
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
      this.report('actors.organization', 'made', a, offset + o.index, offset + o.index + o.text.length);
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
      this.report(
        force ? 'actors.country-for-a-fact' : 'actors.country',
        'made',
        a,
        offset + c.index,
        offset + c.index + c.text.length,
      );
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
        if (!/^\p{Lu}/u.test(n) || opensWithBareTitle(n)) continue;
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
