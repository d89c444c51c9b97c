// npm run bench: loader throughput and API latency on this machine. Figures, not pass/fail:
// compare them before and after a change that touches a hot path.
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.js';
import { openDb } from '../src/db/client.js';
import { clean } from '../src/loader/clean.js';
import { extract } from '../src/loader/extract.js';
import { loadPaths } from '../src/loader/index.js';

const seedsDir = join(import.meta.dirname, '..', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => join(seedsDir, f));
const raws = seeds.map((p) => ({ sourceName: p, format: 'txt' as const, content: readFileSync(p, 'utf8') }));
const bytes = raws.reduce((n, r) => n + Buffer.byteLength(r.content), 0);

function time(label: string, rounds: number, fn: () => void, perRoundBytes?: number) {
  fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  const ms = (performance.now() - t0) / rounds;
  const rate = perRoundBytes ? `  ${((perRoundBytes / 1e6) / (ms / 1000)).toFixed(2)} MB/s` : '';
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms/round${rate}`);
}

time('clean + extract (seeds, in memory)', 50, () => raws.forEach((r) => extract(clean(r))), bytes);

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
time('load seeds into a fresh database', 10, () => {
  const db = openDb(join(dir, `${Math.random()}.db`));
  loadPaths(db, seeds);
  db.$client.close();
}, bytes);

const db = openDb(join(dir, 'api.db'));
loadPaths(db, seeds);
const app = buildApp({ db });
await app.ready();
for (const url of ['/v1/events', '/v1/actors?q=dien', '/v1/tariffs/rate?imposer=US&target=VN&on=2025-05-01', '/v1/events?format=csv']) {
  const n = 300;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await app.inject({ method: 'GET', url });
  console.log(`${`GET ${url}`.padEnd(44)} ${((performance.now() - t0) / n).toFixed(3).padStart(9)} ms/request (inject)`);
}
await app.close();
rmSync(dir, { recursive: true, force: true });
console.log(`heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(1)} MB`);
