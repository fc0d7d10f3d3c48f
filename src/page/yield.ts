/** Cooperative scheduling: work in short slices and give the main thread back between them. */

/** Longest stretch of Kensho work before it yields; well under the 50 ms long-task line. */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Resolves on a later task, letting input and rendering run first (scheduler.yield where the browser has it). */
export function yieldToPage(win: Window & typeof globalThis = globalThis as never): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Tracks one slice of work: `due()` turns true once the slice has used its budget. */
export class Slice {
  private start = performance.now();
  constructor(private readonly budgetMs = SLICE_MS) {}
  /** Starts a fresh slice after an await that already gave the thread back. */
  restart(): void {
    this.start = performance.now();
  }
  due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }
  /** Yields to the page and starts a new slice; resolves false when `signal` aborted meanwhile. */
  async next(signal: AbortSignal, win?: Window & typeof globalThis): Promise<boolean> {
    await yieldToPage(win);
    this.start = performance.now();
    return !signal.aborted;
  }
}
