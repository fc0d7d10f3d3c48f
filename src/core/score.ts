/**
 * Candidate claims for a sentence from its key hits, and their evidence score: distinctive terms count most,
 * entities less, keys every topic uses hardly at all. Keys shared by very many claims only confirm candidates
 * found through rarer keys, so the cost per sentence stays flat as the evidence base grows.
 */
import { keyWeight, type ClaimIndex } from './claim-index';
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
}

/** Scratch buffers per index, reused by every call (the engine is synchronous): see gatherCandidates, evidenceBound. */
interface Scratch {
  /** Claim → slot of its candidate in the current call, -1 when it has none (reset before returning). */
  slot: Int32Array;
  /** Per topic and hit of the current call: the most the hit's key gives the topic (zeroed before returning). */
  topicKeys: Float64Array;
  /** Key → the evidenceBound call that last saw it. */
  seen: Int32Array;
  call: number;
  /** The weights evidenceBound sums (refilled at each call). */
  weights: number[];
  /**
   * Per candidate slot of a gatherCandidates call, the weights it sums: the first slotCount[slot] of them (arrays
   * reused from call to call and never shrunk: setting an array's length costs more than the tally).
   */
  slotWeights: number[][];
  slotCount: Int32Array;
  /** Per slot: where its hits start in `placed`, + 1 (0 for a slot not kept). */
  slotStart: Int32Array;
  /** Each (slot, hit index) pair of the current call, in the order met (grown as needed). */
  pairSlot: Int32Array;
  pairHit: Int32Array;
  /** The kept candidates' hits, by rank, before each is sliced out (never shorter than what is written: packed). */
  placed: Hit[];
}
const scratches = new WeakMap<ClaimIndex, Scratch>();

function scratchFor(index: ClaimIndex): Scratch {
  let s = scratches.get(index);
  if (!s)
    scratches.set(
      index,
      (s = {
        slot: new Int32Array(index.claims.length).fill(-1),
        topicKeys: new Float64Array(64),
        seen: new Int32Array(index.keys.length),
        call: 0,
        weights: [],
        slotWeights: [],
        slotCount: new Int32Array(64),
        slotStart: new Int32Array(64),
        pairSlot: new Int32Array(256),
        pairHit: new Int32Array(256),
        placed: [],
      }),
    );
  return s;
}

function newCandidate(ci: number, hits: Hit[]): Candidate {
  return { ci, hits, raw: 0, bestTerm: 0, secondTerm: 0, entities: 0 };
}

/** Adds one key's weight to a candidate's tallies (the caller keeps the weight for decayedSum once all are in). */
function tally(c: Candidate, w: number, entity: boolean): void {
  if (entity) c.entities++;
  else if (w > c.bestTerm) {
    c.secondTerm = c.bestTerm;
    c.bestTerm = w;
  } else c.secondTerm = Math.max(c.secondTerm, w);
}

/** Index of the first hit with the same key as hits[i]. */
function firstOfKey(hits: readonly Hit[], i: number): number {
  for (let p = 0; p < i; p++) if (hits[p]!.keyId === hits[i]!.keyId) return p;
  return i;
}

/**
 * Groups hits by candidate claim and scores them. Hits must already be de-nested. Claims are tallied in typed
 * slots and per-key weights come precomputed with the index (KeyInfo.weights): no Map per sentence.
 */
