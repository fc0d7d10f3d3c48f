/**
 * The page's matcher. The bundled claims' index is compiled at build time and restored once per page (and kept for
 * every strictness and page date: both are options of the matcher's calls, judged by the same policy); a claim list
 * with pack claims is indexed on the page, in slices, with the bundled claims' vocabulary and requirements asked
 * from the background (the content script does not carry them).
 */
import snapshot from 'virtual:kensho/index-snapshot';
import { createMatcherAsync, matcherFromRestored, warmSteps } from '../core/engine';
import { restoreIndexSteps, type RestoredIndex } from '../core/index-snapshot';
import { runSteps, type SliceOptions } from '../core/steps';
import type { Matcher, MatcherOptions } from '../core/types';
import type { Claim } from '../evidence/schema';
import { asIndexedClaims, forMatcher, type ClaimVocabulary, type PageClaim } from '../evidence/page-claims';
import { pageTimings, timedSteps } from './page-timings';

/** Whether `list` is exactly the bundled claims (no pack added any): the build's index then describes it. */
function isBundled(list: readonly PageClaim[], bundled: readonly PageClaim[]): boolean {
  return list.length === bundled.length && list.every((c, i) => c === bundled[i]);
}

/** Runs stepped work in slices (after a first yield); returns its value and its main-thread time (yields left out). */
async function sliced<T>(steps: Generator<unknown, T>, slicing: SliceOptions): Promise<{ value: T; ms: number }> {
  const work = { ms: 0 };
  const value = await runSteps(timedSteps(steps, work), { ...slicing, yieldFirst: true });
  return { value, ms: work.ms };
}

/** Restores the bundled index in slices, recording its main-thread time and its time to ready (page-timings.ts). */
async function restoreTimed(claims: readonly Claim[], slicing: SliceOptions): Promise<RestoredIndex> {
  const t0 = performance.now();
  // The snapshot is a literal of strings that the index reads in place (index-snapshot.ts): nothing to parse.
  const { value, ms } = await sliced(restoreIndexSteps(claims, snapshot, undefined, { policyChecked: true }), slicing);
  Object.assign(pageTimings(), { indexRestoreMs: ms, indexReadyWallMs: performance.now() - t0 });
  return value;
}

/** Warms a restored matcher (engine.ts warmSteps), recording its main-thread time. */
async function warmTimed(matcher: Matcher, claims: readonly PageClaim[], slicing: SliceOptions): Promise<void> {
  // Every step a task of its own (sliceMs 0): together they would be the long task this avoids.
  pageTimings().matcherWarmMs = (await sliced(warmSteps(matcher, claims), { ...slicing, sliceMs: 0 })).ms;
}

/** Returns the page's matcher factory; `slicing` gives the thread back between steps (the page's yield). */
export function pageMatcher(
  bundled: readonly PageClaim[],
  vocabulary: () => Promise<ClaimVocabulary[]>,
  slicing: SliceOptions & { yieldFn: () => Promise<void> },
) {
  let restored: Promise<RestoredIndex> | null = null;
  let warmed: Promise<void> | null = null;
  return async (list: readonly PageClaim[], options: MatcherOptions): Promise<Matcher> => {
    if (!isBundled(list, bundled)) return createMatcherAsync(forMatcher(list, await vocabulary()), options, slicing);
    // In slices like a build (a one-go restore is a long task on a slow machine); a failed one is tried again. No
    // Intl.Segmenter is made ahead (its first use loads ICU data, about 10 ms cold): most pages hold no sentence
    // that could make a claim, and never segment one.
    restored ??= restoreTimed(asIndexedClaims(list), slicing).catch((err: unknown) => {
      restored = null;
      throw err;
    });
    const index = await restored;
    if (slicing.signal?.aborted) throw slicing.signal.reason;
    const matcher = matcherFromRestored(index, options);
    // Once per frame: every matcher over the index shares what the warm-up made (its tables, the compiled code).
    warmed ??= warmTimed(matcher, list, slicing).catch((err: unknown) => {
      warmed = null;
      throw err;
    });
    await warmed;
    return matcher;
  };
}
