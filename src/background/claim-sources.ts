import { trustedBundledClaims } from '../evidence/bundled-data';
import { mergeClaims } from '../evidence/merge-claims';
import type { Claim } from '../evidence/schema';
import type { ClaimSources } from '../messaging/protocol';
import { getEnabledPackClaims } from '../storage/packs';

/**
 * Sources and dated updates per requested claim id, from the bundled evidence and the enabled packs, with the content script's
 * precedence (a bundled claim wins over a pack claim with its id). Ids are answered once each, in request order;
 * an unknown id (or one whose pack was since disabled) gets [] rather than an error.
 */
export async function claimSources(claimIds: readonly string[]): Promise<ClaimSources[]> {
  const packs = await getEnabledPackClaims().catch(() => [] as Claim[]);
  const byId = new Map(mergeClaims(trustedBundledClaims(), packs).map((c) => [c.id, c]));
  return [...new Set(claimIds)].map((claimId) => {
    const claim = byId.get(claimId);
    return { claimId, sources: claim?.sources ?? [], updates: claim?.updates ?? [] };
  });
}
