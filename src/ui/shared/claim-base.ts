import { useEffect, useState } from 'preact/hooks';
import { createMatcher, type EngineMatcher } from '../../core/engine';
import { trustedBundledClaims } from '../../evidence/bundled-data';
import { mergeClaims } from '../../evidence/merge-claims';
import type { Claim } from '../../evidence/schema';
import { knownClaims, watchKnownClaims } from '../../storage/known-claims';

/** Every claim the reader's Kensho knows (bundled first, then packs and feeds) with a matcher over them. */
export interface ClaimBase {
  byId: Map<string, Claim>;
  matcher: EngineMatcher;
}

const baseOf = (claims: Claim[]): ClaimBase => ({
  byId: new Map(claims.map((c) => [c.id, c])),
  matcher: createMatcher(claims),
});

/**
 * Builds the claim base by the one merging rule (evidence/merge-claims.ts): an added claim never shadows a bundled one.
 */
export function buildClaimBase(bundled: readonly Claim[], added: readonly Claim[]): ClaimBase {
  return baseOf(mergeClaims(bundled, added));
}

/**
 * The claim base, rebuilt when packs are imported, toggled or removed and when feed versions come or go; null while
 * loading.
 */
export function useClaimBase(): ClaimBase | null {
  const [base, setBase] = useState<ClaimBase | null>(null);
  useEffect(() => {
    let live = true;
    // As the worker does: the build validated data/ (an invalid file fails it), so no validation on every open.
    const bundled = trustedBundledClaims();
    void knownClaims(bundled, (c) => c).then((claims) => live && setBase(baseOf(claims)));
    const unwatch = watchKnownClaims(
      bundled,
      (c) => c,
      (claims) => live && setBase(baseOf(claims)),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return base;
}
