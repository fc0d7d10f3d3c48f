/**
 * Every claim Kensho knows at run time: the bundled evidence base first, then the claims the reader added (packs,
 * then feeds: added-claims.ts), merged by the one rule (evidence/merge-claims.ts). Each caller picks the shape it
 * keeps: the content script drops sources (PageClaim, all the engine reads), the worker and extension pages keep them.
 */
import { mergeClaims } from '../evidence/merge-claims';
import { getAddedClaims, watchAddedClaims, type AddedClaim } from './added-claims';

/** Bundled claims, then added claims as `fromAdded` shapes them; a store that cannot be read adds nothing. */
export async function knownClaims<T extends { id: string; disputes: readonly string[] }>(
  bundled: readonly T[],
  fromAdded: (claim: AddedClaim) => T,
): Promise<T[]> {
  return mergeClaims(bundled, (await getAddedClaims()).map(fromAdded));
}

/** Calls `cb` with the new full list whenever packs or installed feeds change; returns the unwatch. */
export function watchKnownClaims<T extends { id: string; disputes: readonly string[] }>(
  bundled: readonly T[],
  fromAdded: (claim: AddedClaim) => T,
  cb: (claims: T[]) => void,
): () => void {
  return watchAddedClaims((added) => cb(mergeClaims(bundled, added.map(fromAdded))));
}
