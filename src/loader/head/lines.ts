// What one line of a page is, read on its own: furniture, a heading, a name, a masthead, capitals.
import { recogniseCountries } from '../recognise/countries.js';
import { BODY_NAMES, FURNITURE, TAGLINE_WORDS, anyOf } from './vocabulary.js';

export const isFurniture = (line: string) => FURNITURE.some((re) => re.test(line));

export const words = (line: string) => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A section heading: a short line with no closing punctuation, most words capitalised. */
export function isHeading(line: string): boolean {
  if (line.length > 120 || /[.!?"”:;,]$/.test(line)) return false;
  // A line of figures ("Vietnam: 46% → 20%") is a table's row, not a heading.
  if (/\d\s?%|\d\s+per\s*cent/i.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.6;
}

/** "New Delhi", "Washington": a country or capital written alone, a dateline's place and no author. */
export const isPlace = (line: string) =>
  recogniseCountries(line).some((c) => c.index === 0 && c.text.length === line.length);

// "Daniel Pham", "By Thomas Brennan, China correspondent".
export const NAME_LINE = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s+[^,]{2,60})?$/u;
// "Home › News › Trade", "Business | Trade | Explainer", "Font size: A- A A+ | Print".
export const MASTHEAD =
  /[›»]|^home\s*[>/]|^(?:[^>]{1,30}\s>\s)+[^>]{1,30}$|^font size\b|^(?:[^|·•]{1,30}[|·•]\s*){1,}[^|·•]{1,30}$|^(?:[^/]{1,30}\s\/\s){1,}[^/]{1,30}$/i;
export const BULLET = /^[-–—•*]\s+/;

// A site's menu as a page prints it, before spaces are collapsed: four or more short capitalised
// items apart by runs of spaces ("Markets  Business  Investing  Tech").
const MENU_ITEM = String.raw`\p{Lu}\S*(?: \p{Lu}\S*)?`;
const MENU = new RegExp(String.raw`^\s*(?:${MENU_ITEM}(?:\s{2,}|\t+)){3,}${MENU_ITEM}\s*$`, 'u');
export const isMenu = (raw: string) => MENU.test(raw) && !/[.!?]\s*$/.test(raw);
export const TAGLINE = new RegExp(String.raw`\b${anyOf(TAGLINE_WORDS)}\b`, 'i');
export const BODY_NAME = new RegExp(String.raw`\b${anyOf(BODY_NAMES)}\b`);
// One sentence ending and another starting: a standfirst, not a headline ("U.S. Trade" is neither).
// ("What is in the deal? Your questions answered" is a headline.)
export const SENTENCE_BREAK = /\p{Ll}{2}\.["”’]?\s+\p{Lu}/u;

// "Trump's Trade Deals Are Taking Shape, Slowly. Here's Where They Stand": most longer words capitalised.
export const isTitleCase = (line: string) => {
  // (not a byline: "Oliver Kendrick, Economics Reporter")
  if (NAME_LINE.test(line)) return false;
  const long = line.split(/\s+/).filter((w) => /^[\p{L}’'-]{4,}[.,:;!?]?$/u.test(w));
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.8;
};
export const isCaps = (line: string) => /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
