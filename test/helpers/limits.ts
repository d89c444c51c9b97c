// Time limits for tests that do real work, derived from that work instead of vitest's 5 s default.
// Measured on the 2-core machine (`npx vitest run` beside two `yes > /dev/null` loops): starting the
// reading worker, which loads the loader's modules through tsx, takes about 1 s idle and up to
// 2 s with both cores busy; reading one article takes well under that.
export const WORKER_START_MS = 2_000;

// A busy CI machine may be slower again than the measurement; a limit is a guard against a hang.
const MARGIN = 5;

/** The limit for a test that starts the reading worker `starts` times and waits `waitMs` on top. */
export function workerLimit(starts: number, waitMs = 0): number {
  return (starts * WORKER_START_MS + waitMs) * MARGIN;
}

// Cleaning and recognising one short generated article: about 6 ms idle, 11 ms with both cores busy.
export const ARTICLE_MS = 20;

/** The limit for a test that reads `articles` short articles in-process. */
export function articleLimit(articles: number): number {
  return articles * ARTICLE_MS * MARGIN;
}

// Loading one news article into a database of a few (read, extract, store, rebuild the merged rows):
// 7 documents took 0.68–0.75 s idle (`loadPaths` on the seeds and test/fixtures/negotiations), about
// 100 ms each; twice that with both cores busy.
export const LOAD_MS = 200;

/** The limit for a test that loads `documents` news articles through the loader into a database. */
export function loadLimit(documents: number): number {
  return documents * LOAD_MS * MARGIN;
}
