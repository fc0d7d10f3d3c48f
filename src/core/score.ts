/**
 * Candidate claims for a sentence from its key hits, and their evidence score: distinctive terms count most,
 * entities less, keys every topic uses hardly at all. Keys shared by very many claims only confirm candidates
 * found through rarer keys, so the cost per sentence stays flat as the evidence base grows.
 */
import type { ClaimIndex, KeyInfo, KeyKind } from './claim-index';
import type { Hit } from './hits';

export interface Candidate {
  /** Index into ClaimIndex.claims. */
  ci: number;
  hits: Hit[];
  /** Summed key evidence. */
  raw: number;
  /** The strongest single term (not entity) weight: a claim needs some topical vocabulary, not only names. */
  bestTerm: number;
  /** The second strongest term weight: two plainer terms together are topical too. */
  secondTerm: number;
  entities: number;
  /** Keys matched only approximately (fuse.js, see fuzzy.ts), with their display text. */
  fuzzy: string[];
}

/** Weight of an entity relative to a term of the same distinctiveness. */
const ENTITY_WEIGHT = 0.55;
/** Keys used by more claims than this only confirm candidates, never create them. */
const POSTING_CAP = 128;
/** At most this many candidates per sentence are scored in detail. */
const MAX_CANDIDATES = 12;

/** What one key adds to a claim's evidence. */
export function keyWeight(key: KeyInfo, kind: KeyKind): number {
  return kind === 'entity' ? ENTITY_WEIGHT * key.idf : key.idf * key.specificity;
}

/** Groups hits by candidate claim and scores them. Hits must already be de-nested. */
export function gatherCandidates(index: ClaimIndex, hits: readonly Hit[]): Candidate[] {
  const byClaim = new Map<number, Hit[]>();
  const common: Hit[] = [];
  for (const h of hits) {
    const k = index.keys[h.keyId]!;
    if (k.claims.length > POSTING_CAP) {
      common.push(h);
      continue;
    }
    for (const ci of k.claims) {
      const list = byClaim.get(ci);
      if (list) list.push(h);
      else byClaim.set(ci, [h]);
    }
  }
  const out: Candidate[] = [];
  const topicKeys = new Map<string, Map<number, number>>();
  for (const [ci, list] of byClaim) {
    const claim = index.claims[ci]!;
    for (const h of common) if (claim.keys.has(h.keyId)) list.push(h);
    const cand = scoreHits(index, ci, list);
    out.push(cand);
    let keys = topicKeys.get(claim.claim.topic);
    if (!keys) topicKeys.set(claim.claim.topic, (keys = new Map()));
    for (const h of list) keys.set(h.keyId, Math.max(keys.get(h.keyId) ?? 0, keyWeight(index.keys[h.keyId]!, claim.keys.get(h.keyId)!)));
  }
  // Vocabulary spread over several claims of one topic still says the sentence is about that topic.
  const topicRaw = new Map([...topicKeys].map(([t, keys]) => [t, decayedSum([...keys.values()])]));
  for (const c of out) c.raw += TOPIC_SHARE * Math.max(0, topicRaw.get(index.claims[c.ci]!.claim.topic)! - c.raw);
  out.sort((a, b) => b.raw - a.raw);
  return out.slice(0, MAX_CANDIDATES);
}

/** How much of its topic's other evidence a candidate borrows (vocabulary spread over sibling claims). */
const TOPIC_SHARE = 0.5;

/** Upper bounds on what any one claim can draw from a set of hits (see evidenceBound). */
export interface EvidenceBound {
  raw: number;
  /** The best and second-best term weights any hits can give. */
  term: number;
  second: number;
  /** Whether any hit can be an entity. */
  entity: boolean;
}

/**
 * Upper bounds on any candidate's evidence from these hits, without grouping by claim: lets the engine skip
 * blocks and sentences whose vocabulary cannot make a claim, before any per-claim work.
 */
export function evidenceBound(index: ClaimIndex, hits: readonly Hit[]): EvidenceBound {
  const seen = new Set<number>();
  const weights: number[] = [];
  let term = 0;
  let second = 0;
  let entity = false;
  for (const h of hits) {
    if (seen.has(h.keyId)) continue;
    seen.add(h.keyId);
    const k = index.keys[h.keyId]!;
    weights.push(k.maxWeight);
    if (k.maxTermWeight > term) [term, second] = [k.maxTermWeight, term];
    else second = Math.max(second, k.maxTermWeight);
    entity ||= k.anyEntity;
  }
  return { raw: decayedSum(weights), term, second, entity };
}

/** Diminishing returns: the third and later keys add less, so long sentences cannot win on volume alone. */
export function decayedSum(weights: number[]): number {
  weights.sort((a, b) => b - a);
  return weights.reduce((sum, w, i) => sum + w * (i < 2 ? 1 : 0.6), 0);
}

/** Sums key evidence for one claim; a concept found in both spellings (bond/bonds) counts once. */
export function scoreHits(index: ClaimIndex, ci: number, hits: Hit[]): Candidate {
  const claim = index.claims[ci]!;
  const weights: number[] = [];
  let bestTerm = 0;
  let secondTerm = 0;
  let entities = 0;
  for (const h of hits) {
    const kind = claim.keys.get(h.keyId) ?? 'term';
    const w = keyWeight(index.keys[h.keyId]!, kind);
    weights.push(w);
    if (kind === 'entity') entities++;
    else if (w > bestTerm) [bestTerm, secondTerm] = [w, bestTerm];
    else secondTerm = Math.max(secondTerm, w);
  }
  return { ci, hits, raw: decayedSum(weights), bestTerm, secondTerm, entities, fuzzy: [] };
}
