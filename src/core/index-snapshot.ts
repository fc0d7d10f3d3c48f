/**
 * The bundled claims' index, compiled once at build time and restored on every page (uBlock Origin restores its
 * serialised engine the same way): what is costly to derive (normalised keys and their variants, specificity, the
 * years a claim is about, the key groups its `requires` names and excludes, claim polarity, the automaton's trie) is
 * stored; a key's weights are derived again with the build's own functions and the matching policy, on the key's first
 * use (a page uses a few dozen of its thousands of keys). Specificity and polarity depend on the policy too, so a
 * snapshot names the policy it was made with and is restored only with that one. A restored index answers exactly like
 * a built one, for every strictness and page date (property-tested).
 */
import type { Claim } from '../evidence/schema';
import { KeyAutomaton, type AutomatonSnapshot } from './automaton';
import { KeyFinder } from './key-finder';
import {
  claimFigures,
  finishKey,
  newKey,
  topicNumber,
  allKeys,
  type ClaimIndex,
  type ClaimFigure,
  type IndexedClaim,
  type KeyInfo,
  type KeyKind,
  type KeyTable,
} from './claim-index';
import type { ClaimPolarity } from './features';
import { DEFAULT_POLICY, type Policy } from './policy';
import { drainSteps } from './steps';

/** A JSON-safe snapshot of a claim index and its claims' polarity. */
export interface IndexSnapshot {
  version: 3;
  /** The claims' ids in index order: a restore against other claims is refused. */
  claimIds: string[];
  /** policyFingerprint of the policy the index was made with: a restore with another policy is refused. */
  policy: string;
  automaton: AutomatonSnapshot;
  /**
   * Per key: the original spelling, null when it is the normalised text, or a number n when it is key (id - n)'s,
   * which holds it (a key's variants share its spelling: about half the keys, since the spelling variants).
   */
  display: (string | null | number)[];
  /** Per key: how many topics use it, its specificity, and whether it needs an inflection after it (ids). */
  topics: number[];
  specificity: number[];
  needsSuffix: number[];
  /** Per claim: its keys in the order it added them, each keyId * 2 + 1 for an entity, + 0 for a term. */
  claimKeys: number[][];
  years: number[][];
  /** Per claim: the key-id groups a sentence must each hit (IndexedClaim.required), and how many are actors. */
  required: number[][][];
  requiredActors: number[];
  /** Per claim: the key ids of what rules it out (IndexedClaim.excluded). */
  excluded: number[][];
  /** Per claim: the index of its era group in `required`, -1 for none (IndexedClaim.requiredEra). */
  requiredEra: number[];
  /** Per claim: the indices of the claims it disputes (IndexedClaim.disputes). */
  disputes: number[][];
  /**
   * Per claim: its negated keys (keyId * 2 + 1 when negated), in map order, whether it rebuts, whether it reports a
   * change.
   */
  negated: number[][];
  rebuttal: boolean[];
  reportsChange: boolean[];
  downplays: boolean[];
}

const fingerprints = new WeakMap<Policy, string>();

/** A short hash of a policy's content (FNV-1a over its JSON), cached per policy object. */
export function policyFingerprint(policy: Policy): string {
  let f = fingerprints.get(policy);
  if (f === undefined) {
    const text = JSON.stringify(policy);
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    fingerprints.set(policy, (f = (h >>> 0).toString(16).padStart(8, '0') + text.length.toString(16)));
  }
  return f;
}

/** The snapshot's claim → keys lists turned per key (claim order kept: claims are read in order), in two passes. */
function keyPostings(claimKeys: readonly (readonly number[])[], keyCount: number) {
  const start = new Int32Array(keyCount + 1);
  for (const list of claimKeys) for (const packed of list) start[(packed >> 1) + 1]!++;
  for (let id = 0; id < keyCount; id++) start[id + 1]! += start[id]!;
  const claims = new Int32Array(start[keyCount]!);
  const fill = start.slice(0, keyCount);
  claimKeys.forEach((list, ci) => {
    for (const packed of list) claims[fill[packed >> 1]!++] = ci * 2 + (packed & 1);
  });
  return { claims, start };
}

/** What a restored index keeps of its snapshot to make its keys: the rest is garbage once the restore is done. */
type KeySource = Pick<IndexSnapshot, 'display' | 'topics' | 'specificity' | 'needsSuffix' | 'claimKeys'>;

