/**
 * An index's key texts as one string and a table of where each starts, not one string per key: a restored index
 * (index-snapshot.ts) takes the snapshot's joined keys as they are, and the key finder compares their codes in place.
 * Splitting them made about 5,000 strings on every page that restores the index (and a young-generation collection);
 * finding where each starts took a few hundred microseconds in Chromium, cold. A restored table is filled a block of
 * keys at a time, when a key of the block is first read, from where the snapshot says the block starts.
 */

/**
 * Between two keys in the joined text: a character a normalised key never holds in practice (a snapshot refuses a
 * key that does), and that needs no escape in JSON or in a bundle's string literal.
 */
export const KEY_SEPARATOR = '|';

/** Keys per block (a power of two): a page's scan reads keys of most blocks, but few of each. */
export const KEY_BLOCK = 64;
const BLOCK_SHIFT = Math.log2(KEY_BLOCK);

export class KeyTexts {
  /**
   * Key `id` is joined[start[id], start[id + 1] - 1): one separator after each key. Read only after `fill` (every
   * method here does; the key finder reads it directly for keys it has read before).
   */
  readonly start: Int32Array;
  /** Per block of KEY_BLOCK keys: 1 once its starts (and the next block's first) are in `start`. */
  private readonly filled: Uint8Array;
  private list: readonly string[] | undefined;

  private constructor(
    readonly joined: string,
    readonly length: number,
    private readonly blockStart: (block: number) => number,
  ) {
    this.start = new Int32Array(length + 1);
    this.filled = new Uint8Array((length + KEY_BLOCK - 1) >> BLOCK_SHIFT);
  }

  /** Over keys given one by one (a built index): they may hold the separator, their starts come from their lengths. */
  static of(texts: readonly string[]): KeyTexts {
    const keys = new KeyTexts(texts.join(KEY_SEPARATOR), texts.length, () => 0);
    for (let id = 0; id < texts.length; id++) keys.start[id + 1] = keys.start[id]! + texts[id]!.length + 1;
    keys.filled.fill(1);
    keys.list = texts.slice();
    return keys;
  }

  /**
   * Over `length` keys joined by KEY_SEPARATOR, none holding it, where `blockStart(b)` is where key b * KEY_BLOCK
   * starts (see blockStarts): nothing is read until a key is.
   */
  static joinedBy(joined: string, length: number, blockStart: (block: number) => number): KeyTexts {
    return new KeyTexts(joined, length, blockStart);
  }

  /** Where each block's first key starts in the joined keys (what joinedBy's `blockStart` gives back). */
  static blockStarts(texts: readonly string[]): number[] {
    const starts: number[] = [];
    let at = 0;
    texts.forEach((t, id) => {
      if (id % KEY_BLOCK === 0) starts.push(at);
      at += t.length + 1;
    });
    return starts;
  }

  /** Fills block b's starts, one native search per key; a block that does not end where the next starts is refused. */
  private fill(b: number): void {
    const { joined, start } = this;
    const from = b << BLOCK_SHIFT;
    const to = Math.min(from + KEY_BLOCK, this.length);
    let at = this.blockStart(b);
    for (let id = from; id < to; id++) {
      start[id] = at;
      const end = joined.indexOf(KEY_SEPARATOR, at);
      at = (end < 0 ? joined.length : end) + 1;
    }
    if (at !== (to === this.length ? joined.length + 1 : this.blockStart(b + 1))) {
      throw new Error(`key texts: keys ${from} to ${to - 1} do not end where the next start`);
    }
    start[to] = at;
    this.filled[b] = 1;
  }

  /** Key `id`'s start, its block filled if need be. */
  private at(id: number): number {
    if (this.filled[id >> BLOCK_SHIFT] === 0) this.fill(id >> BLOCK_SHIFT);
    return this.start[id]!;
  }

  /** Key `id`'s text (a new string: for making a key, not for scanning). */
  text(id: number): string {
    if (this.list) return this.list[id]!;
    const at = this.at(id);
    return this.joined.slice(at, this.start[id + 1]! - 1);
  }

  /** How many UTF-16 codes key `id` has. */
  size(id: number): number {
    const at = this.at(id);
    return this.start[id + 1]! - at - 1;
  }

  /** The i-th code of key `id` (i < size(id)). */
  code(id: number, i: number): number {
    return this.joined.charCodeAt(this.at(id) + i);
  }

  /** Whether key a comes strictly before key b in UTF-16 order. */
  before(a: number, b: number): boolean {
    const na = this.size(a);
    const nb = this.size(b);
    for (let i = 0; i < na && i < nb; i++) {
      const d = this.code(a, i) - this.code(b, i);
      if (d !== 0) return d < 0;
    }
    return na < nb;
  }

  /** Whether key `prefix` starts key `id`. */
  starts(id: number, prefix: number): boolean {
    const n = this.size(prefix);
    if (n > this.size(id)) return false;
    for (let i = 0; i < n; i++) if (this.code(id, i) !== this.code(prefix, i)) return false;
    return true;
  }

  /** Every key's text, in id order (made once: the automaton's build takes them so). */
  all(): readonly string[] {
    // A list given to of() is kept; joinedBy's keys hold no separator.
    return (this.list ??= this.length === 0 ? [] : this.joined.split(KEY_SEPARATOR));
  }
}
