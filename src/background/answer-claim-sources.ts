import { trustedBundledClaims } from '../evidence/bundled-data';
import { withoutSources, type ClaimVocabulary, type PageClaim } from '../evidence/page-claims';
import { getAddedClaims } from '../storage/added-claims';
import type { ClaimSources } from '../messaging/protocol';
import { knownClaims } from '../storage/known-claims';

/**
 * Summary, sources and dated updates per requested claim id, from the bundled evidence and the added claims (packs,
 * feeds), with the content script's precedence (a bundled claim wins over an added claim with its id). Ids are answered
 * once each, in request order; an unknown id (or one whose pack was since disabled) gets [] rather than an error.
 */
export async function claimSources(claimIds: readonly string[]): Promise<ClaimSources[]> {
  const byId = new Map((await knownClaims(trustedBundledClaims(), (c) => c)).map((c) => [c.id, c]));
  return [...new Set(claimIds)].map((claimId) => {
    const claim = byId.get(claimId);
    return {
      claimId,
      ...(claim ? { summary: claim.summary } : {}),
      sources: claim?.sources ?? [],
      updates: claim?.updates ?? [],
    };
  });
}

/**
 * The bundled claims' terms, entities and requirements (`claims/vocabulary`), for a page that indexes them with pack
 * claims.
 */
export function bundledVocabulary(): ClaimVocabulary[] {
  return trustedBundledClaims().map(({ id, terms, entities, requires }) => ({
    id,
    terms,
    entities,
    ...(requires ? { requires } : {}),
  }));
}

/** The reader's added claims (packs, then feeds) as a page holds them (`claims/added`): validated, without sources. */
export async function addedPageClaims(): Promise<PageClaim[]> {
  return (await getAddedClaims()).map(withoutSources);
}