/** Only the fields RestoredKeys reads. */
function pickKeySource({ display, topics, specificity, needsSuffix, claimKeys }: IndexSnapshot): KeySource {
  return { display, topics, specificity, needsSuffix, claimKeys };
}

/** A restored index's keys, each made on first use exactly as the build made it (same finishKey, same inputs). */
class RestoredKeys implements KeyTable {
  readonly length: number;
  /** Keys made so far, by id (sized up front: an array written out of order would turn into a slow dictionary). */
  private readonly made: (KeyInfo | undefined)[];
  private readonly suffix: Set<number>;
  /** Per key, its claims (claim index * 2 + 1 for an entity) in claim order: claims[start[id] .. start[id + 1]). */
  private postings: { claims: Int32Array; start: Int32Array } | null = null;

  constructor(
    private readonly texts: readonly string[],
    private readonly s: KeySource,
    private readonly policy: Policy,
  ) {
    this.length = texts.length;
    this.made = new Array<KeyInfo | undefined>(texts.length).fill(undefined);
    this.suffix = new Set(s.needsSuffix);
  }

  get(id: number): KeyInfo {
    return (this.made[id] ??= this.make(id));
  }

  display(id: number): string {
    // n: the spelling of key (id - n), which holds it.
    const back = this.s.display[id];
    const i = typeof back === 'number' ? id - back : id;
    const d = this.s.display[i];
    return typeof d === 'string' ? d : this.texts[i]!;
  }

  private make(id: number): KeyInfo {
    if (id < 0 || id >= this.length) throw new RangeError(`index snapshot: no key ${id}`);
    const k = newKey(this.texts[id]!, this.suffix.has(id));
    const { claims, start } = (this.postings ??= keyPostings(this.s.claimKeys, this.length));
    for (let j = start[id]!; j < start[id + 1]!; j++) {
      k.claims.push(claims[j]! >> 1);
      k.kinds.push(claims[j]! & 1 ? 'entity' : 'term');
    }
    finishKey(k, this.s.topics[id]!, this.s.specificity[id]!, this.policy);
    return k;
  }
}

/**
 * A claim as newIndexedClaim and the build make it, with its key map made on first read from its packed keys
 * (IndexSnapshot.claimKeys): only claims a page's sentences come near are scored, and making every claim's map was
 * most of a restore (8,500 entries). A class, so every restored claim has one shape.
 */
class RestoredClaim implements IndexedClaim {
  readonly figures: ClaimFigure[];
  private made: Map<number, KeyKind> | undefined;

  constructor(
    readonly claim: Claim,
    readonly topicIndex: number,
    readonly years: number[],
    readonly required: number[][],
    readonly requiredActors: number,
    readonly excluded: number[],
    readonly requiredEra: number,
    readonly disputes: number[],
    private readonly packed: readonly number[],
  ) {
    this.figures = claimFigures(claim);
  }

  get keys(): Map<number, KeyKind> {
    return (this.made ??= new Map(this.packed.map((p) => [p >> 1, p & 1 ? 'entity' : 'term'] as const)));
  }
}

/** The index and polarity restored from a snapshot, ready for a matcher. */
export interface RestoredIndex {
  index: ClaimIndex;
  polarity: ClaimPolarity[];
}

/**
 * The keys' spellings as the snapshot holds them (IndexSnapshot.display): each spelling is held by the key whose text
 * it is (as null) if there is one, else by its first key, and the others point to it.
 */
function displays(keys: readonly KeyInfo[], display: (id: number) => string): (string | null | number)[] {
  const holder = new Map<string, number>();
  keys.forEach((k, id) => {
    const d = display(id);
    if (!holder.has(d) || d === k.text) holder.set(d, id);
  });
  return keys.map((k, id) => {
    const d = display(id);
    const h = holder.get(d)!;
    return h !== id ? id - h : d === k.text ? null : d;
  });
}

