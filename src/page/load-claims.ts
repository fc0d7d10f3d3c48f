/**
 * The claims the reader added (packs and feeds), without sources. The bundled ones come with the engine
 * (src/page/page-engine.ts), which merges these after them (evidence/merge-claims.ts); the always-on script only
 * needs to know whether there are any (the probe does not know their keys).
 */
import { withoutSources, type PageClaim } from '../evidence/page-claims';
import { getAddedClaims, watchAddedClaims } from '../storage/added-claims';
import { onAbortQuietly } from './quiet-abort';

/** Added (pack and feed) claims, stripped of their sources like the bundled ones. */
export async function loadAddedClaims(): Promise<PageClaim[]> {
  return (await getAddedClaims()).map(withoutSources);
}

/** Calls `cb` with the new added claims whenever packs or installed feeds change, until `signal` aborts. */
export function watchAddedClaimsUntil(signal: AbortSignal, cb: (claims: PageClaim[]) => void): void {
  onAbortQuietly(
    signal,
    watchAddedClaims((added) => cb(added.map(withoutSources))),
  );
}
