/**
 * Claims as the content script holds them: everything the markers and card need, without `sources`, and with only the
 * date and status of each update (enough for the claim's status at the page's date). The bundled ones come from a
 * build-time module (build/page-claims-plugin.ts) without their summary and vocabulary (`terms`, `entities`,
 * `requires`) too: their index comes compiled from the build (build/index-snapshot-plugin.ts), and only a page with
 * pack claims, which indexes on the page, asks the background for that vocabulary. The card asks the background for
 * sources, updates and a bundled claim's summary (claim/sources).
 */
import bundled from 'virtual:kensho/page-claims';
import { datedUpdates, type DatedUpdate } from '../core/claim-status';
import type { ClaimOrigin } from './claim-origin';
import type { Claim } from './schema';

/**
 * A claim without its sources, its updates reduced to their dates and statuses; a bundled one also without its
 * summary and vocabulary; an added (pack or feed) claim names its origin for the card.
 */
export type PageClaim = Omit<Claim, 'sources' | 'updates' | 'terms' | 'entities' | 'summary'> & {
  updates?: DatedUpdate[];
  origin?: ClaimOrigin;
} & Partial<Pick<Claim, 'terms' | 'entities' | 'summary'>>;

/** A claim's vocabulary (with what a sentence must name to make it), as the background answers `claims/vocabulary`. */
export type ClaimVocabulary = Pick<Claim, 'id' | 'terms' | 'entities' | 'requires'>;

/** The bundled claims without sources or vocabulary: valid by construction (the build validates data/). */
export function bundledPageClaims(): PageClaim[] {
  return bundled;
}

/** A claim without its sources (added claims come from storage with theirs, and keep their vocabulary and origin). */
export function withoutSources({ sources: _sources, updates, ...rest }: Claim & { origin?: ClaimOrigin }): PageClaim {
  return updates ? { ...rest, updates: datedUpdates(updates) } : rest;
}

/**
 * Claims the engine can index: each with its vocabulary, from `vocabulary` for those that lack it (the bundled ones).
 * The engine never reads `sources` or updates (src/core has no use of them, and tests/unit/evidence/page-claims.test.ts
 * matches with and without them alike). Throws when a claim's vocabulary is nowhere to be found.
 */
export function forMatcher(
  claims: readonly PageClaim[],
  vocabulary: readonly ClaimVocabulary[] = [],
): readonly Claim[] {
  const byId = new Map(vocabulary.map((v) => [v.id, v]));
  return claims.map((c) => {
    if (c.terms && c.entities) return c as Claim;
    const v = byId.get(c.id);
    if (!v) throw new Error(`no vocabulary for claim ${c.id}: the page cannot index it`);
    return { ...c, terms: v.terms, entities: v.entities, ...(v.requires ? { requires: v.requires } : {}) } as Claim;
  });
}

/** The bundled claims as the restored index holds them (it never reads their vocabulary, which they lack). */
export function asIndexedClaims(claims: readonly PageClaim[]): readonly Claim[] {
  return claims as readonly Claim[];
}
