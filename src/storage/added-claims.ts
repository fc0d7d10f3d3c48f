/**
 * The claims the reader added to the bundled evidence: enabled packs, then installed feeds. The one way every part of
 * Kensho (content script, worker, popup, options) loads them; each carries its origin so a card can name it.
 */
import type { ClaimOrigin } from '../evidence/claim-origin';
import type { Claim } from '../evidence/schema';
import { installedVersions } from './added-keys';
import { getFeedState, rawFeedsItem, sanitiseFeedState, type FeedState } from './feeds';
import { getPacks, rawPacksItem, type StoredPack } from './packs';

export type AddedClaim = Claim & { origin: ClaimOrigin };

/** Packs first (in import order), then feeds; the first claim with an id wins. */
export function addedClaims(packs: readonly StoredPack[], feeds: FeedState): AddedClaim[] {
  const fromPacks = packs
    .filter((p) => p.enabled)
    .flatMap((p) => p.claims.map((c) => ({ ...c, origin: { kind: 'pack' as const, name: p.name } })));
  const fromFeeds = feeds.feeds.flatMap((f) =>
    (f.installed?.claims ?? []).map((c) => ({
      ...c,
      origin: { kind: 'feed' as const, name: f.installed!.meta.title },
    })),
  );
  const seen = new Set<string>();
  return [...fromPacks, ...fromFeeds].filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/** The added claims as stored now; a store that cannot be read adds nothing rather than stopping Kensho. */
export async function getAddedClaims(): Promise<AddedClaim[]> {
  const [packs, feeds] = await Promise.all([
    getPacks().catch(() => []),
    getFeedState().catch(() => sanitiseFeedState(null)),
  ]);
  return addedClaims(packs, feeds);
}

/**
 * Calls `cb` with the added claims whenever a pack changes or a feed version is installed or removed; returns unwatch.
 */
export function watchAddedClaims(cb: (claims: AddedClaim[]) => void): () => void {
  const reload = () => void getAddedClaims().then(cb);
  const unwatchPacks = rawPacksItem.watch(reload);
  const unwatchFeeds = rawFeedsItem.watch((next, prev) => {
    if (installedVersions(next) !== installedVersions(prev)) reload();
  });
  return () => {
    unwatchPacks();
    unwatchFeeds();
  };
}
