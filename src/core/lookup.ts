/**
 * Free-text lookup for people (popup, `kensho lookup`): looser than page matching. Index keys first; for short
 * queries fuse.js also searches the claims' short fields (names, terms), so typos still find something.
 */
// The basic build: Kensho uses neither extended search nor logical queries. Only the popup and CLI import this module
// (the engine does not): the content script never looks up free text, so fuse.js stays out of every page.
import Fuse from 'fuse.js/basic';
import { allKeys, type ClaimIndex } from './claim-index';
import { dropNested, findHits } from './hits';
import { normaliseCodes, normaliseKey } from './normalise';
import { scoreHits } from './score';

const fuses = new WeakMap<ClaimIndex, Fuse<{ ci: number; key: string }>>();

/** One short searchable key per entity/term, so fuse never scores a long text. */
function fuseFor(index: ClaimIndex): Fuse<{ ci: number; key: string }> {
  let f = fuses.get(index);
  if (!f) {
    const docs = allKeys(index.keys).flatMap((k) => k.claims.map((ci) => ({ ci, key: k.text })));
    f = new Fuse(docs, { keys: ['key'], ignoreLocation: true, threshold: 0.3, includeScore: true });
    fuses.set(index, f);
  }
  return f;
}

/** Top claims for a free-text query over a matcher's index (EngineMatcher.index): [{claimId, score}] best first. */
export function lookupClaims(index: ClaimIndex, query: string, limit = 5): { claimId: string; score: number }[] {
  const n = normaliseCodes(query);
  const hits = dropNested(findHits(index, n.codes, n.length));
  const scores = new Map<number, number>();
  const byClaim = new Map<number, typeof hits>();
  for (const h of hits) {
    for (const ci of index.keys.get(h.keyId).claims) byClaim.set(ci, [...(byClaim.get(ci) ?? []), h]);
  }
  for (const [ci, list] of byClaim) {
    const raw = scoreHits(index, ci, list).raw;
    scores.set(ci, raw / (raw + 1));
  }
  // Short queries also go through fuse, word by word, for misspellings the exact index cannot see.
  const words = normaliseKey(query)
    .split(/\s+/)
    .filter((w) => w.length >= 3 && w.length <= 32);
  if (words.length && words.length <= 6) {
    const fuse = fuseFor(index);
    for (const w of words) {
      // Once per word and claim, at its best key: a claim with many keys like the word must not gain once per key.
      const best = new Map<number, number>();
      for (const r of fuse.search(w, { limit: 20 }))
        best.set(r.item.ci, Math.max(best.get(r.item.ci) ?? 0, (1 - (r.score ?? 1)) * 0.5));
      for (const [ci, s] of best) scores.set(ci, Math.max(scores.get(ci) ?? 0, s) + (scores.has(ci) ? 0.05 : 0));
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([ci, score]) => ({ claimId: index.claims[ci]!.claim.id, score: Math.min(1, Number(score.toFixed(3))) }));
}
