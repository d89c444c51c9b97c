// A saved page's metadata, first found wins: JSON-LD NewsArticle (headline, datePublished, author,
// publisher, url), then <meta> (og:title, article:published_time, author, og:site_name, canonical
// link), then the article's <time datetime>, then <title> without the site name.
import type { DocumentMeta } from '../types.js';
import type { Doc } from './dom.js';
import { httpUrl, isoDayOf, listOfNames, oneLine } from './meta.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the page's JSON-LD blocks, @graph members included. */
function jsonLdObjects(doc: Doc): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block is ignored; the rest of the page still has metadata.
    }
  }
  return out;
}

const typesOf = (o: Json) => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/** The page's NewsArticle (or, failing one, Article / BlogPosting / Report) JSON-LD object. */
function jsonLdArticle(doc: Doc): Json | undefined {
  const objects = jsonLdObjects(doc);
  return (
    objects.find((o) => typesOf(o).some((t) => /NewsArticle$/.test(t))) ??
    objects.find((o) => typesOf(o).some((t) => /^(?:Article|BlogPosting|Report)$/.test(t)))
  );
}

/** A name from a JSON-LD value: "Ann", {name: "Ann"}, or a list of those (joined with commas). */
function names(v: unknown): string | null {
  const list = [v]
    .flat()
    .map((x) => (typeof x === 'string' ? x : isObject(x) && typeof x['name'] === 'string' ? x['name'] : null));
  const found = list.filter((x): x is string => !!x && !/^https?:\/\//.test(x)).flatMap(splitNames);
  return listOfNames(found.map((x) => oneLine(x)).filter((x): x is string => !!x));
}

// ("Anna Meier, Luca Bernasconi" in one author tag: two people, each a name of two to four words)
const ONE_NAME = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;
function splitNames(value: string): string[] {
  const parts = value.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return parts.length > 1 && parts.every((x) => ONE_NAME.test(x.trim())) ? parts : [value];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? oneLine(v) : null);

function metaContent(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"],meta[name="${key}"],meta[itemprop="${key}"]`);
    const value = oneLine(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** "Headline | Site name" → "Headline": the longest part between title separators. */
function pageTitle(title: string | null | undefined): string | null {
  const line = oneLine(title);
  if (!line) return null;
  const parts = line.split(/\s+[|–—·•»:]\s+|\s+-\s+/).filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || line;
}

/** The article's own <time datetime>, else the first one outside furniture (call after stripping). */
export function timeDatetime(doc: Doc): string | null {
  const times = [
    ...Array.from(doc.querySelectorAll('article time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ];
  for (const t of times) {
    const day = isoDayOf(t.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

export function headMeta(doc: Doc): Partial<DocumentMeta> {
  const ld = jsonLdArticle(doc) ?? {};
  const mainEntity = ld['mainEntityOfPage'];
  const ldUrl =
    str(ld['url']) ?? (isObject(mainEntity) ? (str(mainEntity['@id']) ?? str(mainEntity['url'])) : str(mainEntity));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title:
      str(ld['headline']) ?? str(ld['name']) ?? metaContent(doc, 'og:title', 'twitter:title') ?? pageTitle(doc.title),
    publishedDate:
      isoDayOf(str(ld['datePublished'])) ??
      isoDayOf(metaContent(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')) ??
      isoDayOf(str(ld['dateCreated'])),
    author: names(ld['author']) ?? names(metaContent(doc, 'author', 'article:author')),
    publisher: names(ld['publisher']) ?? metaContent(doc, 'og:site_name'),
    url: httpUrl(ldUrl) ?? httpUrl(canonical) ?? httpUrl(metaContent(doc, 'og:url')),
  };
}
