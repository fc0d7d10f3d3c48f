/**
 * The page's key finder: every key (normalised text, at least two UTF-16 codes) that starts at a word start of a
 * block, found with no trie. Key ids follow the keys' UTF-16 order (claim-index.ts), so keys that start alike are
 * neighbours, and nothing is made at start-up. The first time a page meets a code at a word start, two binary
 * searches tell whether any key starts with it; the first time it meets a pair of codes, two more find the pair's
 * run of keys, which go into one hash table (its three-code keys alone, longer keys as groups by their first four
 * codes, each a run of ids). A word start then costs a few bit tests, and a binary search of one group only where a
 * key could start. A page meets a few hundred of the ~750 pairs. The keys stay one string (key-texts.ts): their codes
 * are compared in place.
 */
import { KeyTexts } from './key-texts';

const PAIR = 0;
const UNMADE = -2;
const NO_KEYS = -3;
const THREE = 1;
const GROUP = 2;

/** A 32-bit hash of an entry: its first two codes `p`, what follows `q` (its third, or third and fourth), its kind. */
function mix(p: number, q: number, kind: number): number {
  return Math.imul(p ^ Math.imul(q, 0x85ebca6b) ^ Math.imul(kind, 0xc2b2ae35), 0x9e3779b1);
}

/** Ids [from, to) of keys sharing a first pair or group, made of flat arrays (a few thousand runs, no objects). */
class Runs {
  from = new Int32Array(64);
  to = new Int32Array(64);
  length = 0;

  add(from: number): number {
    if (this.length === this.from.length) {
      this.from = grow(this.from);
      this.to = grow(this.to);
    }
    this.from[this.length] = from;
    this.to[this.length] = from;
    return this.length++;
  }
}

export class KeyFinder {
  /** The hash table's slots are the top `bits` bits of mix; the filter's bits its top `bits` + 3. */
  private bits = 0;
  /** Per slot: the entry's first two codes (c0 << 16 | c1), what follows, its kind, and its value + 1 (0 = empty). */
  private slotP = new Int32Array(0);
  private slotQ = new Int32Array(0);
  private slotKind = new Uint8Array(0);
  /** A pair's or group's run, or a three-code key's id. */
  private slotValue = new Int32Array(0);
  private entries = 0;
  /**
   * One bit per entry's hash: most word starts cost one bit test, and the table is probed only when an entry is
   * likely there (about 16 bits per entry).
   */
  private filter = new Int32Array(0);
  private readonly pairs = new Runs();
  /** Per pair: its two-code key's id or -1 once its keys are in the table, UNMADE before, NO_KEYS for none. */
  private pairTwo = new Int32Array(0);
  /** Per code (bits): whether a page's text met it at a start yet, and whether some key starts with it. */
  private readonly firstSeen = new Int32Array(2048);
  private readonly firstHas = new Int32Array(2048);
  private readonly groups = new Runs();
  /** Per key of four codes or more: the longest key of its group that is a proper prefix of it, or -1. */
  private readonly prefix: Int32Array;
  /** Scratch for the keys found in a group at one start (longest first), emitted shortest first. */
  private found: Int32Array<ArrayBuffer> = new Int32Array(16);

  /**
   * Over `keys` in strictly ascending UTF-16 order (ids are their indices), with nothing made yet. Keys shorter than
   * two codes are never found (an index never makes one); keys out of order are refused when their pair is first met.
   */
  constructor(private readonly keys: KeyTexts) {
    this.prefix = new Int32Array(keys.length);
    this.resize(16);
  }

  /** Over keys given one by one (tests). */
  static of(keys: readonly string[]): KeyFinder {
    return new KeyFinder(KeyTexts.of(keys));
  }

