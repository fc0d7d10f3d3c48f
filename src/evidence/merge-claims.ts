/**
 * The one rule for combining claim lists (content script, worker, popup, options page): bundled claims first, then
 * added claims (packs, feeds) in order; a claim whose id is already taken is left out, so an added claim never
 * shadows a reviewed bundled claim, and of two added claims with the same id the first wins. `disputes` links are
 * made to go both ways: a feed claim that disputes a bundled claim shows up as that claim's counter-claim too (the
 * bundled file cannot list claims it has never seen).
 */
export function mergeClaims<T extends { id: string; disputes: readonly string[] }>(
  bundled: readonly T[],
  added: readonly T[],
): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const claim of [...bundled, ...added]) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    merged.push(claim);
  }
  if (added.length === 0) return merged;
  const back = new Map<string, string[]>();
  for (const c of merged) for (const target of c.disputes) back.set(target, [...(back.get(target) ?? []), c.id]);
  return merged.map((c) => {
    const missing = (back.get(c.id) ?? []).filter((id) => !c.disputes.includes(id));
    return missing.length ? { ...c, disputes: [...c.disputes, ...missing] } : c;
  });
}
