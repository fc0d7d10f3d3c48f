/** Bundled claims first; a pack claim with a bundled id is ignored (the bundled one is reviewed). */
export function mergeClaims<T extends { id: string }>(bundled: readonly T[], packs: readonly T[]): T[] {
  const ids = new Set(bundled.map((c) => c.id));
  return [...bundled, ...packs.filter((c) => !ids.has(c.id))];
}
