// A saved news page → the plain article text clean() reads, plus the page's metadata.
//
// The body is found by @mozilla/readability over a linkedom DOM (docs/decisions/005-html-extraction.md).
// Before Readability scores the page, everything that is never article text is removed: scripts,
// styles, embeds, forms, navigation, asides, footers, hidden elements, and blocks whose class or
// id marks them as ads, comments, sharing or newsletter boxes. The article that is left becomes
// one line per paragraph, heading or list item ("- item"), the shape of a .txt article.
//
// The page's metadata is read in html-meta.ts.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DocumentRefused } from '../refused.js';
import type { Converted } from './markdown.js';
import { ELEMENT, TEXT, type Doc, type El } from './dom.js';
import { headMeta, timeDatetime } from './html-meta.js';

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
