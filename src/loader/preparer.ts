// Runs prepare() (clean + recognise) on a worker thread under a time and memory limit, so a
// crafted document (pathological Markdown, a huge DOM) is refused instead of blocking the
// server's event loop. One worker, one document at a time; a worker stopped over a limit is
// replaced on the next call. Writes stay on the caller's thread, in one transaction.
import { Worker } from 'node:worker_threads';
import type { Prepared } from './prepare.js';
import { DocumentRefused, type RefusalCode } from './refused.js';
import type { RawDocument } from './types.js';

export interface PreparerRequest {
  raw: RawDocument;
}

export type PreparerReply =
  | 'ready'
  | { ok: true; prepared: Prepared }
  | { ok: false; refused: { source: string; reason: string; code: RefusalCode } }
  | { ok: false; message: string };

export interface PreparerOptions {
  /** Longest time one document may take to clean and recognise. */
  timeoutMs?: number;
  /** Heap for the worker; a document needing more is refused. */
  maxHeapMb?: number;
}

/** The worker's module: compiled .js in dist/, TypeScript (through tsx) when run from src/. */
function spawn(maxHeapMb: number): Worker {
  const entry = import.meta.url.endsWith('.ts') ? './worker-dev.mjs' : './worker.js';
  return new Worker(new URL(entry, import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
}

export class Preparer {
  readonly timeoutMs: number;
  readonly maxHeapMb: number;
  private worker: Promise<Worker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: PreparerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxHeapMb = options.maxHeapMb ?? 512;
  }

  /** Cleans and recognises a document; rejects with DocumentRefused when it is refused. */
  prepare(raw: RawDocument): Promise<Prepared> {
    const run = this.queue.then(() => this.run(raw));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await (await worker?.catch(() => undefined))?.terminate();
  }

  /** A started worker, once its modules are loaded: start-up time does not count against a document. */
  private ready(): Promise<Worker> {
    if (this.worker) return this.worker;
    const started = new Promise<Worker>((resolve, reject) => {
      const worker = spawn(this.maxHeapMb);
      worker.unref();
      // However it stops (a limit, a crash, close()), the next document gets a new worker.
      worker.once('exit', () => {
        if (this.worker === started) this.worker = undefined;
        reject(new Error('the preparer worker stopped while starting'));
      });
      worker.once('error', reject);
      worker.once('message', () => {
        worker.off('error', reject);
        resolve(worker);
      });
    });
    this.worker = started;
    return started;
  }

  private async run(raw: RawDocument): Promise<Prepared> {
    const worker = await this.ready();
    return new Promise<Prepared>((resolve, reject) => {
      const tooComplex = (what: string) =>
        new DocumentRefused(
          raw.sourceName,
          `reading it took ${what}; the document is refused as too complex`,
          'too-complex',
        );
      const settle = (done: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        done();
      };
      // Forget the worker now, not on its 'exit': the next document must not be posted to it.
      const discard = () => {
        this.worker = undefined;
        void worker.terminate();
      };
      const onMessage = (reply: PreparerReply) =>
        settle(() => {
          if (reply === 'ready') return reject(new Error('the preparer worker answered out of turn'));
          if (reply.ok) return resolve(reply.prepared);
          if ('refused' in reply)
            return reject(new DocumentRefused(reply.refused.source, reply.refused.reason, reply.refused.code));
          reject(new Error(reply.message));
        });
      const onError = (error: Error & { code?: string }) =>
        settle(() => {
          discard();
          reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex(`more than ${this.maxHeapMb} MB`) : error);
        });
      const onExit = (code: number) =>
        settle(() => {
          reject(new Error(`the preparer worker stopped (exit code ${code})`));
        });
      const timer = setTimeout(
        () =>
          settle(() => {
            discard();
            reject(tooComplex(`longer than ${this.timeoutMs} ms`));
          }),
        this.timeoutMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ raw } satisfies PreparerRequest);
    });
  }
}
