/**
 * The claims the reader added (packs and feeds), without sources. The bundled ones come with the engine
 * (src/page/page-engine.ts), which merges these after them (evidence/merge-claims.ts). The page never reads packs or
 * feeds itself: a cheap look at the raw store (added-keys.ts) tells whether there may be any, and only then is the
 * worker asked for them, validated (`claims/added`); most readers add none, and their pages ask nothing.
 */
import type { PageClaim } from '../evidence/page-claims';
import { FEEDS_KEY, installedVersions, mayHoldAdded, PACKS_KEY } from '../storage/added-keys';
import { readRaw, watchStored } from '../storage/read-stored';
import { onAbortQuietly } from './quiet-abort';

/** Asks the worker for the added claims (the `claims/added` message). */
export type AskAdded = () => Promise<PageClaim[]>;

/** Added (pack and feed) claims; none when the store holds none, cannot be read, or the worker cannot answer. */
export async function loadAddedClaims(ask: AskAdded): Promise<PageClaim[]> {
  try {
    const raw = await readRaw([PACKS_KEY, FEEDS_KEY]);
    return mayHoldAdded(raw[PACKS_KEY], raw[FEEDS_KEY]) ? await ask() : [];
  } catch {
    return [];
  }
}

/**
 * Calls `cb` with the new added claims whenever packs change or a feed version is installed or removed (not on a feed's
 * check times or errors), until `signal` aborts.
 */
export function watchAddedClaimsUntil(signal: AbortSignal, ask: AskAdded, cb: (claims: PageClaim[]) => void): void {
  const unwatch = watchStored([PACKS_KEY, FEEDS_KEY], (key, next, prev) => {
    if (key === FEEDS_KEY && installedVersions(next) === installedVersions(prev)) return;
    void loadAddedClaims(ask).then((claims) => {
      if (!signal.aborted) cb(claims);
    });
  });
  onAbortQuietly(signal, unwatch);
}
