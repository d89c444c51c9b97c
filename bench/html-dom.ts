// npx tsx --expose-gc bench/html-dom.ts: @mozilla/readability over linkedom and over jsdom on a
// ~100 KB saved news page (bench/news-page.ts), time per page with performance.now(), then the
// loader's whole HTML step (src/loader/formats/html.ts). jsdom is not a dependency; install it for
// the run with `npm install --no-save jsdom@29` (the last major that runs on Node 20).
// Figures and the choice: docs/decisions/005-html-extraction.md.
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fromHtmlDocument } from '../src/loader/formats/html.js';
import { newsPage } from './news-page.js';

const html = newsPage(100_000);
const ROUNDS = Number(process.env['ROUNDS'] ?? 50);

// Readability's own name for a DOM document (the project compiles without the DOM lib).
type Dom = ConstructorParameters<typeof Readability>[0];
type Parse = (html: string) => Dom;
const doms: Array<[string, Parse]> = [['linkedom', (h) => parseHTML(h).document as unknown as Dom]];
try {
  const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: { document: Dom } } };
  doms.push(['jsdom', (h) => new JSDOM(h).window.document]);
} catch {
  console.log('jsdom not installed: npm install --no-save jsdom@29 to compare');
}

// Text that belongs to the page, not the article: none of it may reach the extracted text.
const FURNITURE = ['Podcasts', 'Markets: index', 'Advertisement', 'Related stories', 'harbourwatcher', 'Reply', '__slot', 'Privacy policy'];

function time(fn: () => void): { mean: number; p50: number; max: number } {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { mean: ms.reduce((a, b) => a + b, 0) / ms.length, p50: ms[Math.floor(ms.length / 2)]!, max: ms[ms.length - 1]! };
}

const fmt = (t: { mean: number; p50: number; max: number }) =>
  `mean ${t.mean.toFixed(2).padStart(7)} ms  p50 ${t.p50.toFixed(2).padStart(7)} ms  max ${t.max.toFixed(2).padStart(7)} ms`;

console.log(`page: ${(Buffer.byteLength(html) / 1000).toFixed(1)} KB, ${ROUNDS} rounds after 5 warm-up, node ${process.version}`);
const texts = new Map<string, string>();
for (const [name, parse] of doms) {
  const parseOnly = time(() => parse(html));
  let text = '';
  const withReadability = time(() => {
    const article = new Readability(parse(html)).parse();
    text = article?.textContent ?? '';
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const keep = Array.from({ length: 10 }, () => parse(html));
  gc?.();
  const perDom = (process.memoryUsage().heapUsed - heapBefore) / keep.length / 1e6;
  texts.set(name, text);
  const leaked = FURNITURE.filter((f) => text.includes(f));
  console.log(`${name.padEnd(9)} parse            ${fmt(parseOnly)}`);
  console.log(`${name.padEnd(9)} parse+readability ${fmt(withReadability)}`);
  console.log(
    `${name.padEnd(9)} ${gc ? '' : '~'}${perDom.toFixed(1)} MB heap per parsed page (${keep.length} kept); ` +
      `article text ${text.trim().length} chars; page furniture in it: ${leaked.length ? leaked.join(', ') : 'none'}`,
  );
}

if (texts.size > 1) console.log(`same article text from every DOM: ${new Set(texts.values()).size === 1 ? 'yes' : 'no'}`);

// The loader's step: furniture stripped before Readability, then one line per block.
let lines = '';
const loaderStep = time(() => {
  lines = fromHtmlDocument(html, 'bench.html').text;
});
const leaked = FURNITURE.filter((f) => lines.includes(f));
console.log(`loader    fromHtmlDocument  ${fmt(loaderStep)}`);
console.log(`loader    article text ${lines.length} chars; page furniture in it: ${leaked.length ? leaked.join(', ') : 'none'}`);
