/**
 * The page's matcher. The bundled claims' index is compiled at build time and restored once per page (and kept for
 * every strictness and page date: both are options of the matcher's calls, judged by the same policy); a claim list
 * with pack claims is indexed on the page, in slices, with the bundled claims' vocabulary and requirements asked
 * from the background (the content script does not carry them).
 */
import snapshot from 'virtual:kensho/index-snapshot';
import { createMatcherAsync, matcherFromRestored } from '../core/engine';
import { restoreIndexSteps, type RestoredIndex } from '../core/index-snapshot';
import { runSteps, type SliceOptions } from '../core/steps';
import { segmentBlock } from '../core/segment';
import type { Matcher, MatcherOptions } from '../core/types';
import { asIndexedClaims, forMatcher, type ClaimVocabulary, type PageClaim } from '../evidence/page-claims';

/** Whether `list` is exactly the bundled claims (no pack added any): the build's index then describes it. */
function isBundled(list: readonly PageClaim[], bundled: readonly PageClaim[]): boolean {
  return list.length === bundled.length && list.every((c, i) => c === bundled[i]);
}

/** Returns the page's matcher factory; `slicing` gives the thread back between steps (the page's yield). */
export function pageMatcher(
  bundled: readonly PageClaim[],
  vocabulary: () => Promise<ClaimVocabulary[]>,
  slicing: SliceOptions & { yieldFn: () => Promise<void> },
) {
  let restored: Promise<RestoredIndex> | null = null;
  let segmentersReady = false;
  return async (list: readonly PageClaim[], options: MatcherOptions): Promise<Matcher> => {
    if (!isBundled(list, bundled)) return createMatcherAsync(forMatcher(list, await vocabulary()), options, slicing);
    // In slices like a build (a one-go restore is a long task on a slow machine); a failed one is tried again.
    restored ??= runSteps(restoreIndexSteps(asIndexedClaims(list), snapshot), { ...slicing, yieldFirst: true }).catch(
      (err: unknown) => {
        restored = null;
        throw err;
      },
    );
    const index = await restored;
    if (!segmentersReady) {
      // Intl.Segmenter's first use loads ICU data (about 10 ms cold): a task of its own, not inside the first scan.
      for (const lang of ['en', 'ja'] as const) {
        await slicing.yieldFn();
        segmentBlock('.', lang);
      }
      segmentersReady = true;
    }
    if (slicing.signal?.aborted) throw slicing.signal.reason;
    return matcherFromRestored(index, options);
  };
}