/** Snapshots an index built from some claims, with their polarity. */
export function snapshotIndex(index: ClaimIndex, polarity: readonly ClaimPolarity[]): IndexSnapshot {
  const keys = allKeys(index.keys);
  const topics = keys.map(() => new Set<number>());
  for (const c of index.claims) for (const id of c.keys.keys()) topics[id]!.add(c.topicIndex);
  return {
    version: 3,
    claimIds: index.claims.map((c) => c.claim.id),
    policy: policyFingerprint(index.policy),
    automaton: index.automaton.toSnapshot(keys.map((k) => k.text)),
    display: displays(keys, (id) => index.keys.display(id)),
    topics: topics.map((t) => t.size),
    specificity: keys.map((k) => k.specificity),
    needsSuffix: keys.flatMap((k, id) => (k.needsSuffix ? [id] : [])),
    claimKeys: index.claims.map((c) => [...c.keys].map(([id, kind]) => id * 2 + (kind === 'entity' ? 1 : 0))),
    years: index.claims.map((c) => c.years),
    required: index.claims.map((c) => c.required),
    requiredActors: index.claims.map((c) => c.requiredActors),
    excluded: index.claims.map((c) => c.excluded),
    requiredEra: index.claims.map((c) => c.requiredEra),
    disputes: index.claims.map((c) => c.disputes),
    negated: polarity.map((p) => [...p.negated].map(([id, neg]) => id * 2 + (neg ? 1 : 0))),
    rebuttal: polarity.map((p) => p.rebuttal),
    reportsChange: polarity.map((p) => p.reportsChange),
    downplays: polarity.map((p) => p.downplays),
  };
}

/**
 * Restores the index a snapshot was made of, over the same claims (in the same order) and with the same policy;
 * throws on any mismatch.
 */
export function restoreIndex(
  claims: readonly Claim[],
  s: IndexSnapshot,
  policy: Policy = DEFAULT_POLICY,
): RestoredIndex {
  return drainSteps(restoreIndexSteps(claims, s, policy));
}

/**
 * The same restore in small steps (see steps.ts), so a page's main thread is never held for long. `policyChecked`:
 * the caller knows the snapshot was made with `policy` (the content script: the build made both from
 * data/policy/matching.json, which tests/unit/core/bundled-snapshot.test.ts checks), so no page fingerprints the
 * policy (a loop over its 7,000-character JSON: about 5 ms of a page's start-up, cold).
 */
export function* restoreIndexSteps(
  claims: readonly Claim[],
  s: IndexSnapshot,
  policy: Policy = DEFAULT_POLICY,
  { policyChecked = false } = {},
): Generator<void, RestoredIndex> {
  if (s.version !== 3) throw new Error(`index snapshot: unknown version ${String(s.version)}`);
  if (s.claimIds.length !== claims.length || claims.some((c, i) => c.id !== s.claimIds[i])) {
    throw new Error(`index snapshot: made for ${s.claimIds.length} other claims, not these ${claims.length}`);
  }
  if (!policyChecked && s.policy !== policyFingerprint(policy)) {
    throw new Error(
      `index snapshot: made with matching policy ${s.policy}, not this one (${policyFingerprint(policy)})`,
    );
  }
  const texts = s.automaton.keys;
  // The page's scans need only the finder (one pass over the key texts); the automaton is made for the first
  // single-sentence match or explanation, if any.
  const finder = new KeyFinder(texts);
  let automaton: KeyAutomaton | undefined;
  const automatonSnapshot = s.automaton;
  yield;
  const topicIds = new Map<string, number>();
  const indexed: IndexedClaim[] = [];
  for (let ci = 0; ci < claims.length; ci++) {
    const claim = claims[ci]!;
    indexed.push(
      new RestoredClaim(
        claim,
        topicNumber(topicIds, claim.topic),
        s.years[ci]!,
        s.required[ci]!,
        s.requiredActors[ci]!,
        s.excluded[ci]!,
        s.requiredEra[ci]!,
        s.disputes[ci]!,
        s.claimKeys[ci]!,
      ),
    );
  }
  yield;
  const index: ClaimIndex = {
    claims: indexed,
    keys: new RestoredKeys(texts, pickKeySource(s), policy),
    finder,
    get automaton() {
      return (automaton ??= KeyAutomaton.fromSnapshot(automatonSnapshot));
    },
    topicCount: topicIds.size,
    policy,
  };
  const polarity = s.negated.map((list, ci) => ({
    negated: new Map(list.map((p) => [p >> 1, (p & 1) === 1])),
    rebuttal: s.rebuttal[ci]!,
    reportsChange: s.reportsChange[ci]!,
    downplays: s.downplays[ci]!,
  }));
  return { index, polarity };
}
