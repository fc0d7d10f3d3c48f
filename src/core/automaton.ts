/**
 * Aho-Corasick automaton over normalised UTF-16 codes: finds every occurrence of every key in one pass,
 * whatever the number of keys, so scanning a page costs the same with 100 or 10,000 claims.
 * Transitions live in a dense root table plus one open-addressing hash table (no Map lookups per character).
 */
import { drainSteps } from './steps';

/**
 * What a built automaton is restored from (src/core/index-snapshot.ts): its keys, and how many trie edges they make
 * below the root, so the restore sizes its hash table exactly and fills it without an intermediate map.
 */
export interface AutomatonSnapshot {
  keys: readonly string[];
  edges: number;
}

/** A copy of `a` with twice the room. */
function grow<T extends Int32Array | Uint16Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

export class KeyAutomaton {
  /** Root transitions, dense: code → node (0 = none; the root is node 0). */
  private readonly rootNext = new Int32Array(65536);
  private hashNode = new Int32Array(0);
  private hashCode = new Int32Array(0);
  private hashTo = new Int32Array(0);
  private mask = 0;
  /** Per node, bit (code & 31) set when a child's code has those low bits: most missing edges need no probe. */
  private childBits = new Int32Array(1);
  private fail = new Int32Array(1);
  /** Key id ending at this node, or -1. */
  private output = new Int32Array(1);
  /** Nearest node on the failure chain that has an output, or -1. */
  private dictLink = new Int32Array(1);
  /**
   * A restored automaton's keys until its failure links are made: only `scan` needs them, and a page's scans walk
   * from word starts without them, so a page never pays for them (see linkRestored).
   */
  private unlinked: readonly string[] | null = null;

  /** Builds the automaton; key ids are the indices in `keys`. Empty keys are ignored. */
  constructor(keys?: readonly string[]) {
    if (keys) drainSteps(this.fill(keys));
  }

  /** The same build in small steps (see steps.ts), for a page's main thread. */
  static *buildSteps(keys: readonly string[]): Generator<void, KeyAutomaton> {
    const automaton = new KeyAutomaton();
    yield* automaton.fill(keys);
    return automaton;
  }

  /** What fromSnapshot needs to make this automaton again (see AutomatonSnapshot). */
  toSnapshot(keys: readonly string[]): AutomatonSnapshot {
    let edges = 0;
    for (let h = 0; h < this.hashNode.length; h++) if (this.hashNode[h] !== -1) edges++;
    return { keys: [...keys], edges };
  }

  /**
   * The automaton built from `s.keys`, made in array passes (no maps): answers every scan exactly as the built one
   * (its failure links are made on its first `scan`). Throws when the keys make more edges than the snapshot says (it
   * was not made from these keys).
   */
  static fromSnapshot(s: AutomatonSnapshot): KeyAutomaton {
    return drainSteps(KeyAutomaton.fromSnapshotSteps(s));
  }

  /** The same restore in small steps (see steps.ts), for a page's main thread. */
  static *fromSnapshotSteps(s: AutomatonSnapshot): Generator<void, KeyAutomaton> {
    const a = new KeyAutomaton();
    a.allocHash(s.edges);
    const total = s.edges + 256; // nodes below the root, and room for its children before they are counted
    const out: number[] = [-1];
    let nodes = 1;
    let edges = 0;
    a.childBits = new Int32Array(total);
    // The nodes along the previous key: a key's variants follow it and share its start, walked again for free.
    const path = [0];
    let prev = '';
    for (let id = 0; id < s.keys.length; id++) {
      const key = s.keys[id]!;
      const shared = Math.min(key.length, prev.length);
      let i = 0;
      while (i < shared && key.charCodeAt(i) === prev.charCodeAt(i)) i++;
      let node = path[i]!;
      for (; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let to = a.step(node, c);
        if (!to) {
          if (node !== 0 && ++edges > s.edges)
            throw new Error(`automaton snapshot: the keys make more than ${s.edges} edges`);
          to = nodes++;
          if (to >= a.childBits.length) a.childBits = grow(a.childBits);
          out.push(-1);
          if (node === 0) a.rootNext[c] = to;
          else a.insertEdge(node, c, to);
        }
        node = to;
        path[i + 1] = to;
      }
      prev = key;
      if (key) out[node] = id;
      if (id % 128 === 127) yield;
    }
    a.output = Int32Array.from(out);
    a.childBits = a.childBits.slice(0, nodes);
    a.unlinked = s.keys;
    return a;
  }

