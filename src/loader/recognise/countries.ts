// Country mentions by name ("Vietnam", "the U.S."), by adjective ("Vietnamese goods") and by
// capital used for the government ("Washington aims"). Names make country actors; adjectives
// and capitals only tell which side a fact belongs to.
import { COUNTRIES, REGIONS, type CountryEntry } from '../data/countries.js';

export type CountryForm = 'name' | 'adjective' | 'capital';

export interface CountryFound {
  index: number;
  text: string;
  code: string;
  form: CountryForm;
  /** "Vietnam’s delegation": the country owns what follows. */
  possessive: boolean;
}

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
export const countryByCode = (code: string): CountryEntry | undefined => byCode.get(code);

const forms: Array<{ text: string; code: string; form: CountryForm }> = [];
for (const c of COUNTRIES) {
  for (const n of c.names) forms.push({ text: n, code: c.code, form: 'name' });
  for (const a of c.adjectives) if (!c.names.includes(a)) forms.push({ text: a, code: c.code, form: 'adjective' });
  for (const k of c.capitals) forms.push({ text: k, code: c.code, form: 'capital' });
}
// Regions match too (longest first wins), and are then dropped: "Latin America" is not America.
for (const r of REGIONS) forms.push({ text: r, code: '', form: 'name' });
forms.sort((a, b) => b.text.length - a.text.length);
const formOf = new Map(forms.map((f) => [f.text, f]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Case-sensitive on purpose: "US" is a country, "us" is not.
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(${forms.map((f) => escape(f.text)).join('|')})(?![\p{L}\p{N}]|\.[\p{L}])(’s|'s)?`,
  'gu',
);

// A lower-case word, then one capitalised word that is not itself a place or a title word.
const GIVEN_NAME_BEFORE =
  /\b\p{Ll}[\p{L}-]*\s+(?!(?:North|South|East|West|New|Central|Northern|Southern|Eastern|Western|Republic|Kingdom|Greater|Mainland|Neighbouring|Neighboring|Rival)\b)\p{Lu}\p{Ll}+\s+$/u;

export function recogniseCountries(text: string): CountryFound[] {
  const found: CountryFound[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const f = formOf.get(m[1]!)!;
    if (!f.code) continue;
    // "US$15 bn" is money, not the country.
    if (text[m.index + m[1]!.length] === '$') continue;
    // "Washington D.C." is a place, not the government.
    if (f.form === 'capital' && /^,?\s?D\.?C\b/.test(text.slice(m.index + m[1]!.length))) continue;
    // "writer Carla Montenegro": a country's name right after a given name, mid-sentence, is a surname.
    if (f.form === 'name' && GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    found.push({ index: m.index, text: m[1]!, code: f.code, form: f.form, possessive: Boolean(m[2]) });
  }
  return found;
}
