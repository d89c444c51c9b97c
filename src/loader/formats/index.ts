// The format layer: a raw document's content → the plain text clean() reads (one paragraph per
// line, the shape of a .txt article) and the metadata the format carries outside that text.
import type { DocumentFormat, RawDocument } from '../types.js';
import { fromHtmlDocument } from './html.js';
import { fromMarkdownDocument, type Converted } from './markdown.js';

export type { Converted } from './markdown.js';

const converters: Record<DocumentFormat, (content: string, source: string) => Converted> = {
  txt: (content) => ({ text: content, meta: {} }),
  md: fromMarkdownDocument,
  html: fromHtmlDocument,
};

export function toText(raw: RawDocument): Converted {
  return converters[raw.format](raw.content, raw.sourceName);
}
