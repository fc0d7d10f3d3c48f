/**
 * The bundled claims' index, compiled once at build time and restored on every page (uBlock Origin restores its
 * serialised engine the same way): what is costly to derive (normalised keys and their variants, specificity, the
 * years a claim is about, the key groups its `requires` names and excludes, claim polarity, the trie's edge count) is
 * stored; a key's weights are derived again with the build's own functions and the matching policy, on the key's first
 * use (a page uses a few dozen of its thousands of keys). Specificity and polarity depend on the policy too, so a
 * snapshot names the policy it was made with and is restored only with that one. A restored index answers exactly like
 * a built one, for every strictness and page date (property-tested).
 */
import type { Claim } from '../evidence/schema';
import { KeyAutomaton } from './automaton';
import { KeyFinder } from './key-finder';
import { KeyTexts } from './key-texts';
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

/**
 * A JSON-safe snapshot of a claim index and its claims' polarity. What is per key is a string, not an array: the
 * restore's cost was mostly the parse of thousands of values (one string per key, one number per key and field), so
 * the keys are one string, split natively on restore, and each per-key field one code per key (perKeyCodes), read
 * with charCodeAt when the key is first used.
 */
export interface IndexSnapshot {
  version: 4;
  /** The claims' ids in index order: a restore against other claims is refused. */
  claimIds: string[];
  /** policyFingerprint of the policy the index was made with: a restore with another policy is refused. */
  policy: string;
  /** The keys' normalised texts in id order (ascending UTF-16), joined by KEY_SEPARATOR (no key holds one). */
  keys: string;
  /** How many trie edges the keys make below the root (AutomatonSnapshot.edges). */
  edges: number;
  /**
   * Per key, one code (perKeyCodes): 0 when its spelling is its normalised text, 2i + 2 when it is spellings[i], odd
   * when it is another key's, which holds it (see displays; a key's variants share its spelling: about half the keys).
   */
  display: string;
  spellings: string[];
  /** Per key, one code each: how many topics use it, and its specificity as an index into specificityValues. */
  topics: string;
  specificity: string;
  specificityValues: number[];
  /** The ids of the keys that need an inflection after them. */
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

/**
 * Between two keys' texts: a character normalised text never holds in practice (snapshotIndex refuses a key that
 * does), and that needs no escape in JSON or in the bundle's string literal (a newline did: one more per key to scan).
 */
const KEY_SEPARATOR = '|';

/** Code 48 ('0') + n stands for n: the usual values are ASCII digits and letters, one byte in the bundle. */
const CODE_ZERO = 48;

/** Small non-negative integers as one UTF-16 code each (read back with codeAt). */
function perKeyCodes(values: readonly number[], what: string): string {
  return values
    .map((n) => {
      if (!Number.isInteger(n) || n < 0 || n + CODE_ZERO >= 0xd800) {
        throw new RangeError(`index snapshot: ${what} ${n} does not fit one UTF-16 code`);
      }
      return String.fromCharCode(n + CODE_ZERO);
    })
    .join('');
}

function codeAt(codes: string, id: number): number {
  return codes.charCodeAt(id) - CODE_ZERO;
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
type KeySource = Pick<
  IndexSnapshot,
  'display' | 'spellings' | 'topics' | 'specificity' | 'specificityValues' | 'needsSuffix' | 'claimKeys'
>;

/** Only the fields RestoredKeys reads. */
function pickKeySource(s: IndexSnapshot): KeySource {
  const { display, spellings, topics, specificity, specificityValues, needsSuffix, claimKeys } = s;
  return { display, spellings, topics, specificity, specificityValues, needsSuffix, claimKeys };
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
    const code = codeAt(this.s.display, id);
    // Odd: the spelling of key (id - n), which holds it (see displays); even: the holder's own.
    const holder = code % 4 === 1 ? id - (code + 3) / 4 : code % 4 === 3 ? id + (code + 1) / 4 : id;
    const own = holder === id ? code : codeAt(this.s.display, holder);
    return own === 0 ? this.texts[holder]! : this.s.spellings[own / 2 - 1]!;
  }

  private make(id: number): KeyInfo {
    if (id < 0 || id >= this.length) throw new RangeError(`index snapshot: no key ${id}`);
    const k = newKey(this.texts[id]!, this.suffix.has(id));
    const { claims, start } = (this.postings ??= keyPostings(this.s.claimKeys, this.length));
    for (let j = start[id]!; j < start[id + 1]!; j++) {
      k.claims.push(claims[j]! >> 1);
      k.kinds.push(claims[j]! & 1 ? 'entity' : 'term');
    }
    const specificity = this.s.specificityValues[codeAt(this.s.specificity, id)]!;
    finishKey(k, codeAt(this.s.topics, id), specificity, this.policy);
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
 * The keys' spellings as the snapshot holds them (IndexSnapshot.display, spellings): each spelling is held by the key
 * whose text it is if there is one, else by its first key, and the others point to it.
 */
function displays(keys: readonly KeyInfo[], display: (id: number) => string) {
  const holder = new Map<string, number>();
  keys.forEach((k, id) => {
    const d = display(id);
    if (!holder.has(d) || d === k.text) holder.set(d, id);
  });
  const spellings: string[] = [];
  const codes = keys.map((k, id) => {
    const d = display(id);
    const h = holder.get(d)!;
    // Odd: the holder's distance n = id - h, 4n - 3 when after it, -4n - 1 when before it.
    if (h !== id) return h < id ? 4 * (id - h) - 3 : 4 * (h - id) - 1;
    if (d === k.text) return 0;
    return 2 * spellings.push(d);
  });
  return { display: perKeyCodes(codes, 'spelling code'), spellings };
}

/** Snapshots an index built from some claims, with their polarity. */
export function snapshotIndex(index: ClaimIndex, polarity: readonly ClaimPolarity[]): IndexSnapshot {
  const keys = allKeys(index.keys);
  const topics = keys.map(() => new Set<number>());
  for (const c of index.claims) for (const id of c.keys.keys()) topics[id]!.add(c.topicIndex);
  const texts = keys.map((k) => k.text);
  const bad = texts.findIndex((t) => t.includes(KEY_SEPARATOR));
  if (bad >= 0) throw new Error(`index snapshot: key ${bad} (${JSON.stringify(texts[bad])}) holds "${KEY_SEPARATOR}"`);
  const specificityValues = [...new Set(keys.map((k) => k.specificity))];
  return {
    version: 4,
    claimIds: index.claims.map((c) => c.claim.id),
    policy: policyFingerprint(index.policy),
    keys: texts.join(KEY_SEPARATOR),
    edges: index.automaton.toSnapshot(texts).edges,
    ...displays(keys, (id) => index.keys.display(id)),
    topics: perKeyCodes(
      topics.map((t) => t.size),
      'topic count',
    ),
    specificity: perKeyCodes(
      keys.map((k) => specificityValues.indexOf(k.specificity)),
      'specificity index',
    ),
    specificityValues,
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
  if (s.version !== 4) throw new Error(`index snapshot: unknown version ${String(s.version)}`);
  if (s.claimIds.length !== claims.length || claims.some((c, i) => c.id !== s.claimIds[i])) {
    throw new Error(`index snapshot: made for ${s.claimIds.length} other claims, not these ${claims.length}`);
  }
  if (!policyChecked && s.policy !== policyFingerprint(policy)) {
    throw new Error(
      `index snapshot: made with matching policy ${s.policy}, not this one (${policyFingerprint(policy)})`,
    );
  }
  const texts = s.keys === '' ? [] : s.keys.split(KEY_SEPARATOR);
  for (const field of ['display', 'topics', 'specificity'] as const) {
    if (s[field].length !== texts.length) {
      throw new Error(`index snapshot: ${s[field].length} ${field} codes for ${texts.length} keys`);
    }
  }
  // The page's scans need only the finder (nothing made up front); the automaton is made for the first
  // single-sentence match or explanation, if any.
  const finder = new KeyFinder(KeyTexts.of(texts));
  let automaton: KeyAutomaton | undefined;
  const edges = s.edges;
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
      return (automaton ??= KeyAutomaton.fromSnapshot({ keys: texts, edges }));
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
