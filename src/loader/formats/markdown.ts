// Markdown → the plain article text clean() reads, plus the metadata of its YAML front matter.
// The text keeps the shape of a .txt article: one line per paragraph or heading, list items as
// "- item" lines, and no Markdown syntax (emphasis, links, code marks, images, raw HTML).
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseDocument } from 'yaml';
import { DocumentRefused } from '../refused.js';
import type { DocumentMeta } from '../types.js';
import { httpUrl, isoDayOf, listOfNames, oneLine } from './meta.js';

export interface Converted {
  /** Text for clean(): one paragraph, heading or list item per line. */
  text: string;
  /** Metadata found outside the text; wins over what clean() reads from the text. */
  meta: Partial<DocumentMeta>;
}

// "---" on the first line, the YAML, then "---" (or "...") on a line of its own.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const FIELDS = ['title', 'publishedDate', 'author', 'publisher', 'url'] as const;

/** A front matter value as one line of text; a list (several authors) reads "A, B and C". */
function scalar(source: string, key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return oneLine(String(value));
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return listOfNames(value.map((v) => oneLine(v)).filter((v): v is string => v !== null));
  throw new DocumentRefused(
    source,
    `front matter '${key}' must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`,
  );
}

export function frontMatter(content: string, source: string): { meta: Partial<DocumentMeta>; body: string } {
  const m = FRONT_MATTER.exec(content);
  if (!m) return { meta: {}, body: content };
  const doc = parseDocument(m[1] ?? '');
  if (doc.errors.length > 0) {
    throw new DocumentRefused(source, `the front matter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DocumentRefused(source, 'the front matter must be a YAML mapping (key: value lines)');
  }
  const fields = data as Record<string, unknown>;
  const meta: Partial<DocumentMeta> = {};
  for (const key of FIELDS) {
    // `date` is the usual key of static-site generators; `publishedDate` wins when both are given.
    const raw = key === 'publishedDate' ? (fields['publishedDate'] ?? fields['date']) : fields[key];
    const value = scalar(source, key, raw);
    if (value === null) continue;
    if (key === 'publishedDate') {
      const day = isoDayOf(value);
      if (!day) throw new DocumentRefused(source, `front matter publishedDate '${value}' is not a date (YYYY-MM-DD)`);
      meta.publishedDate = day;
    } else if (key === 'url') {
      const url = httpUrl(value);
      if (!url) throw new DocumentRefused(source, `front matter url '${value}' is not an http(s) URL`);
      meta.url = url;
    } else meta[key] = value;
  }
  return { meta, body: content.slice(m[0].length) };
}

// A hard line break inside a paragraph ends the line; soft breaks are spaces.
const HARD_BREAK = '\u2028';

function phrasing(nodes: PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += HARD_BREAK;
        break;
      // Raw HTML, images and footnote marks are not article text.
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) out += phrasing(node.children as PhrasingContent[]);
    }
  }
  return out;
}

function pushLines(out: string[], text: string, marker = ''): void {
  text.split(HARD_BREAK).forEach((part, i) => {
    const line = part.replace(/\s+/g, ' ').trim();
    if (line) out.push((i === 0 ? marker : '') + line);
  });
}

function blocks(nodes: Array<RootContent | Nodes>, out: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        pushLines(out, phrasing(node.children));
        break;
      case 'list':
        node.children.forEach((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          const [first, ...rest] = item.children;
          if (first?.type === 'paragraph') pushLines(out, phrasing(first.children), marker);
          else if (first) blocks([first], out);
          blocks(rest, out);
        });
        break;
      case 'code':
        for (const line of node.value.split('\n')) pushLines(out, line);
        break;
      // Raw HTML blocks (embeds, ad markup), rules and link definitions are not article text.
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break;
      default:
        if ('children' in node) blocks((node as Parents).children as RootContent[], out);
    }
  }
}

/** Plain text lines of a Markdown body (no front matter). */
export function markdownText(body: string): string {
  const out: string[] = [];
  blocks(fromMarkdown(body).children, out);
  return out.join('\n');
}

// The Markdown parser's work grows faster than linearly with block nesting (5,000 nested
// quotes: 46 s, then a stack overflow; lists indented 1,000 deep: 24 s), and articles nest a few
// levels at most. Inline syntax has its own slow cases that no cheap check catches (a 40 KB
// paragraph of `_` runs around one letter: 30 s, then a stack overflow, refused below); a time
// budget needs the conversion off the main thread, which this module does not do yet.
export const MAX_MARKDOWN_DEPTH = 100;

/** An upper-bound guess of block nesting per line: quote markers, plus list indentation in pairs of spaces. */
function estimatedDepth(body: string): number {
  let max = 0;
  for (const line of body.split('\n')) {
    const quotes = /^(?:[ \t]{0,3}>)*/.exec(line)![0];
    const depth =
      (quotes.match(/>/g)?.length ?? 0) +
      Math.floor(/^[ \t]*/.exec(line.slice(quotes.length))![0].replace(/\t/g, '    ').length / 2);
    if (depth > max) max = depth;
  }
  return max;
}

export function fromMarkdownDocument(content: string, source: string): Converted {
  const { meta, body } = frontMatter(content, source);
  if (estimatedDepth(body) > MAX_MARKDOWN_DEPTH) {
    throw new DocumentRefused(source, `the Markdown nests blocks more than ${MAX_MARKDOWN_DEPTH} deep`);
  }
  let text: string;
  try {
    text = markdownText(body);
  } catch (error) {
    if (error instanceof RangeError) throw new DocumentRefused(source, 'the Markdown is too deeply nested to read');
    throw error;
  }
  if (!text.trim())
    throw new DocumentRefused(source, 'the Markdown document has no text besides its front matter', 'empty');
  return { text, meta };
}
