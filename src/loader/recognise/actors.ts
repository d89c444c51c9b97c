// People and organizations named in a sentence, found by the way news text introduces them:
// an office before a capitalised name ("Trade Representative Jamieson L. Greer"), an attribution
// ("said Tran Minh, a textile factory owner"), or an organization's head word ("Census Bureau",
// "Ministry of Industry and Trade"). No list of names: a person nobody listed is still found.
import { COUNTRIES } from '../data/countries.js';
import {
  NOT_NAMES,
  OFFICE_HEADS,
  OFFICE_MODIFIERS,
  ORG_HEADS,
  ORG_LEADING_NOISE,
  PORTFOLIO_WORDS,
} from '../data/actor-words.js';
import { OFFICIALS } from '../data/officials.js';
import { recogniseCountries } from './countries.js';

export interface PersonFound {
  index: number;
  /** The whole mention, title included ("Minister Diên"). */
  text: string;
  /** Where the name itself sits ("Diên"). */
  nameIndex: number;
  name: string;
  title: string | null;
  country: string | null;
}

export interface OrganizationFound {
  index: number;
  text: string;
  name: string;
  acronym: string | null;
  country: string | null;
}

const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives, ...c.capitals]));

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

// "Greer", "Jean-Luc", "Okonjo-Iweala", "O’Brien", an initial "L.".
// ("O'Brien", "MacAulay", "McKenzie"; not "Trump's", a possessive)
const NAME_TOKEN = String.raw`\p{Lu}(?:[\p{Ll}\p{M}]|['’](?!s\b)\p{L}|(?<=\bMa?c)\p{Lu})+(?:-\p{L}(?:[\p{Ll}\p{M}]|['’](?!s\b)\p{L})+)*|\p{Lu}\.`;
const NAME = String.raw`(?:${NAME_TOKEN})(?:\s+(?:(?:van|von|der|den|de|da|del|di|du|la|le|bin|binti|al)\s+)*(?:${NAME_TOKEN})){0,3}`;
const COUNTRY_QUAL = String.raw`(?:(?:${alt([...COUNTRY_WORDS])})(?:’s|'s)?\s+)?`;
const TITLE = String.raw`${COUNTRY_QUAL}(?:(?:${alt(OFFICE_MODIFIERS)})\s+){0,2}(?:${alt(OFFICE_HEADS)})`;
// "Minister of Industry and Trade Nguyễn Hồng Diên": the portfolio and the name run together and
// are split afterwards by PORTFOLIO_WORDS.
const TITLED = new RegExp(
  String.raw`(?<![\p{L}])(${TITLE})((?:\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+(?:and|of|the|&|for)?\s*[\p{Lu}][\p{L}’'-]*)*)?)\s+(${NAME})`,
  'gu',
);
// "Japan's chief trade negotiator Ryosei Akazawa": an office in lower case, owned by a country.
const LOWER_OFFICES = [
  'negotiator',
  'minister',
  'envoy',
  'leader',
  'president',
  'premier',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'representative',
  'secretary',
  'chancellor',
  'commissioner',
  'official',
  'diplomat',
];
const OWNED_OFFICE = new RegExp(
  String.raw`(?<![\p{L}])(${alt([...COUNTRY_WORDS])})(?:’s|'s)?\s+((?:[\p{Ll}-]+\s+){0,3}(?:${LOWER_OFFICES.join('|')}))(?:\s+|,\s+(?=${NAME},))(${NAME})`,
  'gu',
);
// "Canada's Minister of International Trade, Élise Tremblay, held talks": the name in commas.
const TITLED_APPOSITIVE = new RegExp(
  String.raw`(?<![\p{L}])(${TITLE})((?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+(?:and|of|the|&|for)?\s*[\p{Lu}][\p{L}’'-]*)*)?),\s+(${NAME}),`,
  'gu',
);
const ROLE = String.raw`(?:a|an|the)\s+([\p{Ll}][\p{L}\s-]{2,60}?)(?:\s+(?:in|at|of|from|for)\s+([^,.;”"]+))?`;
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:said|says|told\s+\w+|added|noted|explained|according\s+to)\s+(${NAME})(?:,\s+${ROLE}(?=[,.;]|$))?`,
  'gu',
);
const SAID_AFTER = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+${ROLE},\s+(?:said|says|told|added|noted)\b`, 'gu');

const splitTokens = (s: string) => s.split(/\s+/).filter(Boolean);

function countryIn(text: string): string | null {
  return recogniseCountries(text)[0]?.code ?? null;
}