export function gatherCandidates(index: ClaimIndex, hits: readonly Hit[]): Candidate[] {
  const scratch = scratchFor(index);
  const { slot } = scratch;
  const { postingCap, maxCandidates, topicShare, laterKeyWeight } = index.policy.evidence;
  const out: Candidate[] = [];
  const weights = scratch.slotWeights;
  let counts = scratch.slotCount;
  let np = 0;
  const common: number[] = [];
  const n = hits.length;
  // Per topic and key (the first hit of the key stands for it): the most that key gives any candidate of the topic.
  const size = index.topicCount * n;
  if (scratch.topicKeys.length < size) scratch.topicKeys = new Float64Array(size * 2);
  const { topicKeys } = scratch;
  for (let i = 0; i < n; i++) {
    const h = hits[i]!;
    const k = index.keys.get(h.keyId);
    if (k.claims.length > postingCap) {
      common.push(i);
      continue;
    }
    const ki = firstOfKey(hits, i);
    for (let j = 0; j < k.claims.length; j++) {
      const ci = k.claims[j]!;
      let c = slot[ci]!;
      if (c < 0) {
        slot[ci] = c = out.length;
        out.push(newCandidate(ci, NO_HITS));
        if (c === weights.length) weights.push([]);
        if (c === counts.length) counts = grow(scratch, c);
        counts[c] = 0;
      }
      np = pair(scratch, np, c, i);
      weights[c]![counts[c]!++] = k.weights[j]!;
      tally(out[c]!, k.weights[j]!, k.entity[j]!);
      const at = index.claims[ci]!.topicIndex * n + ki;
      topicKeys[at] = Math.max(topicKeys[at]!, k.weights[j]!);
    }
  }
  for (let c = 0; c < out.length; c++) {
    const cand = out[c]!;
    const claim = index.claims[cand.ci]!;
    for (const i of common) {
      const h = hits[i]!;
      const kind = claim.keys.get(h.keyId);
      if (kind === undefined) continue;
      const w = keyWeight(index.keys.get(h.keyId), kind, index.policy);
      np = pair(scratch, np, c, i);
      weights[c]![counts[c]!++] = w;
      tally(cand, w, kind === 'entity');
      const at = claim.topicIndex * n + firstOfKey(hits, i);
      topicKeys[at] = Math.max(topicKeys[at]!, w);
    }
    cand.raw = decayedSum(weights[c]!, laterKeyWeight, counts[c]!);
  }
  // Vocabulary spread over several claims of one topic still says the sentence is about that topic.
  const topicRaw: number[] = [];
  const row = scratch.weights;
  for (const c of out) {
    const t = index.claims[c.ci]!.topicIndex;
    if (topicRaw[t] === undefined) {
      let count = 0;
      for (let i = t * n; i < (t + 1) * n; i++) if (topicKeys[i]! > 0) row[count++] = topicKeys[i]!;
      topicRaw[t] = decayedSum(row, laterKeyWeight, count);
    }
    c.raw += topicShare * Math.max(0, topicRaw[t]! - c.raw);
  }
  topicKeys.fill(0, 0, size);
  byRaw(out);
  const kept = out.length > maxCandidates ? out.slice(0, maxCandidates) : out;
  listHits(scratch, hits, out, kept, np);
  return kept;
}

/** No hits yet: a candidate's list is made once it is kept (listHits). */
const NO_HITS: Hit[] = [];

/** Notes that slot `c` has hit `i` (the np-th pair); the next pair's number. */
function pair(scratch: Scratch, np: number, c: number, i: number): number {
  if (np === scratch.pairSlot.length) {
    const [slots, at] = [new Int32Array(np * 2), new Int32Array(np * 2)];
    slots.set(scratch.pairSlot);
    at.set(scratch.pairHit);
    [scratch.pairSlot, scratch.pairHit] = [slots, at];
  }
  scratch.pairSlot[np] = c;
  scratch.pairHit[np] = i;
  return np + 1;
}

/**
 * Gives the kept candidates their hits in the order met, each list made at its size, and frees every slot. Only
 * the kept get a list: most of a Japanese sentence's candidates are dropped, and their lists were most of what
 * gathering allocated.
 */
function listHits(scratch: Scratch, hits: readonly Hit[], out: Candidate[], kept: Candidate[], np: number): void {
  const { slot, slotCount: counts, slotStart: start, pairSlot, pairHit, placed } = scratch;
  let total = 0;
  for (const c of kept) {
    const s = slot[c.ci]!;
    start[s] = total + 1;
    total += counts[s]!;
    counts[s] = start[s]! - 1; // from here on, where its next hit goes
  }
  while (placed.length < total) placed.push(hits[0]!);
  for (let p = 0; p < np; p++) {
    const s = pairSlot[p]!;
    if (start[s]) placed[counts[s]!++] = hits[pairHit[p]!]!;
  }
  for (const c of kept) c.hits = placed.slice(start[slot[c.ci]!]! - 1, counts[slot[c.ci]!]!);
  for (const c of out) {
    start[slot[c.ci]!] = 0;
    slot[c.ci] = -1;
  }
}

