/**
 * Approximate key matching with fuse.js: one short key at a time (Bitap works on 32-character chunks; the
 * sentence is only ever the text, never the pattern), and only after a cheap character-bigram filter.
 * Used for candidates that fall just short, to catch spellings the exact index misses.
 */
// The basic build: Kensho uses neither extended search nor logical queries (about 2 kB less in the content script).
import Fuse from 'fuse.js/basic';
import type { ClaimIndex } from './claim-index';
import type { Hit } from './hits';
import type { Candidate } from './score';

const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.2, includeScore: true, includeMatches: true, isCaseSensitive: true } as const;

/** Whether a fuzzy match region overlaps a key already matched exactly (it would count the same words twice). */
function overlapsHit(indices: readonly (readonly [number, number])[] | undefined, hits: readonly Hit[]): boolean {
  if (!indices?.length) return true;
  const a = Math.min(...indices.map((r) => r[0]));
  const b = Math.max(...indices.map((r) => r[1]));
  return hits.some((h) => a < h.end && b >= h.start);
}
/** Fuzzy matching is costly (~30 µs per key): only this many keys per sentence. */
const MAX_FUZZY_KEYS = 4;
/** The most approximate matches can add to a candidate's evidence. */
export const FUZZY_MAX = 0.25;

/**
 * Looks for a candidate's unmatched terms approximately (fuse.js Bitap on one short key at a time, never the
 * sentence as pattern), for spellings the exact index misses ("data-centre" / "データ・センター").
 */
export function addFuzzy(index: ClaimIndex, cand: Candidate, sentence: string): void {
  const claim = index.claims[cand.ci]!;
  const have = new Set(cand.hits.map((h) => h.keyId));
  let tried = 0;
  let added = 0;
  for (const [keyId, kind] of claim.keys) {
    if (tried >= MAX_FUZZY_KEYS || added >= FUZZY_MAX) break;
    const key = index.keys[keyId]!;
    if (have.has(keyId) || kind !== 'term' || key.text.length < 6 || key.text.length > 32 || key.idf * key.specificity < 0.6) continue;
    // Cheap before expensive: most of the key's character bigrams must be in the sentence before fuse runs.
    if (!mostBigramsIn(key.text, sentence)) continue;
    // Present verbatim yet not a hit: the index rejected it on word boundaries ("invest" in "investment").
    if (sentence.includes(key.text)) continue;
    tried++;
    const r = Fuse.match(key.text, sentence, FUSE_OPTIONS);
    if (!r.isMatch || (r.score ?? 1) > 0.2 || overlapsHit(r.indices, cand.hits)) continue;
    const w = Math.min(key.idf * key.specificity * (1 - (r.score ?? 0)) * 0.6, FUZZY_MAX - added);
    added += w;
    cand.raw += w;
    cand.bestTerm = Math.max(cand.bestTerm, w);
    cand.fuzzy.push(index.display[keyId]!);
  }
}

/** Whether most of the key's character bigrams occur in the sentence (a cheap n-gram filter before Bitap). */
function mostBigramsIn(key: string, sentence: string): boolean {
  const need = Math.ceil((key.length - 1) * 0.7);
  let found = 0;
  for (let i = 1; i < key.length && found + (key.length - i) >= need; i++) {
    if (sentence.includes(key.slice(i - 1, i + 1)) && ++found >= need) return true;
  }
  return false;
}
