/**
 * The page's side of cooperative scheduling: how long a slice may run and how to give the thread back. The slicing
 * itself is core/steps.ts runSteps, for the matcher's index build and the annotator's scans alike.
 */

/** Longest stretch of Kensho work before it yields; well under the 50 ms long-task line. */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Resolves on a later task, letting input and rendering run first (scheduler.yield where the browser has it). */
export function yieldToPage(win: Window & typeof globalThis = globalThis as never): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
