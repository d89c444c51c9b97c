// A saved news page → the plain article text clean() reads, plus the page's metadata.
//
// The body is found by @mozilla/readability over a linkedom DOM (docs/decisions/005-html-extraction.md).
// Before Readability scores the page, everything that is never article text is removed: scripts,
// styles, embeds, forms, navigation, asides, footers, hidden elements, and blocks whose class or
// id marks them as ads, comments, sharing or newsletter boxes. The article that is left becomes
// one line per paragraph, heading or list item ("- item"), the shape of a .txt article.
//
// Metadata, first found wins: JSON-LD NewsArticle (headline, datePublished, author, publisher,
// url), then <meta> (og:title, article:published_time, author, og:site_name, canonical link),
// then the article's <time datetime>, then <title> without the site name.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DocumentRefused } from '../refused.js';
import type { DocumentMeta } from '../types.js';
import type { Converted } from './markdown.js';
import { httpUrl, isoDayOf, oneLine } from './meta.js';

// linkedom's node types are its own; this module only needs the DOM's common core.
interface El {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentElement: El | null;
  className?: string;
  id?: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  closest(selector: string): El | null;
  remove(): void;
}
interface Doc extends El {
  body: El | null;
  head: El | null;
  title: string;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that never hold article text. */
const NEVER_TEXT = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
].join(',');

// A class or id token naming page furniture: ad slots, comment threads, sharing and newsletter
// boxes, related-story rails. Whole tokens only, so "address" or "header" never match.
const FURNITURE_TOKEN =
  /^(?:ads?|adv|advert\w*|ad[-_]\w+|\w+[-_]ads?|dfp\w*|gpt[-_]\w+|adsbygoogle|sponsor\w*|promo\w*|outbrain\w*|taboola\w*|comments?|comment[-_]\w+|\w+[-_]comments?|disqus\w*|respond|replies|related\w*|recommended\w*|more[-_]stories|newsletter\w*|subscribe\w*|paywall\w*|share|sharing|share[-_]\w+|social\w*|cookie\w*|consent\w*|breadcrumbs?|ticker\w*|site[-_](?:header|footer|nav\w*))$/i;

function isFurniture(el: El): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return tokens.some((t) => FURNITURE_TOKEN.test(t)) || el.getAttribute('itemprop') === 'comment';
}

function stripFurniture(body: El): void {
  for (const el of Array.from(body.querySelectorAll(NEVER_TEXT))) el.remove();
  // Outermost first: removing a comment section removes every comment in it.
  for (const el of Array.from(body.querySelectorAll('[class],[id],[itemprop]'))) {
    if (el.parentElement && isFurniture(el)) el.remove();
  }
}

// ---------- metadata ----------

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
  return oneLine(list.filter((x): x is string => !!x && !/^https?:\/\//.test(x)).join(', '));
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
function timeDatetime(doc: Doc): string | null {
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

function headMeta(doc: Doc): Partial<DocumentMeta> {
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

// ---------- article text ----------

const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'img', 'picture', 'svg', 'button']);

/** One line per block element; list items as "- item"; <br> ends a line. */
function articleLines(root: El): string[] {
  const lines: string[] = [];
  let current = '';
  let marker = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) {
      lines.push(marker + line);
      marker = '';
    }
    current = '';
  };
  const walk = (node: El): void => {
    if (node.nodeType === TEXT) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return; // comments, processing instructions
    const tag = node.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') return flush();
    if (tag === 'td' || tag === 'th') current += ' ';
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'li') marker = '- ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    if (tag === 'li') marker = '';
  };
  walk(root);
  flush();
  return lines;
}

// Parsing and Readability grow faster than linearly with nesting depth (a 2,000-deep chain takes
// Readability seconds; a 100,000-deep one takes the parser seconds and Readability minutes), and
// real pages nest a few dozen deep: refuse beyond these.
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 100_000;

// Elements with no content, and elements a sibling closes implicitly (<p>, <li> … may go
// unclosed): neither deepens the estimate below.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp'.split(
    ' ',
  ),
);

/**
 * An upper-bound guess of the nesting depth from the tags alone, in one linear pass, so a page
 * built to be deep is refused before the parser spends time on it. Unclosed containers only make
 * the guess larger; the exact check runs on the parsed tree.
 */
function estimatedDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (NOT_NESTING.has(tag) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** The deepest element nesting under `root`, walked without recursion. */
function nestingDepth(root: El): number {
  let max = 0;
  const stack: Array<[El, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > MAX_HTML_DEPTH) return max;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT) stack.push([child, depth + 1]);
  }
  return max;
}

/** Wraps a fragment in a document so the DOM has a body (linkedom parses fragments into <html>). */
function asDocument(html: string): string {
  return /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

const tooDeep = (source: string) =>
  new DocumentRefused(source, `the HTML page nests elements more than ${MAX_HTML_DEPTH} deep`);

export function fromHtmlDocument(content: string, source: string): Converted {
  if (estimatedDepth(content) > 4 * MAX_HTML_DEPTH) throw tooDeep(source);
  const { document } = parseHTML(asDocument(content));
  const doc = document as unknown as Doc;
  if (!doc.body) throw new DocumentRefused(source, 'the HTML page has no body');
  if (nestingDepth(doc.body) > MAX_HTML_DEPTH) throw tooDeep(source);
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_HTML_ELEMENTS) {
    throw new DocumentRefused(source, `the HTML page has ${elements} elements, over the ${MAX_HTML_ELEMENTS} limit`);
  }
  const meta = headMeta(doc);
  // The head is read; nothing below needs its scripts, and Readability must not see the body's.
  stripFurniture(doc.body);
  meta.publishedDate ??= timeDatetime(doc);
  let lines: string[];
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (node) => node as unknown as El,
      disableJSONLD: true,
      // Short articles are articles too; Readability then keeps its best candidate.
      charThreshold: 200,
    }).parse();
    lines = article?.content ? articleLines(article.content) : [];
  } catch (error) {
    if (error instanceof RangeError) throw new DocumentRefused(source, 'the HTML page is too deeply nested to read');
    throw error;
  }
  if (lines.length === 0) throw new DocumentRefused(source, 'no article text found in the HTML page', 'empty');
  return { text: lines.join('\n'), meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null)) };
}
