/**
 * Claims as the content script holds them: everything the matcher, markers and card need, without `sources`. The
 * bundled ones come from a build-time module (page-claims-plugin.ts); the card asks the background for sources.
 */
import bundled from 'virtual:kensho/page-claims';
import type { ClaimOrigin } from './claim-origin';
import type { Claim } from './schema';

/** A claim without its sources; an added (pack or feed) claim names its origin for the card. */
export type PageClaim = Omit<Claim, 'sources'> & { origin?: ClaimOrigin };

/** The bundled claims without sources: valid by construction, like trustedBundledClaims() (the build validates data/). */
export function bundledPageClaims(): PageClaim[] {
  return bundled;
}

/** A claim without its sources (added claims, which come from storage with theirs; their origin stays). */
export function withoutSources({ sources: _sources, ...rest }: Claim & { origin?: ClaimOrigin }): PageClaim {
  return rest;
}

/**
 * The engine takes `Claim`s but never reads `sources` (src/core has no use of it, and
 * tests/unit/evidence/page-claims.test.ts matches with and without them alike), so page claims go in as they are.
 */
export function forMatcher(claims: readonly PageClaim[]): readonly Claim[] {
  return claims as readonly Claim[];
}
