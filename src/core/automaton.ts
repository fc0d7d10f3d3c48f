/**
 * Aho-Corasick automaton over normalised UTF-16 codes: finds every occurrence of every key in one pass,
 * whatever the number of keys, so scanning a page costs the same with 100 or 10,000 claims.
 */

export class KeyAutomaton {
  /** Root transitions, dense for speed: code → node (0 = none, the root itself is node 0). */
  private readonly rootNext = new Int32Array(65536);
  /** Other transitions: node * 65536 + code → node. */
  private readonly next = new Map<number, number>();
  private fail: Int32Array = new Int32Array(1);
  /** Key id ending at this node, or -1. */
  private output: number[] = [-1];
  /** Nearest node on the failure chain that has an output, or -1. */
  private dictLink: Int32Array = new Int32Array(1);
  readonly keyLength: number[] = [];
  private nodes = 1;

  /** Builds the automaton; key ids are the indices in `keys`. Empty keys are ignored. */
  constructor(keys: readonly string[]) {
    const depthOrder: number[] = [];
    keys.forEach((key, id) => {
      this.keyLength[id] = key.length;
      if (!key) return;
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let to = node === 0 ? this.rootNext[c]! : (this.next.get(node * 65536 + c) ?? 0);
        if (!to) {
          to = this.nodes++;
          this.output.push(-1);
          if (node === 0) this.rootNext[c] = to;
          else this.next.set(node * 65536 + c, to);
        }
        node = to;
      }
      this.output[node] = id;
    });
    this.fail = new Int32Array(this.nodes);
    this.dictLink = new Int32Array(this.nodes).fill(-1);
    // Breadth-first failure links: group child edges by parent first.
    const children = new Map<number, [number, number][]>();
    for (let c = 0; c < 65536; c++) {
      const to = this.rootNext[c]!;
      if (to) depthOrder.push(to);
    }
    for (const [k, to] of this.next) {
      const parent = Math.floor(k / 65536);
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push([k % 65536, to]);
    }
    for (let q = 0; q < depthOrder.length; q++) {
      const node = depthOrder[q]!;
      for (const [c, child] of children.get(node) ?? []) {
        let f = this.fail[node]!;
        let to = this.step(f, c);
        while (to === 0 && f !== 0) {
          f = this.fail[f]!;
          to = this.step(f, c);
        }
        this.fail[child] = to === child ? 0 : to;
        const fc = this.fail[child]!;
        this.dictLink[child] = this.output[fc]! >= 0 ? fc : this.dictLink[fc]!;
        depthOrder.push(child);
      }
    }
  }

  private step(node: number, c: number): number {
    return node === 0 ? this.rootNext[c]! : (this.next.get(node * 65536 + c) ?? 0);
  }

  /** Calls onHit(keyId, endExclusive) for every key occurrence in codes[0, length). */
  scan(codes: Uint16Array, length: number, onHit: (keyId: number, end: number) => void): void {
    let node = 0;
    const { rootNext, next, fail, output, dictLink } = this;
    for (let i = 0; i < length; i++) {
      const c = codes[i]!;
      let to = node === 0 ? rootNext[c]! : (next.get(node * 65536 + c) ?? 0);
      while (to === 0 && node !== 0) {
        node = fail[node]!;
        to = node === 0 ? rootNext[c]! : (next.get(node * 65536 + c) ?? 0);
      }
      node = to;
      if (node === 0) continue;
      if (output[node]! >= 0) onHit(output[node]!, i + 1);
      for (let d = dictLink[node]!; d >= 0; d = dictLink[d]!) onHit(output[d]!, i + 1);
    }
  }
}
