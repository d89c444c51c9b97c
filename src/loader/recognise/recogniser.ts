// The one shape of every recogniser and refiner, as chrono-node has it: a recogniser reads one
// sentence in the document's context and returns frames, each with the span it read; a refiner
// takes results and returns results. configuration.ts lists them in order.
import type { DebugHandler, DocumentContext, ResolvedSentence } from './sentence.js';

/** What every frame carries: where in its sentence it was read. */
export interface FrameSpan {
  /** Offset inside the sentence. */
  index: number;
  text: string;
}

export interface Recogniser<F extends FrameSpan, C extends DocumentContext = DocumentContext> {
  name: string;
  /** Pure: the same context and sentence give the same frames. */
  recognise(ctx: C, sentence: ResolvedSentence): F[];
}

export interface Refiner<R, C extends DocumentContext = DocumentContext> {
  name: string;
  /** Takes results and returns results; reports what it changed or dropped to `ctx.debug`. */
  refine(ctx: C, results: R): R;
}

/** The trace when none is asked for. */
export const noTrace: DebugHandler = () => {};

/** Runs a recogniser on a sentence, reporting each frame it found to the trace. */
export function run<F extends FrameSpan, C extends DocumentContext>(
  r: Recogniser<F, C>,
  ctx: C,
  s: ResolvedSentence,
): F[] {
  const frames = r.recognise(ctx, s);
  for (const frame of frames)
    ctx.debug(() => ({ rule: r.name, action: 'found', row: frame, what: `"${frame.text}"`, sentence: s }));
  return frames;
}