  /** The first id whose key's first two codes (c0 * 65536 + c1; c1 = -1 for a one-code key) are `order` or more. */
  private lowerBound(order: number): number {
    const { keys } = this;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys.code(mid, 0) * 65536 + (keys.size(mid) > 1 ? keys.code(mid, 1) : -1) < order) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Notes whether any key starts with code c (two binary searches, once per code a page meets at a start). */
  private seeFirst(c: number): void {
    this.firstSeen[c >> 5]! |= 1 << (c & 31);
    if (this.lowerBound(c * 65536) < this.lowerBound(c * 65536 + 65536)) this.firstHas[c >> 5]! |= 1 << (c & 31);
  }

  /** The run of keys starting with c0, c1 (empty when none does), found and put in the table. */
  private locatePair(p: number, c0: number, c1: number): number {
    const i = this.pairs.add(this.lowerBound(c0 * 65536 + c1));
    this.pairs.to[i] = this.lowerBound(c0 * 65536 + c1 + 1);
    if (i === this.pairTwo.length) {
      const more = new Int32Array(this.pairTwo.length * 2 + 16);
      more.set(this.pairTwo);
      this.pairTwo = more;
    }
    this.pairTwo[i] = this.pairs.to[i] === this.pairs.from[i] ? NO_KEYS : UNMADE;
    this.put(p, 0, PAIR, i);
    return i;
  }

  /** A table with room for `room` entries at most a quarter full, with the entries made so far put back. */
  private resize(room: number): void {
    const { slotP, slotQ, slotKind, slotValue } = this;
    let bits = 4;
    while (1 << bits < room * 4) bits++;
    this.bits = bits;
    this.slotP = new Int32Array(1 << bits);
    this.slotQ = new Int32Array(1 << bits);
    this.slotKind = new Uint8Array(1 << bits);
    this.slotValue = new Int32Array(1 << bits);
    this.filter = new Int32Array(1 << (bits - 2));
    this.entries = 0;
    for (let h = 0; h < slotValue.length; h++)
      if (slotValue[h]) this.put(slotP[h]!, slotQ[h]!, slotKind[h]!, slotValue[h]! - 1);
  }

  private put(p: number, q: number, kind: number, value: number): void {
    if ((this.entries + 1) * 2 > this.slotValue.length) this.resize(this.entries * 2 + 2);
    this.entries++;
    const m = mix(p, q, kind);
    const mask = this.slotValue.length - 1;
    let h = m >>> (32 - this.bits);
    while (this.slotValue[h]) h = (h + 1) & mask;
    this.slotP[h] = p;
    this.slotQ[h] = q;
    this.slotKind[h] = kind;
    this.slotValue[h] = value + 1;
    const b = m >>> (32 - this.bits - 3);
    this.filter[b >> 5]! |= 1 << (b & 31);
  }

  /** The value of an entry (see slotValue), or -1. */
  private find(p: number, q: number, kind: number): number {
    const m = mix(p, q, kind);
    const b = m >>> (32 - this.bits - 3);
    if (!(this.filter[b >> 5]! & (1 << (b & 31)))) return -1;
    const mask = this.slotValue.length - 1;
    for (let h = m >>> (32 - this.bits); this.slotValue[h]; h = (h + 1) & mask) {
      if (this.slotP[h] === p && this.slotQ[h] === q && this.slotKind[h] === kind) return this.slotValue[h]! - 1;
    }
    return -1;
  }

  /** Puts pair i's keys in the table: its three-code keys, its groups, and each longer key's prefix link. */
  private addPair(i: number, p: number): void {
    const { keys, prefix, groups } = this;
    const from = this.pairs.from[i]!;
    const to = this.pairs.to[i]!;
    this.pairTwo[i] = keys.size(from) === 2 ? from : -1;
    let group = -1;
    let q = -1;
    // In text order, a key's prefixes come before it, each extended by the next: a stack holds the chain.
    const stack: number[] = [];
    for (let id = from; id < to; id++) {
      if (id > from && !keys.before(id - 1, id))
        throw new RangeError(`key finder: key ${id} (${JSON.stringify(keys.text(id))}) is out of order`);
      const size = keys.size(id);
      if (size === 3) this.put(p, keys.code(id, 2), THREE, id);
      if (size < 4) continue;
      const kq = (keys.code(id, 2) << 16) | keys.code(id, 3);
      if (group < 0 || kq !== q) {
        if (group >= 0) groups.to[group] = id;
        group = groups.add(id);
        this.put(p, kq, GROUP, group);
        q = kq;
      }
      while (stack.length && !keys.starts(id, stack[stack.length - 1]!)) stack.pop();
      prefix[id] = stack.length ? stack[stack.length - 1]! : -1;
      stack.push(id);
    }
    if (group >= 0) groups.to[group] = to;
  }

