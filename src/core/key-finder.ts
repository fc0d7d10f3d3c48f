/**
 * The page's key finder: every key (normalised text, at least two UTF-16 codes) that starts at a word start of a
 * block, found with no trie. Keys of two and three codes stand alone in one hash table; longer keys are grouped
 * there by their first four codes. That is one array pass over the key texts, so an index is ready as soon as they
 * are there: nothing per code, no links. A group is sorted the first time a page's text meets it (a page meets a few
 * hundred), and a word start costs a few bit tests, and a binary search of a group only where a key could start.
 */

const TWO = 1;
const THREE = 2;
const GROUP = 3;

const PAIR = 0;

/** A 32-bit hash of an entry: its first two codes `p`, what follows `q` (its third, or third and fourth), its kind. */
function mix(p: number, q: number, kind: number): number {
  return Math.imul(p ^ Math.imul(q, 0x85ebca6b) ^ Math.imul(kind, 0xc2b2ae35), 0x9e3779b1);
}

export class KeyFinder {
  /** The hash table's slots are the top `bits` bits of mix; the filter's bits its top `bits` + 3. */
  private readonly bits: number;
  private readonly mask: number;
  /** Per slot: the entry's first two codes (c0 << 16 | c1), what follows, its kind, and its value + 1 (0 = empty). */
  private readonly slotP: Int32Array;
  private readonly slotQ: Int32Array;
  private readonly slotKind: Uint8Array;
  /** A key's id for a two- or three-code key, a group's number for a group. */
  private readonly slotValue: Int32Array;
  /**
   * One bit per entry's hash, and per hash of a key's first two codes: most word starts cost one bit test, and a
   * table is probed only when its entry is likely there (about 16 bits per key: 8 KB for the bundled claims).
   */
  private readonly filter: Int32Array;
  /** Key ids of the longer keys, group after group; group g is order[groupStart[g] .. groupStart[g + 1]). */
  private readonly order: Int32Array;
  private readonly groupStart: Int32Array;
  /** Whether group g is sorted by text and its prefix links made (see sortGroup). */
  private readonly sorted: Uint8Array;
  /** Per position in `order`: the position of the longest key of its group that is a proper prefix of it, or -1. */
  private readonly prefix: Int32Array;
  /** Scratch for the keys found in a group at one start (longest first), emitted shortest first. */
  private found: Int32Array<ArrayBuffer> = new Int32Array(16);

  /** Groups `keys` (ids are their indices). Throws on a key shorter than two codes (an index never makes one). */
  constructor(private readonly keys: readonly string[]) {
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.slotP = new Int32Array(1 << bits);
    this.slotQ = new Int32Array(1 << bits);
    this.slotKind = new Uint8Array(1 << bits);
    this.slotValue = new Int32Array(1 << bits);
    this.filter = new Int32Array(1 << (bits - 2));
    // Each longer key's group, numbered in order of first sight, and the groups' sizes: a counting sort.
    const groupOf = new Int32Array(keys.length).fill(-1);
    const size: number[] = [];
    for (let id = 0; id < keys.length; id++) {
      const k = keys[id]!;
      if (k.length < 2) throw new RangeError(`key finder: key ${id} (${JSON.stringify(k)}) is shorter than two codes`);
      const p = (k.charCodeAt(0) << 16) | k.charCodeAt(1);
      this.mark(mix(p, 0, PAIR));
      // A key listed twice: the last one is found, as the automaton's output keeps the last.
      if (k.length === 2) this.put(p, 0, TWO, id);
      else if (k.length === 3) this.put(p, k.charCodeAt(2), THREE, id);
      else {
        const h = this.slot(p, (k.charCodeAt(2) << 16) | k.charCodeAt(3), GROUP);
        if (!this.slotValue[h]) this.put(p, (k.charCodeAt(2) << 16) | k.charCodeAt(3), GROUP, size.push(0) - 1);
        size[(groupOf[id] = this.slotValue[h]! - 1)]!++;
      }
    }
    this.groupStart = new Int32Array(size.length + 1);
    for (let g = 0; g < size.length; g++) this.groupStart[g + 1] = this.groupStart[g]! + size[g]!;
    this.order = new Int32Array(this.groupStart[size.length]!);
    const fill = this.groupStart.slice(0, size.length);
    for (let id = 0; id < keys.length; id++) if (groupOf[id]! >= 0) this.order[fill[groupOf[id]!]!++] = id;
    this.sorted = new Uint8Array(size.length);
    this.prefix = new Int32Array(this.order.length);
  }

