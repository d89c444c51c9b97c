// The thread a Preparer reads documents on (see preparer.ts): one message in, one answer out.
import { parentPort } from 'node:worker_threads';
import { prepare } from './prepare.js';
import { DocumentRefused } from './refused.js';
import type { PreparerReply, PreparerRequest } from './preparer.js';

const port = parentPort;
if (!port) throw new Error('src/loader/worker runs as a worker thread only');

port.on('message', ({ raw }: PreparerRequest) => {
  let reply: PreparerReply;
  try {
    reply = { ok: true, prepared: prepare(raw) };
  } catch (error) {
    reply =
      error instanceof DocumentRefused
        ? { ok: false, refused: { source: error.source, reason: error.reason, code: error.code } }
        : { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
// Warm up before saying ready: the first document read on a new thread would otherwise pay for
// compiling every pattern, and be measured against the time limit for it.
prepare({
  sourceName: 'warm-up.txt',
  format: 'txt',
  content: 'Talks Resume\nThe United States set a 10% tariff on Peruvian goods on May 2, 2025.',
});
port.postMessage('ready' satisfies PreparerReply);