/** The country that owns a title: its own qualifier, else a possessive just before ("Vietnam’s top leader, …"). */
function titleCountry(sentence: string, titleIndex: number, title: string): string | null {
  const own = recogniseCountries(title).find((c) => c.index === 0 || c.possessive);
  if (own) return own.code;
  const before = sentence.slice(Math.max(0, titleIndex - 40), titleIndex);
  const near = recogniseCountries(before).filter((c) => c.possessive || c.form === 'adjective');
  const last = near[near.length - 1];
  if (!last) return null;
  const between = before.slice(last.index + last.text.length).replace(/^(?:’s|'s)/, '');
  // An adjective qualifies only the title right after it ("Chinese President"); a possessive
  // carries over lower-case words ("Vietnam’s top leader, General Secretary …") but not another
  // name ("Indian Prime Minister A and President B").
  if (!last.possessive) return between.trim() === '' ? last.code : null;
  return /\p{Lu}/u.test(between) ? null : last.code;
}

/** Drops trailing possessives and words that cannot belong to a name. */
function trimName(name: string): string {
  let tokens = splitTokens(name.replace(/(?:’s|'s)$/, ''));
  while (
    tokens.length &&
    (NOT_NAMES.has(tokens[tokens.length - 1]!) || COUNTRY_WORDS.has(tokens[tokens.length - 1]!))
  ) {
    tokens = tokens.slice(0, -1);
  }
  return tokens.join(' ');
}

function validName(name: string, minTokens: number): boolean {
  const tokens = splitTokens(name);
  if (tokens.length < minTokens) return false;
  if (tokens.length === 1 && (NOT_NAMES.has(tokens[0]!) || COUNTRY_WORDS.has(tokens[0]!))) return false;
  if (tokens.every((t) => /^\p{Lu}\.$/u.test(t))) return false;
  return !tokens.some((t) => COUNTRY_WORDS.has(t) || t === 'Ministry' || t === 'Office');
}

export function recognisePeople(sentence: string): PersonFound[] {
  const found: PersonFound[] = [];
  const add = (p: PersonFound) => {
    if (found.some((f) => p.nameIndex < f.nameIndex + f.name.length && f.nameIndex < p.nameIndex + p.name.length))
      return;
    found.push(p);
  };
  for (const m of [...sentence.matchAll(TITLED), ...sentence.matchAll(TITLED_APPOSITIVE)]) {
    let title = m[1]!;
    let portfolio = m[2] ?? '';
    let nameText = m[3]!;
    if (portfolio) {
      // Move the tail of "of Industry and Trade Nguyễn Hồng Diên" that is not portfolio into the name.
      const words = splitTokens(`${portfolio} ${nameText}`);
      let k = 0;
      while (k < words.length && PORTFOLIO_WORDS.has(words[k]!.replace(/(?:’s|'s)$/, ''))) k++;
      portfolio = ` ${words.slice(0, k).join(' ')}`;
      nameText = words.slice(k).join(' ');
    }
    const name = trimName(nameText);
    if (!validName(name, 1)) continue;
    title = (title + portfolio).trim();
    const index = m.index;
    const nameIndex = index + m[0].lastIndexOf(nameText);
    const country = titleCountry(sentence, index, title);
    const bareTitle = title.replace(new RegExp(String.raw`^${COUNTRY_QUAL}`, 'u'), '').trim() || title;
    add({ index, text: `${m[0].slice(0, nameIndex - index)}${name}`, nameIndex, name, title: bareTitle, country });
  }
  for (const m of sentence.matchAll(OWNED_OFFICE)) {
    const name = trimName(m[3]!);
    if (!validName(name, 2)) continue;
    const nameIndex = m.index + m[0].lastIndexOf(m[3]!);
    const code = recogniseCountries(m[1]!)[0]?.code ?? null;
    add({
      index: m.index,
      text: sentence.slice(m.index, nameIndex + name.length),
      nameIndex,
      name,
      title: m[2]!,
      country: code,
    });
  }
  for (const re of [SAID_BEFORE, SAID_AFTER]) {
    for (const m of sentence.matchAll(re)) {
      const name = trimName(m[1]!);
      if (!validName(name, 2)) continue;
      const nameIndex = m.index + m[0].indexOf(m[1]!);
      const role = m[2]?.trim() ?? null;
      const place = m[3] ?? null;
      add({ index: nameIndex, text: name, nameIndex, name, title: role, country: place ? countryIn(place) : null });
    }
  }
  for (const k of knownPeople(sentence)) add(k);
  return found.sort((a, b) => a.index - b.index);
}

// Letters without their accents, one for one, so offsets in the folded text are offsets in the
// original ("Tô Lâm" and "To Lam" fold alike).
const foldKeepingLength = (s: string) =>
  [...s]
    .map((ch) => (ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : (ch.normalize('NFD')[0] ?? ch)))
    .join('')
    .toLowerCase();
const KNOWN = OFFICIALS.map((o) => ({ official: o, folded: foldKeepingLength(o.name.replace(/\.$/, '')) }));

/** Officials named with no office before them ("met Xi Jinping and Premier Li Qiang"). */
function knownPeople(sentence: string): PersonFound[] {
  if ([...sentence].length !== sentence.length) return [];
  const folded = foldKeepingLength(sentence);
  const out: PersonFound[] = [];
  for (const { official, folded: name } of KNOWN) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\p{L}/u.test(folded[at - 1] ?? '') || /\p{L}/u.test(folded[end] ?? '')) continue;
      const text = sentence.slice(at, end);
      out.push({ index: at, text, nameIndex: at, name: text, title: null, country: official.country });
    }
  }
  return out;
}

const ORG_WORD = String.raw`[\p{Lu}][\p{L}’'&.-]*`;
// ("Ministry of Investment, Trade and Industry": a list of portfolios is one name)
const PORTFOLIOS = String.raw`(?:(?:,\s+${ORG_WORD}(?:\s+${ORG_WORD})?)+,?\s+and\s+${ORG_WORD}(?:\s+${ORG_WORD})?)?`;
const ORG = new RegExp(
  String.raw`(?<![\p{L}])((?:${ORG_WORD}\s+){0,4}(?:${alt(ORG_HEADS)})(?:\s+(?:of|for|in|on)\s+(?:the\s+)?${ORG_WORD}(?:\s+(?:(?:and|of|for|the|&)\s+)*${ORG_WORD})*${PORTFOLIOS})?)(?:’s|'s)?(?:\s+\(([\p{Lu}]{2,8})\))?`,
  'gu',
);
// "the Federal Council on Thursday": the day it acted is no part of its name.
const ON_A_DAY =
  /\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b.*$/;
// "the Office of the U.S. Trade Representative and the Commerce Department": two bodies.
const AND_THE = /\s+and\s+the\s+(?=\p{Lu})/u;
export function recogniseOrganizations(sentence: string, people: PersonFound[] = []): OrganizationFound[] {
  const found: OrganizationFound[] = [];
  for (const m of sentence.matchAll(ORG)) {
    let tokens = splitTokens(m[1]!);
    let lead = 0;
    let owner: string | null = null;
    // "Vietnam’s Ministry of …": the possessive names the owner, not part of the name.
    while (tokens.length && (ORG_LEADING_NOISE.has(tokens[0]!) || /(?:’s|'s)$/.test(tokens[0]!))) {
      if (/(?:’s|'s)$/.test(tokens[0]!)) owner = countryIn(tokens[0]!) ?? owner;
      lead += tokens[0]!.length + 1;
      tokens = tokens.slice(1);
    }
    let name = tokens
      .join(' ')
      .replace(/(?:’s|'s)$/, '')
      .replace(/[.,]$/, '')
      .replace(ON_A_DAY, '');
    // (not "the Ministry of Trade, Japan and Korea": countries are no portfolios)
    const comma = name.indexOf(',');
    if (comma > 0 && recogniseCountries(name.slice(comma)).length) name = name.slice(0, comma);
    const second = AND_THE.exec(name);
    if (second) {
      const at = m.index + lead + second.index + second[0].length;
      const shifted = people.map((x) => ({ ...x, index: x.index - at, nameIndex: x.nameIndex - at }));
      found.push(...recogniseOrganizations(sentence.slice(at), shifted).map((o) => ({ ...o, index: o.index + at })));
      name = name.slice(0, second.index);
      tokens = splitTokens(name);
    }
    // "… Commission in Canberra": where it meets is not part of its name ("Embassy in the US" is).
    const place = /\s+in\s+(?:the\s+)?([\p{Lu}][\p{L} .-]*)$/u.exec(name);
    if (place && !recogniseCountries(place[1]!).some((c) => c.form === 'name')) name = name.slice(0, place.index);
    if (tokens.length < 2) continue;
    const index = m.index + lead;
    // An office title is not an organization ("Minister of Industry and Trade Nguyễn …").
    if (people.some((p) => index < p.nameIndex + p.name.length && p.index < index + name.length)) continue;
    // Nor is a country that happens to end in a head word.
    if (COUNTRIES.some((c) => c.names.includes(name))) continue;
    found.push({ index, text: name, name, acronym: m[2] ?? null, country: countryIn(name) ?? owner });
  }
  return found.sort((a, b) => a.index - b.index);
}
