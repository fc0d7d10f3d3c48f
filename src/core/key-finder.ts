/**
 * The page's key finder: every key (normalised text, at least two UTF-16 codes) that starts at a word start of a
 * block, found with no trie. Key ids follow the keys' UTF-16 order (claim-index.ts), so keys that start alike are
 * neighbours: at start-up one light pass notes where each first pair of codes begins, and nothing else is made.
 * The first time a page meets a pair, its keys go into one hash table (its two- and three-code keys alone, longer
 * keys as groups by their first four codes, each a run of ids); a word start then costs a few bit tests, and a
 * binary search of one group only where a key could start. A page meets a few hundred of the ~750 pairs.
 */

const PAIR = 0;
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
  /** Per pair: its two-code key's id or -1, once its keys are in the table (else -2). */
  private pairTwo = new Int32Array(0);
  private readonly groups = new Runs();
  /** Per key of four codes or more: the longest key of its group that is a proper prefix of it, or -1. */
  private readonly prefix: Int32Array;
  /** Scratch for the keys found in a group at one start (longest first), emitted shortest first. */
  private found: Int32Array<ArrayBuffer> = new Int32Array(16);

  /**
   * Over `keys` in strictly ascending UTF-16 order (ids are their indices). Throws on a key shorter than two codes
   * (an index never makes one) and on keys out of order: here for their first two codes, on first use otherwise.
   */
  constructor(private readonly keys: readonly string[]) {
    let last = -1;
    for (let id = 0; id < keys.length; id++) {
      const k = keys[id]!;
      if (k.length < 2) throw new RangeError(`key finder: key ${id} (${JSON.stringify(k)}) is shorter than two codes`);
      const order = k.charCodeAt(0) * 65536 + k.charCodeAt(1);
      if (order === last) continue;
      if (order < last) throw new RangeError(`key finder: key ${id} (${JSON.stringify(k)}) is out of order`);
      if (this.pairs.length) this.pairs.to[this.pairs.length - 1] = id;
      this.pairs.add(id);
      last = order;
    }
    if (this.pairs.length) this.pairs.to[this.pairs.length - 1] = keys.length;
    this.pairTwo = new Int32Array(this.pairs.length).fill(-2);
    this.prefix = new Int32Array(keys.length);
    this.resize(this.pairs.length);
    for (let i = 0; i < this.pairs.length; i++) {
      const k = keys[this.pairs.from[i]!]!;
      this.put((k.charCodeAt(0) << 16) | k.charCodeAt(1), 0, PAIR, i);
    }
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
    this.pairTwo[i] = keys[from]!.length === 2 ? from : -1;
    let group = -1;
    let q = -1;
    // In text order, a key's prefixes come before it, each extended by the next: a stack holds the chain.
    const stack: number[] = [];
    for (let id = from; id < to; id++) {
      const k = keys[id]!;
      if (id > from && !(keys[id - 1]! < k))
        throw new RangeError(`key finder: key ${id} (${JSON.stringify(k)}) is out of order`);
      if (k.length === 3) this.put(p, k.charCodeAt(2), THREE, id);
      if (k.length < 4) continue;
      const kq = (k.charCodeAt(2) << 16) | k.charCodeAt(3);
      if (group < 0 || kq !== q) {
        if (group >= 0) groups.to[group] = id;
        group = groups.add(id);
        this.put(p, kq, GROUP, group);
        q = kq;
      }
      while (stack.length && !k.startsWith(keys[stack[stack.length - 1]!]!)) stack.pop();
      prefix[id] = stack.length ? stack[stack.length - 1]! : -1;
      stack.push(id);
    }
    if (group >= 0) groups.to[group] = to;
  }

  /** Calls onHit for every key of group g that starts codes[s, n), shortest first. */
  private groupHits(g: number, codes: Uint16Array, s: number, n: number, onHit: (keyId: number, end: number) => void) {
    const { keys } = this;
    // The last key at or before the text: every key that starts the text is it or one of its prefixes.
    const first = this.groups.from[g]!;
    let lo = first;
    let hi = this.groups.to[g]!;
    let shared = 0; // codes the key before `lo` shares with the text
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const key = keys[mid]!;
      let i = 4;
      while (i < key.length && s + i < n && key.charCodeAt(i) === codes[s + i]) i++;
      // At or before the text: the key is a prefix of it, or its first differing code is the smaller.
      if (i === key.length || (s + i < n && key.charCodeAt(i) < codes[s + i]!)) {
        lo = mid + 1;
        shared = i;
      } else hi = mid;
    }
    if (lo === first) return;
    let count = 0;
    for (let id = lo - 1; id >= 0; id = this.prefix[id]!) {
      if (keys[id]!.length > shared) continue;
      if (count === this.found.length) this.found = grow(this.found);
      this.found[count++] = id;
    }
    while (count > 0) {
      const id = this.found[--count]!;
      onHit(id, s + keys[id]!.length);
    }
  }

  /**
   * Calls onHit(keyId, endExclusive) for every key occurrence in codes[0, length) that does not start inside a run
   * of [a-z0-9] (only those can pass English word-boundary checks), in start order, shorter keys first on equal
   * starts: the same calls as KeyAutomaton.scanFromWordStarts over the same keys.
   */
  scanFromWordStarts(codes: Uint16Array, length: number, onHit: (keyId: number, end: number) => void): void {
    const n = Math.min(length, codes.length);
    const { pairTwo } = this;
    // The table only changes when a pair is met for the first time (addPair): its arrays are read again then.
    let { filter, bits } = this;
    let inWord = false;
    for (let s = 0; s + 1 < n; s++) {
      const c = codes[s]!;
      const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (alnum && inWord) continue;
      inWord = alnum;
      const p = (c << 16) | codes[s + 1]!;
      const b = mix(p, 0, PAIR) >>> (29 - bits);
      if (!(filter[b >> 5]! & (1 << (b & 31)))) continue;
      const pair = this.find(p, 0, PAIR);
      if (pair < 0) continue;
      if (pairTwo[pair] === -2) {
        this.addPair(pair, p);
        ({ filter, bits } = this);
      }
      // Shortest first: the two-code key, the three-code key, then the group's.
      if (pairTwo[pair]! >= 0) onHit(pairTwo[pair]!, s + 2);
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
