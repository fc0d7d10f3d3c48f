import { useEffect, useState } from 'preact/hooks';
import { createMatcher } from '../../core/engine';
import type { Matcher } from '../../core/types';
import { loadBundledEvidence } from '../../evidence/bundled';
import { mergeClaims } from '../../evidence/merge-claims';
import type { Claim } from '../../evidence/schema';
import { getAddedClaims, watchAddedClaims } from '../../storage/added-claims';

/** Every claim the reader's Kensho knows (bundled first, then packs and feeds) with a matcher over them. */
export interface ClaimBase {
  byId: Map<string, Claim>;
  matcher: Matcher;
}

/** Builds the claim base by the one merging rule (evidence/merge-claims.ts): an added claim never shadows a bundled one. */
export function buildClaimBase(bundled: readonly Claim[], added: readonly Claim[]): ClaimBase {
  const claims = mergeClaims(bundled, added);
  return { byId: new Map(claims.map((c) => [c.id, c])), matcher: createMatcher(claims) };
}

async function load(added?: Claim[]): Promise<ClaimBase> {
  const [bundled, extra] = await Promise.all([loadBundledEvidence(), added ?? getAddedClaims()]);
  return buildClaimBase(bundled, extra);
}

/** The claim base, rebuilt when packs are imported, toggled or removed and when feed versions come or go; null while loading. */
export function useClaimBase(): ClaimBase | null {
  const [base, setBase] = useState<ClaimBase | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((b) => live && setBase(b));
    const unwatch = watchAddedClaims((claims) => void load(claims).then((b) => live && setBase(b)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return base;
}
