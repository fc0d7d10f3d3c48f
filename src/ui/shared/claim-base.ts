import { useEffect, useState } from 'preact/hooks';
import { createMatcher } from '../../core/engine';
import type { Matcher } from '../../core/types';
import { loadBundledEvidence } from '../../evidence/bundled';
import type { Claim } from '../../evidence/schema';
import { getEnabledPackClaims, watchPacks } from '../../storage/packs';

/** Every claim the reader's Kensho knows (bundled first, then enabled packs) with a matcher over them. */
export interface ClaimBase {
  byId: Map<string, Claim>;
  matcher: Matcher;
}

/** Builds the claim base; a pack claim never shadows a bundled claim with the same id. */
export function buildClaimBase(bundled: readonly Claim[], packClaims: readonly Claim[]): ClaimBase {
  const byId = new Map<string, Claim>();
  for (const c of [...bundled, ...packClaims]) if (!byId.has(c.id)) byId.set(c.id, c);
  return { byId, matcher: createMatcher([...byId.values()]) };
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
