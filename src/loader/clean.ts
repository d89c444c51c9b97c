// clean: raw document → the article body the API serves, with metadata taken from the text
// (title, byline date and author) and page furniture dropped. Offsets everywhere else refer to
// the text this returns. Markdown and HTML are first reduced to plain text by the format layer
// (src/loader/formats/); the metadata they carry wins over what the text suggests, and metadata
// given with the document (a JSON body) wins over both.
import { createHash } from 'node:crypto';
import { toText } from './formats/index.js';
import {
  copyrightYear,
  datelineDate,
  findDateline,
  isFurniture,
  isHeading,
  readHead,
  wireAuthor,
} from './head/index.js';
import { isMenu } from './head/lines.js';
import { slugify } from './text.js';
import { unwrap } from './unwrap.js';
import type { CleanDocument, DocumentMeta, RawDocument } from './types.js';

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

export function documentId(title: string | null, sourceName: string, hash: string): string {
  const base = slugify(title ?? sourceName.replace(/\.[^.]+$/, ''), 8) || 'document';
  return `${base}-${hash.slice(0, 6)}`;
}

const known = (meta: Partial<DocumentMeta> | undefined) =>
  Object.fromEntries(Object.entries(meta ?? {}).filter(([, v]) => v != null)) as Partial<DocumentMeta>;

export function clean(raw: RawDocument): CleanDocument {
  const converted = toText(raw);
  const given = { ...known(converted.meta), ...known(raw.given) };
  const all = unwrap(
    converted.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => (isMenu(l) ? '' : l.replace(/\s+/g, ' ').trim())),
  );
  const lines = all.filter((l) => l.length > 0 && !isFurniture(l));

  const head = readHead(lines, given.title ?? null);
  const meta: DocumentMeta = {
    title: null,
    author: null,
    publishedDate: null,
    publisher: null,
    url: null,
    ...head.meta,
  };
  Object.assign(meta, given);

  const body = lines.flatMap((line, k) =>
    k < head.bodyStart || head.drop.has(k) ? [] : [head.trimmed.get(k) ?? line],
  );
  // (under a standfirst the body keeps, the dateline opens the second line)
  const dateline = findDateline(body);
  if (!meta.publishedDate)
    meta.publishedDate = datelineDate(
      dateline?.said ?? null,
      head.numeric ?? null,
      body.join('\n'),
      copyrightYear(all),
    );
  // Wire credits are furniture, but the first reporter they name is the author.
  if (!meta.author) meta.author = wireAuthor(all);
  const headings: CleanDocument['headings'] = [];
  let text = '';
  for (const line of body) {
    if (text) text += '\n';
    if (isHeading(line)) headings.push({ start: text.length, end: text.length + line.length });
    text += line;
  }
  const hash = contentHash(raw.content);
  return {
    ...meta,
    id: documentId(meta.title, raw.sourceName, hash),
    sourceName: raw.sourceName,
    format: raw.format,
    contentHash: hash,
    text,
    headings,
    dateline: dateline ? { start: dateline.start, end: dateline.start + dateline.length } : null,
  };
}
