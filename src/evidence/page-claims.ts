/**
 * Claims as the content script holds them: everything the matcher, markers and card need, without `sources`, and
 * with only the date and status of each update (enough for the claim's status at the page's date). The bundled ones
 * come from a build-time module (build/page-claims-plugin.ts); the card asks the background for sources and updates.
 */
import bundled from 'virtual:kensho/page-claims';
import { datedUpdates, type DatedUpdate } from '../core/claim-status';
import type { Claim } from './schema';

/** A claim without its sources, its updates reduced to their dates and statuses. */
export type PageClaim = Omit<Claim, 'sources' | 'updates'> & { updates?: DatedUpdate[] };

/** The bundled claims without sources: valid by construction, like trustedBundledClaims() (the build validates data/). */
export function bundledPageClaims(): PageClaim[] {
  return bundled;
}

/** A claim without its sources (pack claims, which come from storage with theirs), its updates reduced likewise. */
export function withoutSources({ sources: _sources, updates, ...rest }: Claim): PageClaim {
  return updates ? { ...rest, updates: datedUpdates(updates) } : rest;
}

/**
 * The engine takes `Claim`s but never reads `sources` or updates (src/core has no use of them, and
 * tests/unit/evidence/page-claims.test.ts matches with and without them alike), so page claims go in as they are.
 */
export function forMatcher(claims: readonly PageClaim[]): readonly Claim[] {
  return claims as readonly Claim[];
}
