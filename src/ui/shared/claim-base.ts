import { useEffect, useState } from 'preact/hooks';
import { createMatcher } from '../../core/engine';
import type { Matcher } from '../../core/types';
import { loadBundledEvidence } from '../../evidence/bundled';
import { mergeClaims } from '../../evidence/merge-claims';
import type { Claim } from '../../evidence/schema';
import { getEnabledPackClaims, watchPacks } from '../../storage/packs';

/** Every claim the reader's Kensho knows (bundled first, then enabled packs) with a matcher over them. */
export interface ClaimBase {
  byId: Map<string, Claim>;
  matcher: Matcher;
}

/** Builds the claim base by the one merging rule (evidence/merge-claims.ts): a pack never shadows a bundled claim. */
export function buildClaimBase(bundled: readonly Claim[], packClaims: readonly Claim[]): ClaimBase {
  const claims = mergeClaims(bundled, packClaims);
  return { byId: new Map(claims.map((c) => [c.id, c])), matcher: createMatcher(claims) };
}

async function load(packClaims?: Claim[]): Promise<ClaimBase> {
  const [bundled, packs] = await Promise.all([loadBundledEvidence(), packClaims ?? getEnabledPackClaims()]);
  return buildClaimBase(bundled, packs);
}

/** The claim base, rebuilt when packs are imported, toggled or removed; null while loading. */
export function useClaimBase(): ClaimBase | null {
  const [base, setBase] = useState<ClaimBase | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((b) => live && setBase(b));
    const unwatch = watchPacks((claims) => void load(claims).then((b) => live && setBase(b)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return base;
}