/** Sorts candidates best first, ties in their order (as a stable sort does): most sentences have a few dozen, for
 * which an insertion sort with no comparator calls is far cheaper than Array.prototype.sort. */
function byRaw(cands: Candidate[]): void {
  if (cands.length > 32) {
    cands.sort((a, b) => b.raw - a.raw);
    return;
  }
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    let j = i - 1;
    for (; j >= 0 && cands[j]!.raw < c.raw; j--) cands[j + 1] = cands[j]!;
    cands[j + 1] = c;
  }
}

/** Upper bounds on what any one claim can draw from a set of hits (see evidenceBound). */
export interface EvidenceBound {
  raw: number;
  /** The best and second-best term weights any hits can give. */
  term: number;
  second: number;
  /** How many distinct hit keys some claim names as an entity. */
  entities: number;
  /** How many distinct keys were hit. */
  keys: number;
}

/**
 * Upper bounds on any candidate's evidence from these hits, without grouping by claim: lets the engine skip
 * blocks and sentences whose vocabulary cannot make a claim, before any per-claim work.
 */
export function evidenceBound(index: ClaimIndex, hits: readonly Hit[]): EvidenceBound {
  const s = scratchFor(index);
  // A new mark per call instead of a Set of key ids; on the (distant) overflow, clear the marks and start over.
  if (s.call === 0x7fffffff) {
    s.seen.fill(0);
    s.call = 0;
  }
  const call = ++s.call;
  const { weights } = s;
  let term = 0;
  let second = 0;
  let entities = 0;
  let count = 0;
  for (const h of hits) {
    if (s.seen[h.keyId] === call) continue;
    s.seen[h.keyId] = call;
    const k = index.keys.get(h.keyId);
    weights[count++] = k.maxWeight;
    if (k.maxTermWeight > term) {
      second = term;
      term = k.maxTermWeight;
    } else second = Math.max(second, k.maxTermWeight);
    if (k.anyEntity) entities++;
  }
  return { raw: decayedSum(weights, index.policy.evidence.laterKeyWeight, count), term, second, entities, keys: count };
}

/** Diminishing returns: the third and later keys count `later` of their weight. Sorts the first `count` weights. */
export function decayedSum(weights: number[], later: number, count = weights.length): number {
  // Most lists hold a few weights: an insertion sort, then a plain loop (the same sum, in the same order).
  if (count > 16) {
    const sorted = weights.slice(0, count).sort((a, b) => b - a);
    for (let i = 0; i < count; i++) weights[i] = sorted[i]!;
  } else {
    for (let i = 1; i < count; i++) {
      const w = weights[i]!;
      let j = i - 1;
      for (; j >= 0 && weights[j]! < w; j--) weights[j + 1] = weights[j]!;
      weights[j + 1] = w;
    }
  }
  let sum = 0;
  for (let i = 0; i < count; i++) sum += i < 2 ? weights[i]! : weights[i]! * later;
  return sum;
}

/** The scratch's slot counts (and starts) with room for slot `c` (twice as many). */
function grow(scratch: Scratch, c: number): Int32Array {
  const [more, starts] = [new Int32Array(c * 2), new Int32Array(c * 2)];
  more.set(scratch.slotCount);
  starts.set(scratch.slotStart);
  scratch.slotStart = starts;
  return (scratch.slotCount = more);
}

/** Sums key evidence for one claim; a concept found in both spellings (bond/bonds) counts once. */
export function scoreHits(index: ClaimIndex, ci: number, hits: Hit[]): Candidate {
  const claim = index.claims[ci]!;
  const cand = newCandidate(ci, hits);
  const weights: number[] = [];
  for (const h of hits) {
    const kind = claim.keys.get(h.keyId) ?? 'term';
    const w = keyWeight(index.keys.get(h.keyId), kind, index.policy);
    weights.push(w);
    tally(cand, w, kind === 'entity');
  }
  cand.raw = decayedSum(weights, index.policy.evidence.laterKeyWeight);
  return cand;
}
