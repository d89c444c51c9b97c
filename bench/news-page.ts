// A saved news page of about `targetBytes`, written for the HTML extraction benchmark: head
// metadata and JSON-LD, inline scripts and styles, a navigation bar, ad slots between the
// paragraphs, a related-stories rail and a long reader-comment section around a made-up article.
// Deterministic, so every run measures the same page.

const NAV = ['World', 'Business', 'Markets', 'Trade', 'Technology', 'Climate', 'Opinion', 'Video', 'Podcasts', 'Newsletters'];

const SENTENCES = [
  'Negotiators from the two governments met for a third straight day in the port city, officials said.',
  'The talks centred on duties for processed seafood, auto parts and solar panels.',
  'One delegate described the mood as "businesslike but slow", with both sides waiting for instructions from their capitals.',
  'Exporters on the coast have warned that higher duties would wipe out margins that are already thin.',
  'A spokesperson for the trade ministry declined to say when a text might be ready for signature.',
  'Analysts at a regional bank expect a framework deal before the end of the quarter, but not a full agreement.',
  'Shipping data compiled by the port authority showed container volumes down for a second month.',
  'Farm groups want quotas on dairy and rice kept out of any early harvest package.',
  'The chief negotiator told lawmakers that rules of origin remained the hardest chapter.',
  'Business associations on both sides published a joint letter urging a quick conclusion.',
];

const COMMENTERS = ['harbourwatcher', 'dairy_farmer_77', 'Quiet Economist', 'loggerhead', 'M. Okafor', 'tradeskeptic'];
const COMMENTS = [
  'Typical. They will talk for a year and nothing will change for small exporters.',
  'Rules of origin are the whole game here, glad someone finally said it.',
  'Does anyone know whether the seafood duties apply to frozen or only processed goods?',
  'The port numbers have been bad since spring, this is not news.',
  'I run a parts shop and we have already moved two suppliers. Too late for us.',
];

function paragraph(i: number): string {
  const n = 3 + (i % 3);
  return Array.from({ length: n }, (_, k) => SENTENCES[(i * 7 + k) % SENTENCES.length]).join(' ');
}

function script(i: number): string {
  const body = Array.from({ length: 60 }, (_, k) => `window.__slot${i}_${k}=function(a,b){return (a*${k}+b)%97;};`).join('');
  return `<script>(function(){${body}})();</script>`;
}

export function newsPage(targetBytes = 100_000): string {
  const head = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Port City Talks Drag Into Third Day | Example Harbour Times</title>
<meta property="og:title" content="Port City Talks Drag Into Third Day">
<meta property="article:published_time" content="2025-03-14T08:30:00+07:00">
<meta name="author" content="Lan Pham">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port City Talks Drag Into Third Day","datePublished":"2025-03-14T08:30:00+07:00","author":{"@type":"Person","name":"Lan Pham"},"publisher":{"@type":"Organization","name":"Example Harbour Times"},"url":"https://harbour.example/trade/port-city-talks"}</script>
<style>body{font-family:serif}.ad{min-height:250px}.nav a{padding:4px}</style>
${script(0)}
</head><body>
<header class="site-header"><a class="logo" href="/">Example Harbour Times</a>
<nav class="nav" aria-label="Sections"><ul>${NAV.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
<div class="ticker">Markets: index up 0.4% · Currency steady · Oil lower</div></header>
<main><article class="story">
<h1>Port City Talks Drag Into Third Day</h1>
<p class="byline">By <span class="author">Lan Pham</span> · <time datetime="2025-03-14">March 14, 2025</time></p>
`;
  const tail = `</main>
<footer class="site-footer"><p>© 2025 Example Harbour Times. All rights reserved.</p>
<nav aria-label="Footer"><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></nav></footer>
${script(99)}
</body></html>
`;
  const parts: string[] = [];
  let size = head.length + tail.length;
  let i = 0;
  // Article: paragraphs with an ad slot after every fourth one; then the rail and the comments.
  const article: string[] = [];
  for (; i < 60 && size < targetBytes * 0.45; i++) {
    const p = `<p>${paragraph(i)}</p>\n`;
    article.push(p);
    size += p.length;
    if (i % 4 === 3) {
      const ad = `<div class="ad ad-slot" id="ad-${i}"><span>Advertisement</span>${script(i)}</div>\n`;
      article.push(ad);
      size += ad.length;
    }
  }
  parts.push(...article, '</article>\n');
  const rail = `<aside class="related"><h2>Related stories</h2><ul>${Array.from({ length: 12 }, (_, k) => `<li><a href="/trade/${k}">Story number ${k} about ports and duties</a></li>`).join('')}</ul></aside>\n`;
  parts.push(rail);
  size += rail.length;
  const comments: string[] = ['<section id="comments" class="comments"><h2>Comments</h2><ol>'];
  for (let k = 0; size < targetBytes; k++) {
    const c = `<li class="comment"><div class="comment-author">${COMMENTERS[k % COMMENTERS.length]}</div><p>${COMMENTS[k % COMMENTS.length]}</p><a class="reply" href="#c${k}">Reply</a></li>\n`;
    comments.push(c);
    size += c.length;
  }
  comments.push('</ol></section>\n');
  parts.push(...comments);
  return head + parts.join('') + tail;
}
