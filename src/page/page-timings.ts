/**
 * What Kensho's start-up cost this frame, for the e2e budget test (tests/e2e/page-cost.e2e.test.ts), which reads it
 * through the DevTools protocol in the content script's isolated world: pages cannot see that world's globals.
 */

/** Main-thread time of the bundled index's restore (ms, its slices summed) and from its start to ready (wall, ms). */
export interface PageTimings {
  indexRestoreMs?: number;
  indexReadyWallMs?: number;
  /** Main-thread time of the restored matcher's warm-up (ms, its slices summed: core/engine.ts warmSteps). */
  matcherWarmMs?: number;
  /** Main-thread time of the probe over the page's blocks (ms, summed), and whether it fired on any (page-probe.ts). */
  probeMs?: number;
  probeFired?: boolean;
  /** From the content script asking for the engine to engine.js installed in the frame (wall, ms). */
  engineLoadWallMs?: number;
}

/** The global (of the isolated world only) the test reads. */
export const PAGE_TIMINGS_GLOBAL = '__kenshoPageTimings';

/** This frame's timings, made reachable for the test on first use. */
export function pageTimings(scope: object = globalThis): PageTimings {
  const g = scope as Record<string, PageTimings | undefined>;
  return (g[PAGE_TIMINGS_GLOBAL] ??= {});
}

/** The same steps, with the time spent in them (not in the yields between them) added to `into.ms`. */
export function* timedSteps<T>(steps: Generator<unknown, T>, into: { ms: number }): Generator<void, T> {
  for (;;) {
    const t0 = performance.now();
    const r = steps.next();
    into.ms += performance.now() - t0;
    if (r.done) return r.value;
    yield;
  }
}
