/**
 * Stepped work: a builder written as a generator does a small piece of work per `yield`, so the same code can run
 * to completion at once (CLI, tests) or in time slices that give a page's main thread back between them.
 */

/** Runs a stepped builder to completion in one go. */
export function drainSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before giving the thread back (ms). */
  sliceMs?: number;
  /** Resolves on a later task; the default is a zero-delay timer (the page passes scheduler.yield). */
  yieldFn?: () => Promise<void>;
  /** Stops the work between slices (rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Gives the thread back before the first slice too (the caller's own task has already done work). */
  yieldFirst?: boolean;
  now?: () => number;
}

const timerYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a stepped builder in slices of at most about `sliceMs`, yielding between them. */
export async function runSteps<T>(steps: Generator<unknown, T>, opts: SliceOptions = {}): Promise<T> {
  const { sliceMs = 8, yieldFn = timerYield, signal, now = () => performance.now() } = opts;
  if (opts.yieldFirst) {
    await yieldFn();
    signal?.throwIfAborted();
  }
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= sliceMs) {
      await yieldFn();
      signal?.throwIfAborted();
      start = now();
    }
  }
}
