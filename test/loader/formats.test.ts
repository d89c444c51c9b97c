// The format layer: Markdown and saved HTML pages reduced to the plain-text shape clean() reads,
// with the metadata each format carries. Every document here is written for these tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/loader/clean.js';
import { extract } from '../../src/loader/extract.js';
import { fromHtmlDocument } from '../../src/loader/formats/html.js';
import { fromMarkdownDocument, markdownText } from '../../src/loader/formats/markdown.js';
import { DocumentRefused } from '../../src/loader/refused.js';
import type { DocumentExtraction, DocumentFormat } from '../../src/loader/types.js';

const articles = join(import.meta.dirname, '..', 'fixtures', 'articles');
const fixture = (name: string) => readFileSync(join(articles, name), 'utf8');

function refusal(fn: () => unknown): DocumentRefused {
  try {
    fn();
  } catch (error) {
    if (error instanceof DocumentRefused) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Markdown: text', () => {
  it('keeps headings and paragraphs as lines, without emphasis, link, code or image syntax', () => {
    const md = [
      '# Seoul and Washington Resume Talks',
      '',
      'Negotiators met in **Seoul** on _June 2, 2025_, [officials said](https://example.org/press).',
      'They spoke for `two hours`. ![a photo](https://example.org/p.jpg)',
      '',
      '## What Comes Next',
      '',
      'A fourth round is planned for July.',
    ].join('\n');
    expect(markdownText(md).split('\n')).toEqual([
      'Seoul and Washington Resume Talks',
      'Negotiators met in Seoul on June 2, 2025, officials said. They spoke for two hours.',
      'What Comes Next',
      'A fourth round is planned for July.',
    ]);
  });

  it('keeps list items as "- item" lines, ordered ones numbered, nested ones on their own lines', () => {
    const md = ['- Steel: 25%', '- Cars: *15%*', '  1. from August', '  2. then lower', '', '3. Rice', '4. Dairy'].join(
      '\n',
    );
    expect(markdownText(md).split('\n')).toEqual([
      '- Steel: 25%',
      '- Cars: 15%',
      '1. from August',
      '2. then lower',
      '3. Rice',
      '4. Dairy',
    ]);
  });

  it('splits a paragraph at hard line breaks, joins soft ones, decodes entities and escapes', () => {
    expect(markdownText('First line  \nsecond line\nsame line &amp; more \\*not emphasis\\*').split('\n')).toEqual([
      'First line',
      'second line same line & more *not emphasis*',
    ]);
  });

  it('drops raw HTML, rules and link definitions', () => {
    const md = [
      'Talks resumed.',
      '',
      '<div class="ad">Advertisement</div>',
      '',
      '---',
      '',
      '[press]: https://example.org',
      '',
      'Talks ended.',
    ].join('\n');
    expect(markdownText(md).split('\n')).toEqual(['Talks resumed.', 'Talks ended.']);
  });
});

describe('Markdown: front matter', () => {
  const md = (front: string, body = 'Negotiators met in Seoul on June 2, 2025.') => `---\n${front}\n---\n${body}\n`;

  it('reads title, publishedDate, author, publisher and url', () => {
    const { meta, text } = fromMarkdownDocument(
      md(
        'title: "Seoul Talks: Day Two"\npublishedDate: 2025-06-03\nauthor: Min-ji Park\npublisher: Example Daily\nurl: https://daily.example/seoul',
      ),
      'seoul.md',
    );
    expect(meta).toEqual({
      title: 'Seoul Talks: Day Two',
      publishedDate: '2025-06-03',
      author: 'Min-ji Park',
      publisher: 'Example Daily',
      url: 'https://daily.example/seoul',
    });
    expect(text).toBe('Negotiators met in Seoul on June 2, 2025.');
  });

  it('accepts `date` for publishedDate, a date-time, and a list of authors', () => {
    const { meta } = fromMarkdownDocument(md('date: 2025-06-03T08:00:00Z\nauthor: [Min-ji Park, Tom Reyes]'), 's.md');
    expect(meta).toEqual({ publishedDate: '2025-06-03', author: 'Min-ji Park and Tom Reyes' });
  });

  it('wins over what the text suggests', () => {
    const content = md(
      'title: Seoul Talks\npublishedDate: 2025-06-03\nauthor: Min-ji Park',
      'Old Headline\n\n- June 1, 2025\n- Somebody Else\n\nNegotiators met in Seoul.',
    );
    const doc = clean({ sourceName: 's.md', format: 'md', content });
    expect([doc.title, doc.publishedDate, doc.author]).toEqual(['Seoul Talks', '2025-06-03', 'Min-ji Park']);
  });

  it('does not take the first paragraph for the title when the front matter gives one', () => {
    const doc = clean({
      sourceName: 's.md',
      format: 'md',
      content: md('title: Seoul Talks', 'Talks Resume In Seoul\n\nNegotiators met in Seoul.'),
    });
    expect(doc.title).toBe('Seoul Talks');
    expect(doc.text).toBe('Talks Resume In Seoul\nNegotiators met in Seoul.');
  });

  it('is optional', () => {
    expect(fromMarkdownDocument('Negotiators met in Seoul.', 's.md')).toEqual({
      text: 'Negotiators met in Seoul.',
      meta: {},
    });
  });

  it.each([
    ['invalid YAML', md('title: [unclosed'), /not valid YAML/],
    ['a list instead of a mapping', md('- title'), /must be a YAML mapping/],
    ['a date that is not one', md('publishedDate: June 3'), /publishedDate 'June 3' is not a date/],
    ['an impossible date', md('publishedDate: 2025-02-30'), /is not a date/],
    ['a URL that is not http(s)', md('url: javascript:alert(1)'), /not an http\(s\) URL/],
    ['a nested title', md('title:\n  text: x'), /'title' must be text/],
    ['nothing besides the front matter', '---\ntitle: Seoul Talks\n---\n\n', /no text besides its front matter/],
    ['quotes nested past any article', `${'>'.repeat(100_000)} Talks resumed.`, /nests blocks more than 100 deep/],
    [
      'lists nested past any article',
      Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      /nests blocks more than 100 deep/,
    ],
  ])('refuses %s', (_, content, reason) => {
    expect(refusal(() => fromMarkdownDocument(content, 's.md')).message).toMatch(reason);
  });
});

