/**
 * The fixed tune/check split of a labelled set: by page URL (all sentences of one page fall on the same side, so
 * a page's wording cannot leak from the tuned half into the checked half), decided by a stable hash so the split
 * is the same on every machine and run. Rows without a URL are split by their text.
 */

export type Half = 'tune' | 'check';

/** FNV-1a, 32 bits: small, stable across platforms, and well spread for short strings. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The half a row belongs to: even hash of its URL → tune, odd → check. */
export function halfOf(row: { url?: string | null; text: string }): Half {
  return fnv1a(row.url || row.text) % 2 === 0 ? 'tune' : 'check';
}
