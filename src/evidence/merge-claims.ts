/**
 * Bundled claims first; an added (pack or feed) claim with a bundled id is ignored (the bundled one is reviewed).
 * `disputes` links are made to go both ways: a feed claim that disputes a bundled claim shows up as that claim's
 * counter-claim too (the bundled file cannot list claims it has never seen).
 */
export function mergeClaims<T extends { id: string; disputes: readonly string[] }>(bundled: readonly T[], added: readonly T[]): T[] {
  const ids = new Set(bundled.map((c) => c.id));
  const merged = [...bundled, ...added.filter((c) => !ids.has(c.id))];
  if (added.length === 0) return merged;
  const back = new Map<string, string[]>();
  for (const c of merged) for (const target of c.disputes) back.set(target, [...(back.get(target) ?? []), c.id]);
  return merged.map((c) => {
    const missing = (back.get(c.id) ?? []).filter((id) => !c.disputes.includes(id));
    return missing.length ? { ...c, disputes: [...c.disputes, ...missing] } : c;
  });
}