describe('HTML: metadata', () => {
  const page = (
    head: string,
    body = '<article><p>Negotiators from both governments met in Seoul on Monday to resume talks on tariffs.</p></article>',
  ) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const meta = (head: string, body?: string) => fromHtmlDocument(page(head, body), 'p.html').meta;

  it('reads a JSON-LD NewsArticle', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Seoul Talks Resume',
      datePublished: '2025-06-03T08:00:00+09:00',
      author: [
        { '@type': 'Person', name: 'Min-ji Park' },
        { '@type': 'Person', name: 'Tom Reyes' },
      ],
      publisher: { '@type': 'Organization', name: 'Example Daily' },
      mainEntityOfPage: { '@id': 'https://daily.example/seoul' },
    };
    expect(
      meta(`<title>Other | Site</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`),
    ).toEqual({
      title: 'Seoul Talks Resume',
      publishedDate: '2025-06-03',
      author: 'Min-ji Park and Tom Reyes',
      publisher: 'Example Daily',
      url: 'https://daily.example/seoul',
    });
  });

  it('reads an author tag listing two people with commas as "A and B", a name with a comma in it as one', () => {
    expect(meta('<meta name="author" content="Anja Roth, Luis Berger">').author).toBe('Anja Roth and Luis Berger');
    expect(meta('<meta name="author" content="Anja Roth, Example Daily staff">').author).toBe(
      'Anja Roth, Example Daily staff',
    );
  });

  it('finds the NewsArticle in a @graph next to other objects, and skips malformed blocks', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebSite', name: 'Example Daily' },
        { '@type': ['ReportageNewsArticle'], headline: 'From The Graph' },
      ],
    };
    expect(
      meta(
        `<script type="application/ld+json">{oops</script><script type="application/ld+json">${JSON.stringify(graph)}</script>`,
      ).title,
    ).toBe('From The Graph');
  });

  it('falls back to meta tags, then the article <time datetime>, then <title> without the site name', () => {
    expect(
      meta(
        '<title>Seoul Talks Resume | Example Daily</title><meta property="article:published_time" content="2025-06-03T01:00:00Z">' +
          '<meta name="author" content="Min-ji Park"><meta property="og:site_name" content="Example Daily"><link rel="canonical" href="https://daily.example/seoul">',
      ),
    ).toEqual({
      title: 'Seoul Talks Resume',
      publishedDate: '2025-06-03',
      author: 'Min-ji Park',
      publisher: 'Example Daily',
      url: 'https://daily.example/seoul',
    });
    const body =
      '<article><time datetime="2025-06-04">June 4</time><p>Negotiators from both governments met in Seoul on Monday to resume talks on tariffs.</p></article>' +
      '<section class="comments"><time datetime="2025-06-09">a reader</time></section>';
    expect(meta('<title>Example Daily - Seoul Talks Resume Again</title>', body)).toEqual({
      title: 'Seoul Talks Resume Again',
      publishedDate: '2025-06-04',
    });
  });

  it('ignores dates and URLs that are not ones', () => {
    expect(
      meta('<meta property="article:published_time" content="yesterday"><link rel="canonical" href="/relative">'),
    ).toEqual({});
  });
});

