/**
 * The one way Kensho's runtime gathers the claims it knows: the bundled evidence base first, then the reader's
 * enabled packs (and, when they come, subscribed feeds), merged by the one rule (evidence/merge-claims.ts). Each
 * caller picks the shape it keeps: the content script drops sources (PageClaim, all the engine reads), the worker
 * and the extension pages keep them.
 */
import { mergeClaims } from '../evidence/merge-claims';
import type { Claim } from '../evidence/schema';
import { getEnabledPackClaims, watchPacks } from './packs';

/** Bundled claims, then enabled pack claims as `fromPack` shapes them; packs that cannot be read are left out. */
export async function knownClaims<T extends { id: string }>(bundled: readonly T[], fromPack: (claim: Claim) => T): Promise<T[]> {
  const packs = await getEnabledPackClaims().catch(() => [] as Claim[]);
  return mergeClaims(bundled, packs.map(fromPack));
}

/** Calls `cb` with the new full list whenever packs change (import, toggle, removal); returns the unwatch. */
export function watchKnownClaims<T extends { id: string }>(bundled: readonly T[], fromPack: (claim: Claim) => T, cb: (claims: T[]) => void): () => void {
  return watchPacks((packs) => cb(mergeClaims(bundled, packs.map(fromPack))));
}
