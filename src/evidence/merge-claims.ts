/**
 * The one rule for combining claim lists (content script, worker, popup, options page): bundled claims first, then
 * pack claims in order; a claim whose id is already taken is left out, so a pack never shadows a reviewed bundled
 * claim, and of two packs with the same id the first enabled wins.
 */
export function mergeClaims<T extends { id: string }>(bundled: readonly T[], packs: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const claim of [...bundled, ...packs]) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    out.push(claim);
  }
  return out;
}