describe('HTML: article text', () => {
  it('keeps the article and nothing of scripts, navigation, ads, comments, asides or footers', () => {
    const { text } = fromHtmlDocument(fixture('japan-us-fourth-round.html'), 'japan.html');
    for (const furniture of [
      'dataLayer',
      'googletag',
      'Tariff tracker',
      'Switch to a business account',
      'kanto_trader',
      '$95 billion',
      'Related coverage',
      'Privacy',
      'editors: check',
      'Tweet',
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
    expect(text).toContain('Japan exported about $148 billion');
  });

  it('gives one line per paragraph, heading and list item, and splits at <br>', () => {
    const html =
      '<html><body><article><h2>Where Things Stand</h2><p>Negotiators from both governments met in Seoul on Monday.<br>They will meet again.</p>' +
      '<ul><li>Steel: <b>25%</b></li><li>Cars:\n 15%</li></ul><p>Talks on rice and dairy quotas are expected to take longer, officials said on Monday.</p></article></body></html>';
    expect(fromHtmlDocument(html, 'p.html').text.split('\n')).toEqual([
      'Where Things Stand',
      'Negotiators from both governments met in Seoul on Monday.',
      'They will meet again.',
      '- Steel: 25%',
      '- Cars: 15%',
      'Talks on rice and dairy quotas are expected to take longer, officials said on Monday.',
    ]);
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(
      fromHtmlDocument('<p>Negotiators met in Seoul on Monday to resume talks on tariffs.</p>', 'f.html').text,
    ).toBe('Negotiators met in Seoul on Monday to resume talks on tariffs.');
  });

  it('refuses a page nested deeper than any real page, before parsing it when the tags show it', () => {
    const deep = (n: number) =>
      `<html><body>${'<div>'.repeat(n)}<p>Talks resumed in Seoul on Monday.</p>${'</div>'.repeat(n)}</body></html>`;
    const started = performance.now();
    expect(refusal(() => fromHtmlDocument(deep(200_000), 'deep.html')).message).toBe(
      'deep.html: the HTML page nests elements more than 256 deep',
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refusal(() => fromHtmlDocument(deep(300), 'deep.html')).message).toMatch(/more than 256 deep/);
    // Unclosed paragraphs and list items are siblings, not nesting.
    const sloppy = `<html><body><article>${'<p>Talks resumed in Seoul on Monday after a pause of three weeks.'.repeat(2000)}</article></body></html>`;
    expect(fromHtmlDocument(sloppy, 'sloppy.html').text.split('\n')).toHaveLength(2000);
  });

  it('refuses a page of more than 100,000 elements', () => {
    const e = refusal(() =>
      fromHtmlDocument(`<html><body><p>Talks resumed.</p>${'<i></i>'.repeat(100_001)}</body></html>`, 'big.html'),
    );
    expect(e.message).toMatch(/has 100\d{3} elements, over the 100000 limit/);
  });

  it('refuses a page with no article text', () => {
    const e = refusal(() =>
      fromHtmlDocument('<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>', 'empty.html'),
    );
    expect([e.code, e.message]).toEqual(['empty', 'empty.html: no article text found in the HTML page']);
  });
});

describe('the same article as .txt, .md and .html', () => {
  const load = (format: DocumentFormat) => {
    const doc = clean({
      sourceName: `japan.${format}`,
      format,
      content: fixture(`japan-us-fourth-round.${format === 'txt' ? 'txt' : format}`),
    });
    return { doc, x: extract(doc) };
  };
  const txt = load('txt');

  it.each(['md', 'html'] as const)('.%s gives the same text, title, date and author', (format) => {
    const { doc } = load(format);
    expect(doc.text).toBe(txt.doc.text);
    expect([doc.title, doc.publishedDate, doc.author]).toEqual([txt.doc.title, txt.doc.publishedDate, txt.doc.author]);
    // …and what only the richer formats carry.
    expect([doc.publisher, doc.url]).toEqual(['Example Wire', 'https://wire.example/world/japan-us-fourth-round']);
  });

  it.each(['md', 'html'] as const)('.%s gives the same extraction', (format) => {
    const strip = (x: DocumentExtraction) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'spans' ? undefined : v)));
    const { x } = load(format);
    expect(x.events.length + x.tariffs.length + x.tradeStats.length).toBeGreaterThan(3);
    expect(strip(x)).toEqual(strip(txt.x));
  });
});
