/**
 * The bundled claims' index, compiled once at build time and restored on every page (uBlock Origin restores its
 * serialised engine the same way): what is costly to derive (normalised keys and their variants, specificity, the
 * years a claim is about, claim polarity, the automaton's trie) is stored; the weights are derived again with the
 * build's own functions. A restored index answers exactly like a built one (property-tested).
 */
import type { Claim } from '../evidence/schema';
import { KeyAutomaton, type AutomatonSnapshot } from './automaton';
import {
  finishKey,
  linkDisputes,
  newIndexedClaim,
  newKey,
  type ClaimIndex,
  type IndexedClaim,
  type KeyKind,
} from './claim-index';
import type { ClaimPolarity } from './match-sentence';
import { drainSteps } from './steps';

/** A JSON-safe snapshot of a claim index and its claims' polarity. */
export interface IndexSnapshot {
  version: 1;
  /** The claims' ids in index order: a restore against other claims is refused. */
  claimIds: string[];
  automaton: AutomatonSnapshot;
  /** Per key: the original spelling, or null when it is the normalised text. */
  display: (string | null)[];
  /** Per key: how many topics use it, its specificity, and whether it needs an inflection after it (ids). */
  topics: number[];
  specificity: number[];
  needsSuffix: number[];
  /** Per claim: its keys in the order it added them, each keyId * 2 + 1 for an entity, + 0 for a term. */
  claimKeys: number[][];
  years: number[][];
  /** Per claim: its negated keys (keyId * 2 + 1 when negated), in map order, and whether it rebuts. */
  negated: number[][];
  rebuttal: boolean[];
}

/** The index and polarity restored from a snapshot, ready for a matcher. */
export interface RestoredIndex {
  index: ClaimIndex;
  polarity: ClaimPolarity[];
}

/** Snapshots an index built from some claims, with their polarity. */
export function snapshotIndex(index: ClaimIndex, polarity: readonly ClaimPolarity[]): IndexSnapshot {
  const topics = index.keys.map(() => new Set<number>());
  for (const c of index.claims) for (const id of c.keys.keys()) topics[id]!.add(c.topicIndex);
  return {
    version: 1,
    claimIds: index.claims.map((c) => c.claim.id),
    automaton: index.automaton.toSnapshot(index.keys.map((k) => k.text)),
    display: index.keys.map((k, id) => (index.display[id] === k.text ? null : index.display[id]!)),
    topics: topics.map((t) => t.size),
    specificity: index.keys.map((k) => k.specificity),
    needsSuffix: index.keys.flatMap((k, id) => (k.needsSuffix ? [id] : [])),
    claimKeys: index.claims.map((c) => [...c.keys].map(([id, kind]) => id * 2 + (kind === 'entity' ? 1 : 0))),
    years: index.claims.map((c) => c.years),
    negated: polarity.map((p) => [...p.negated].map(([id, neg]) => id * 2 + (neg ? 1 : 0))),
    rebuttal: polarity.map((p) => p.rebuttal),
  };
}

/** Restores the index a snapshot was made of, over the same claims (in the same order); throws on any mismatch. */
export function restoreIndex(claims: readonly Claim[], s: IndexSnapshot): RestoredIndex {
  return drainSteps(restoreIndexSteps(claims, s));
}

/** The same restore in small steps (see steps.ts), so a page's main thread is never held for long. */
export function* restoreIndexSteps(claims: readonly Claim[], s: IndexSnapshot): Generator<void, RestoredIndex> {
  if (s.version !== 1) throw new Error(`index snapshot: unknown version ${String(s.version)}`);
  if (s.claimIds.length !== claims.length || claims.some((c, i) => c.id !== s.claimIds[i])) {
    throw new Error(`index snapshot: made for ${s.claimIds.length} other claims, not these ${claims.length}`);
  }
  const automaton = yield* KeyAutomaton.fromSnapshotSteps(s.automaton);
  const texts = s.automaton.keys;
  const suffix = new Set(s.needsSuffix);
  const keys = texts.map((text, id) => newKey(text, suffix.has(id)));
  yield;
  const topicIds = new Map<string, number>();
  const indexed: IndexedClaim[] = [];
  for (let ci = 0; ci < claims.length; ci++) {
    const c = newIndexedClaim(claims[ci]!, s.years[ci]!, topicIds);
    indexed.push(c);
    for (const packed of s.claimKeys[ci]!) {
      const id = packed >> 1;
      const kind: KeyKind = packed & 1 ? 'entity' : 'term';
      c.keys.set(id, kind);
      keys[id]!.claims.push(ci);
      keys[id]!.kinds.push(kind);
    }
    if (ci % 16 === 15) yield;
  }
  yield;
  for (let id = 0; id < keys.length; id++) {
    finishKey(keys[id]!, id, s.topics[id]!, s.specificity[id]!, indexed);
    if (id % 200 === 199) yield;
  }
  linkDisputes(indexed);
  const index: ClaimIndex = {
    claims: indexed,
    keys,
    automaton,
    display: texts.map((text, id) => s.display[id] ?? text),
    topicCount: topicIds.size,
  };
  const polarity = s.negated.map((list, ci) => ({
    negated: new Map(list.map((p) => [p >> 1, (p & 1) === 1])),
    rebuttal: s.rebuttal[ci]!,
  }));
  return { index, polarity };
}