  /**
   * Makes a restored automaton's failure links (`scan` needs them): its nodes' parents and codes again, then the links.
   */
  private linkRestored(keys: readonly string[]): void {
    const nodes = this.output.length;
    const parent = new Int32Array(nodes);
    const code = new Uint16Array(nodes);
    for (const key of keys) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        const to = this.step(node, c);
        parent[to] = node;
        code[to] = c;
        node = to;
      }
    }
    // Failure links in breadth-first order (by depth): a node's link is always shallower than the node. A parent is
    // made before its children, so one pass in id order gives every depth.
    const depth = new Int32Array(nodes);
    let deepest = 0;
    for (let n = 1; n < nodes; n++) deepest = Math.max(deepest, (depth[n] = depth[parent[n]!]! + 1));
    // Counting sort by depth: start[d] is where depth d's nodes begin in byDepth.
    const start = new Int32Array(deepest + 2);
    for (let n = 1; n < nodes; n++) start[depth[n]! + 1]!++;
    for (let d = 1; d <= deepest + 1; d++) start[d]! += start[d - 1]!;
    const byDepth = new Int32Array(nodes);
    for (let n = 1; n < nodes; n++) byDepth[start[depth[n]!]!++] = n;
    this.fail = new Int32Array(nodes);
    this.dictLink = new Int32Array(nodes).fill(-1);
    for (let i = 0; i < nodes - 1; i++) this.link(parent[byDepth[i]!]!, code[byDepth[i]!]!, byDepth[i]!);
  }

  private insertEdge(node: number, c: number, to: number): void {
    let h = this.slot(node, c);
    while (this.hashNode[h] !== -1) h = (h + 1) & this.mask;
    this.hashNode[h] = node;
    this.hashCode[h] = c;
    this.hashTo[h] = to;
    this.childBits[node]! |= 1 << (c & 31);
  }

  /** Sets the failure and dictionary links of `child` (edge `c` from `node`), once `node`'s are set. */
  private link(node: number, c: number, child: number): void {
    if (node === 0) {
      this.fail[child] = 0;
      this.dictLink[child] = -1;
      return;
    }
    let f = this.fail[node]!;
    let to = this.step(f, c);
    while (to === 0 && f !== 0) {
      f = this.fail[f]!;
      to = this.step(f, c);
    }
    this.fail[child] = to;
    this.dictLink[child] = this.output[to]! >= 0 ? to : this.dictLink[to]!;
  }

  private *fill(keys: readonly string[]): Generator<void, void> {
    const edges = new Map<number, number>(); // node * 65536 + code → node, while building
    const out: number[] = [-1];
    let nodes = 1;
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id]!;
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let to = node === 0 ? this.rootNext[c]! : (edges.get(node * 65536 + c) ?? 0);
        if (!to) {
          to = nodes++;
          out.push(-1);
          if (node === 0) this.rootNext[c] = to;
          else edges.set(node * 65536 + c, to);
        }
        node = to;
      }
      if (key) out[node] = id;
      if (id % 256 === 255) yield;
    }
    this.output = Int32Array.from(out);
    this.childBits = new Int32Array(nodes);
    this.buildHash(edges);
    yield;
    yield* this.buildFailureLinks(nodes, edges);
  }

  /** Empty edge tables at most half full for `edges` edges (a power of two, so a mask picks the slot). */
  private allocHash(edges: number): void {
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.hashNode = new Int32Array(size).fill(-1);
    this.hashCode = new Int32Array(size);
    this.hashTo = new Int32Array(size);
  }

  private buildHash(edges: Map<number, number>): void {
    this.allocHash(edges.size);
    for (const [k, to] of edges) this.insertEdge(Math.floor(k / 65536), k % 65536, to);
  }

  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
  }

  private step(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]!;
    if (!(this.childBits[node]! & (1 << (c & 31)))) return 0;
    for (let h = this.slot(node, c); ; h = (h + 1) & this.mask) {
      const n = this.hashNode[h]!;
      if (n === -1) return 0;
      if (n === node && this.hashCode[h] === c) return this.hashTo[h]!;
    }
  }

  private *buildFailureLinks(nodes: number, edges: Map<number, number>): Generator<void, void> {
    this.fail = new Int32Array(nodes);
    this.dictLink = new Int32Array(nodes).fill(-1);
    const children = new Map<number, [number, number][]>();
    for (const [k, to] of edges) {
      const parent = Math.floor(k / 65536);
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push([k % 65536, to]);
    }
    const queue: number[] = [];
    for (let c = 0; c < 65536; c++) if (this.rootNext[c]) queue.push(this.rootNext[c]!);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of children.get(node) ?? []) {
        this.link(node, c, child);
        queue.push(child);
      }
      if (q % 1024 === 1023) yield;
    }
  }

  /**
   * Calls onHit(keyId, endExclusive) for every key occurrence in codes[0, length) that does not start inside a
   * run of [a-z0-9] (only those can pass English word-boundary checks), in start order, shorter keys first on
   * equal starts: walks down the trie's edges from each such start, no failure links.
   */
  scanFromWordStarts(codes: Uint16Array, length: number, onHit: (keyId: number, end: number) => void): void {
    const { rootNext, output } = this;
    const n = Math.min(length, codes.length);
    let inWord = false;
    for (let s = 0; s < n; s++) {
      const c = codes[s]!;
      const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (alnum && inWord) continue;
      inWord = alnum;
      let node = rootNext[c]!;
      for (let i = s + 1; node !== 0; i++) {
        if (output[node]! >= 0) onHit(output[node]!, i);
        if (i >= n) break;
        node = this.step(node, codes[i]!);
      }
    }
  }

  /** Calls onHit(keyId, endExclusive) for every key occurrence in codes[0, length). */
  scan(codes: Uint16Array, length: number, onHit: (keyId: number, end: number) => void): void {
    if (this.unlinked) {
      this.linkRestored(this.unlinked);
      this.unlinked = null;
    }
    let node = 0;
    const { rootNext, fail, output, dictLink } = this;
    const n = Math.min(length, codes.length); // never read past the buffer: undefined codes would loop forever
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      let to = node === 0 ? rootNext[c]! : this.step(node, c);
      while (to === 0 && node !== 0) {
        node = fail[node]!;
        to = node === 0 ? rootNext[c]! : this.step(node, c);
      }
      node = to;
      if (node === 0) continue;
      if (output[node]! >= 0) onHit(output[node]!, i + 1);
      for (let d = dictLink[node]!; d >= 0; d = dictLink[d]!) onHit(output[d]!, i + 1);
    }
  }
}