  private mark(m: number): void {
    const b = m >>> (32 - this.bits - 3);
    this.filter[b >> 5]! |= 1 << (b & 31);
  }

  /** The slot holding the entry, or the empty slot where it would go. */
  private slot(p: number, q: number, kind: number): number {
    let h = mix(p, q, kind) >>> (32 - this.bits);
    while (this.slotValue[h] && (this.slotP[h] !== p || this.slotQ[h] !== q || this.slotKind[h] !== kind))
      h = (h + 1) & this.mask;
    return h;
  }

  private put(p: number, q: number, kind: number, value: number): void {
    const h = this.slot(p, q, kind);
    this.slotP[h] = p;
    this.slotQ[h] = q;
    this.slotKind[h] = kind;
    this.slotValue[h] = value + 1;
    this.mark(mix(p, q, kind));
  }

  /** The value of the entry (see slotValue), or -1; `m` is its mix. */
  private find(p: number, q: number, kind: number, m: number): number {
    const b = m >>> (32 - this.bits - 3);
    if (!(this.filter[b >> 5]! & (1 << (b & 31)))) return -1;
    for (let h = m >>> (32 - this.bits); this.slotValue[h]; h = (h + 1) & this.mask) {
      if (this.slotP[h] === p && this.slotQ[h] === q && this.slotKind[h] === kind) return this.slotValue[h]! - 1;
    }
    return -1;
  }

  /** Sorts group g by text (UTF-16 order) and links each key to its longest proper prefix in the group. */
  private sortGroup(g: number): void {
    const { keys, order, prefix } = this;
    const from = this.groupStart[g]!;
    const to = this.groupStart[g + 1]!;
    // Equal texts (a key listed twice) by id: the last one is found, as the automaton's output keeps the last.
    const ids = Array.from(order.subarray(from, to)).sort((a, b) =>
      keys[a] === keys[b] ? a - b : keys[a]! < keys[b]! ? -1 : 1,
    );
    order.set(ids, from);
    // In text order, a key's prefixes come before it, each extended by the next: a stack holds the chain.
    const stack: number[] = [];
    for (let q = from; q < to; q++) {
      const text = keys[order[q]!]!;
      while (stack.length && !text.startsWith(keys[order[stack[stack.length - 1]!]!]!)) stack.pop();
      if (stack.length && keys[order[stack[stack.length - 1]!]!] === text) stack.pop();
      prefix[q] = stack.length ? stack[stack.length - 1]! : -1;
      stack.push(q);
    }
    this.sorted[g] = 1;
  }

  /** Calls onHit for every key of group g that starts codes[s, n), shortest first. */
  private groupHits(g: number, codes: Uint16Array, s: number, n: number, onHit: (keyId: number, end: number) => void) {
    if (!this.sorted[g]) this.sortGroup(g);
    const { order, keys } = this;
    // The last key at or before the text: every key that starts the text is it or one of its prefixes.
    const first = this.groupStart[g]!;
    let lo = first;
    let hi = this.groupStart[g + 1]!;
    let shared = 0; // codes the key before `lo` shares with the text
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const key = keys[order[mid]!]!;
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
    for (let q = lo - 1; q >= 0; q = this.prefix[q]!) {
      const id = order[q]!;
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
    const { filter } = this;
    const shift = 32 - this.bits - 3;
    let inWord = false;
    for (let s = 0; s + 1 < n; s++) {
      const c = codes[s]!;
      const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (alnum && inWord) continue;
      inWord = alnum;
      const p = (c << 16) | codes[s + 1]!;
      const b = mix(p, 0, PAIR) >>> shift;
      if (!(filter[b >> 5]! & (1 << (b & 31)))) continue;
      // Shortest first: the two-code key, the three-code key, then the group's.
      const two = this.find(p, 0, TWO, mix(p, 0, TWO));
      if (two >= 0) onHit(two, s + 2);
      if (s + 2 >= n) continue;
      const c2 = codes[s + 2]!;
      const three = this.find(p, c2, THREE, mix(p, c2, THREE));
      if (three >= 0) onHit(three, s + 3);
      if (s + 3 >= n) continue;
      const q = (c2 << 16) | codes[s + 3]!;
      const g = this.find(p, q, GROUP, mix(p, q, GROUP));
      if (g >= 0) this.groupHits(g, codes, s, n, onHit);
    }
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