  /** Calls onHit for every key of group g that starts codes[s, n), shortest first. */
  private groupHits(g: number, codes: Uint16Array, s: number, n: number, onHit: (keyId: number, end: number) => void) {
    const { keys } = this;
    // Read in place: addPair read every key of the group, so their starts are in keys.start.
    const { joined, start } = keys;
    // The last key at or before the text: every key that starts the text is it or one of its prefixes.
    const first = this.groups.from[g]!;
    let lo = first;
    let hi = this.groups.to[g]!;
    let shared = 0; // codes the key before `lo` shares with the text
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = start[mid]!;
      const size = start[mid + 1]! - at - 1;
      let i = 4;
      while (i < size && s + i < n && joined.charCodeAt(at + i) === codes[s + i]) i++;
      // At or before the text: the key is a prefix of it, or its first differing code is the smaller. A key shorter
      // than four codes in the range (after the group's keys, before the next group's) is after the text.
      if (i === size || (i < size && s + i < n && joined.charCodeAt(at + i) < codes[s + i]!)) {
        lo = mid + 1;
        shared = i;
      } else hi = mid;
    }
    if (lo === first) return;
    let count = 0;
    for (let id = lo - 1; id >= 0; id = this.prefix[id]!) {
      if (keys.size(id) > shared) continue;
      if (count === this.found.length) this.found = grow(this.found);
      this.found[count++] = id;
    }
    while (count > 0) {
      const id = this.found[--count]!;
      onHit(id, s + keys.size(id));
    }
  }

  /**
   * Calls onHit(keyId, endExclusive) for every key occurrence in codes[0, length) that does not start inside a run
   * of [a-z0-9] (only those can pass English word-boundary checks), in start order, shorter keys first on equal
   * starts: the same calls as KeyAutomaton.scanFromWordStarts over the same keys.
   */
  scanFromWordStarts(codes: Uint16Array, length: number, onHit: (keyId: number, end: number) => void): void {
    const n = Math.min(length, codes.length);
    const { firstSeen, firstHas } = this;
    let inWord = false;
    for (let s = 0; s + 1 < n; s++) {
      const c = codes[s]!;
      const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (alnum && inWord) continue;
      inWord = alnum;
      const w = c >> 5;
      const bit = 1 << (c & 31);
      if (!(firstSeen[w]! & bit)) this.seeFirst(c);
      if (!(firstHas[w]! & bit)) continue;
      const p = (c << 16) | codes[s + 1]!;
      let pair = this.find(p, 0, PAIR);
      if (pair < 0) pair = this.locatePair(p, c, codes[s + 1]!);
      const two = this.pairTwo[pair]!;
      if (two === NO_KEYS) continue;
      if (two === UNMADE) this.addPair(pair, p);
      // Shortest first: the two-code key, the three-code key, then the group's.
      if (this.pairTwo[pair]! >= 0) onHit(this.pairTwo[pair]!, s + 2);
      if (s + 2 >= n) continue;
      const c2 = codes[s + 2]!;
      const three = this.find(p, c2, THREE);
      if (three >= 0) onHit(three, s + 3);
      if (s + 3 >= n) continue;
      const g = this.find(p, (c2 << 16) | codes[s + 3]!, GROUP);
      if (g >= 0) this.groupHits(g, codes, s, n, onHit);
    }
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
