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
import { KEY_BLOCK, KeyTexts } from './key-texts';
import { topicNumber, allKeys, type ClaimIndex, type IndexedClaim, type KeyInfo } from './claim-index';
import type { ClaimPolarity } from './features';
import { DEFAULT_POLICY, type Policy } from './policy';
import { RestoredClaim, RestoredKeys, RestoredPolarity } from './restored-index';
import {
  codeAt,
  codes,
  groupCodes,
  joined,
  wideCodeAt,
  wideCodes,
  DOWNPLAYS,
  REBUTS,
  REPORTS_CHANGE,
  SNAPSHOT_VERSION,
  type IndexSnapshot,
} from './snapshot-format';
import { drainSteps } from './steps';

export type { IndexSnapshot } from './snapshot-format';

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
  const list = keys.map((k, id) => {
    const d = display(id);
    const h = holder.get(d)!;
    // Odd: the holder's distance n = id - h, 4n - 3 when after it, -4n - 1 when before it.
    if (h !== id) return h < id ? 4 * (id - h) - 3 : 4 * (h - id) - 1;
    if (d === k.text) return 0;
    return 2 * spellings.push(d);
  });
  return { display: codes(list, 'spelling code'), spellings: joined(spellings, 'spelling') };
}

/** Snapshots an index built from some claims, with their polarity. */
export function snapshotIndex(index: ClaimIndex, polarity: readonly ClaimPolarity[]): IndexSnapshot {
  const keys = allKeys(index.keys);
  const topics = keys.map(() => new Set<number>());
  for (const c of index.claims) for (const id of c.keys.keys()) topics[id]!.add(c.topicIndex);
  const texts = keys.map((k) => k.text);
  const specificityValues = [...new Set(keys.map((k) => k.specificity))];
  const perClaim = (what: string, list: (c: IndexedClaim) => readonly number[]) =>
    index.claims.map((c) => codes(list(c), what));
  return {
    version: SNAPSHOT_VERSION,
    claimIds: index.claims.map((c) => c.claim.id),
    policy: policyFingerprint(index.policy),
    keys: joined(texts, 'key'),
    keyCount: texts.length,
    keyBlocks: wideCodes(KeyTexts.blockStarts(texts), 'key block start'),
    edges: index.automaton.toSnapshot(texts).edges,
    ...displays(keys, (id) => index.keys.display(id)),
    topics: codes(
      topics.map((t) => t.size),
      'topic count',
    ),
    specificity: codes(
      keys.map((k) => specificityValues.indexOf(k.specificity)),
      'specificity index',
    ),
    specificityValues,
    needsSuffix: codes(
      keys.map((k) => (k.needsSuffix ? 1 : 0)),
      'suffix flag',
    ),
    claimKeys: perClaim('packed key', (c) => [...c.keys].map(([id, kind]) => id * 2 + (kind === 'entity' ? 1 : 0))),
    years: perClaim('year', (c) => c.years),
    required: index.claims.map((c) => groupCodes(c.required, 'required key')),
    requiredActors: codes(
      index.claims.map((c) => c.requiredActors),
      'actor group count',
    ),
    excluded: perClaim('excluded key', (c) => c.excluded),
    requiredEra: codes(
      index.claims.map((c) => c.requiredEra + 1),
      'era group',
    ),
    disputes: perClaim('disputed claim', (c) => c.disputes),
    negated: polarity.map((p) =>
      codes(
        [...p.negated].map(([id, neg]) => id * 2 + (neg ? 1 : 0)),
        'negated key',
      ),
    ),
    stance: codes(
      polarity.map(
        (p) => (p.rebuttal ? REBUTS : 0) + (p.reportsChange ? REPORTS_CHANGE : 0) + (p.downplays ? DOWNPLAYS : 0),
      ),
      'stance flags',
    ),
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

/** Refuses a snapshot whose per-key or per-claim fields do not have one entry per key or claim. */
function checkLengths(s: IndexSnapshot, keyCount: number, claimCount: number): void {
  if (s.keyBlocks.length !== 2 * Math.ceil(keyCount / KEY_BLOCK)) {
    throw new Error(`index snapshot: ${s.keyBlocks.length / 2} key blocks for ${keyCount} keys`);
  }
  for (const field of ['display', 'topics', 'specificity', 'needsSuffix'] as const) {
    if (s[field].length !== keyCount) {
      throw new Error(`index snapshot: ${s[field].length} ${field} codes for ${keyCount} keys`);
    }
  }
  const perClaim = [
    'claimKeys',
    'years',
    'required',
    'requiredActors',
    'excluded',
    'requiredEra',
    'disputes',
    'negated',
    'stance',
  ] as const;
  for (const field of perClaim) {
    if (s[field].length !== claimCount) {
      throw new Error(`index snapshot: ${s[field].length} ${field} entries for ${claimCount} claims`);
    }
  }
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
  if (s.version !== SNAPSHOT_VERSION) {
    throw new Error(
      `index snapshot: unknown version ${String(s.version)} (this build reads ${SNAPSHOT_VERSION}): make it again`,
    );
  }
  if (s.claimIds.length !== claims.length || claims.some((c, i) => c.id !== s.claimIds[i])) {
    throw new Error(`index snapshot: made for ${s.claimIds.length} other claims, not these ${claims.length}`);
  }
  if (!policyChecked && s.policy !== policyFingerprint(policy)) {
    throw new Error(
      `index snapshot: made with matching policy ${s.policy}, not this one (${policyFingerprint(policy)})`,
    );
  }
  checkLengths(s, s.keyCount, claims.length);
  const texts = KeyTexts.joinedBy(s.keys, s.keyCount, (block) => wideCodeAt(s.keyBlocks, block));
  // The page's scans need only the finder (nothing made up front); the automaton is made for the first
  // single-sentence match or explanation, if any.
  const finder = new KeyFinder(texts);
  let automaton: KeyAutomaton | undefined;
  const edges = s.edges;
  yield;
  const topicIds = new Map<string, number>();
  const indexed: IndexedClaim[] = [];
  const polarity: ClaimPolarity[] = [];
  for (let ci = 0; ci < claims.length; ci++) {
    const claim = claims[ci]!;
    indexed.push(new RestoredClaim(claim, topicNumber(topicIds, claim.topic), ci, s));
    polarity.push(new RestoredPolarity(s.negated[ci]!, codeAt(s.stance, ci)));
  }
  const index: ClaimIndex = {
    claims: indexed,
    keys: new RestoredKeys(texts, s, policy),
    finder,
    get automaton() {
      return (automaton ??= KeyAutomaton.fromSnapshot({ keys: texts.all(), edges }));
    },
    topicCount: topicIds.size,
    policy,
  };
  return { index, polarity };
}
