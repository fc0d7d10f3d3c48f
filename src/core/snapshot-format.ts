/**
 * The index snapshot's format (index-snapshot.ts makes and restores it, restored-index.ts reads it on use): a few
 * dozen strings, numbers as UTF-16 codes, so that a page parses nothing and makes no value per key or claim up front.
 */
import { KEY_SEPARATOR } from './key-texts';

/** The snapshot format this code reads and writes (a build-time value: a snapshot of another is refused). */
export const SNAPSHOT_VERSION = 5;

/**
 * A JSON-safe snapshot of a claim index and its claims' polarity, made of strings: the restore's cost was the parse
 * of thousands of values, then the split of the keys into thousands of strings. The keys are one string, read in
 * place (key-texts.ts); each per-key field is one code per key, and each per-claim list a string of codes (see
 * `codes`), read with charCodeAt when the key or claim is first used. A restore then reads no per-key or per-claim
 * value: it checks the snapshot and makes the finder and one small object per claim.
 */
export interface IndexSnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** The claims' ids in index order: a restore against other claims is refused. */
  claimIds: string[];
  /** policyFingerprint of the policy the index was made with: a restore with another policy is refused. */
  policy: string;
  /** The keys' normalised texts in id order (ascending UTF-16), joined by KEY_SEPARATOR (no key holds one). */
  keys: string;
  keyCount: number;
  /** Two codes per KEY_BLOCK keys (high and low 15 bits): where the block's first key starts in `keys`. */
  keyBlocks: string;
  /** How many trie edges the keys make below the root (AutomatonSnapshot.edges). */
  edges: number;
  /**
   * Per key, one code: 0 when its spelling is its normalised text, 2i + 2 when it is spellings[i], odd when it is
   * another key's, which holds it (see displays; a key's variants share its spelling: about half the keys).
   */
  display: string;
  /** The spellings `display` names, joined by KEY_SEPARATOR (none holds one). */
  spellings: string;
  /** Per key, one code each: how many topics use it, and its specificity as an index into specificityValues. */
  topics: string;
  specificity: string;
  specificityValues: number[];
  /** Per key, one code: 1 when it needs an inflection after it, else 0. */
  needsSuffix: string;
  /** Per claim, codes: its keys in the order it added them, each keyId * 2 + 1 for an entity, + 0 for a term. */
  claimKeys: string[];
  /** Per claim, codes: the years it is about (IndexedClaim.years). */
  years: string[];
  /** Per claim, codes: the key-id groups a sentence must each hit (IndexedClaim.required), each its size then ids. */
  required: string[];
  /** Per claim, one code: how many of its required groups are actors (IndexedClaim.requiredActors). */
  requiredActors: string;
  /** Per claim, codes: the key ids of what rules it out (IndexedClaim.excluded). */
  excluded: string[];
  /** Per claim, one code: the index of its era group in `required` plus one, 0 for none (IndexedClaim.requiredEra). */
  requiredEra: string;
  /** Per claim, codes: the indices of the claims it disputes (IndexedClaim.disputes). */
  disputes: string[];
  /** Per claim, codes: its negated keys (keyId * 2 + 1 when negated), in map order (ClaimPolarity.negated). */
  negated: string[];
  /** Per claim, one code: 1 when it rebuts, + 2 when it reports a change, + 4 when it downplays (ClaimPolarity). */
  stance: string;
}

/** ClaimPolarity's flags in IndexSnapshot.stance. */
export const REBUTS = 1;
export const REPORTS_CHANGE = 2;
export const DOWNPLAYS = 4;

/** Code 48 ('0') + n stands for n: the usual values are ASCII digits and letters, one byte in the bundle. */
const CODE_ZERO = 48;

/** Small non-negative integers as one UTF-16 code each (read back with codeAt or codeList). */
export function codes(values: readonly number[], what: string): string {
  return values
    .map((n) => {
      if (!Number.isInteger(n) || n < 0 || n + CODE_ZERO >= 0xd800) {
        throw new RangeError(`index snapshot: ${what} ${n} does not fit one UTF-16 code`);
      }
      return String.fromCharCode(n + CODE_ZERO);
    })
    .join('');
}

export function codeAt(s: string, i: number): number {
  return s.charCodeAt(i) - CODE_ZERO;
}

/** Numbers below 2^30 as two codes each, high and low 15 bits (read back with wideCodeAt). */
export function wideCodes(values: readonly number[], what: string): string {
  return codes(
    values.flatMap((n) => [n >> 15, n & 0x7fff]),
    what,
  );
}

export function wideCodeAt(s: string, i: number): number {
  return codeAt(s, 2 * i) * 0x8000 + codeAt(s, 2 * i + 1);
}

export function codeList(s: string): number[] {
  const list = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) list[i] = codeAt(s, i);
  return list;
}

/** Groups of numbers as codes: each group's size, then its numbers. */
export function groupCodes(groups: readonly (readonly number[])[], what: string): string {
  return codes(
    groups.flatMap((g) => [g.length, ...g]),
    what,
  );
}

export function groupList(s: string): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < s.length;) {
    const n = codeAt(s, i++);
    const g = new Array<number>(n);
    for (let j = 0; j < n; j++) g[j] = codeAt(s, i++);
    groups.push(g);
  }
  return groups;
}

/** Strings joined by KEY_SEPARATOR, refused if one holds it (they are split on it when read). */
export function joined(texts: readonly string[], what: string): string {
  const bad = texts.findIndex((t) => t.includes(KEY_SEPARATOR));
  if (bad >= 0)
    throw new Error(`index snapshot: ${what} ${bad} (${JSON.stringify(texts[bad])}) holds "${KEY_SEPARATOR}"`);
  return texts.join(KEY_SEPARATOR);
}
