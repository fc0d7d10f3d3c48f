/**
 * The probe: a cheap test, made at build time from the bundled index's keys, that a text must pass before the engine
 * can find any match in it. The always-on content script runs it on a page's text blocks and loads the engine (and
 * its index) only when some block passes (src/page/page-engine.ts), so a page with no claim never parses or restores
 * them.
 *
 * Why it is a necessary condition. A match needs a candidate claim, and candidates come only from hits of evidence
 * keys (keys some claim uses: score.ts gatherCandidates; a text with no hit is not even scored, engine.ts). decide.ts
 * agrees for every strictness: `topical` needs a term (bestTerm ≥ row.term > 0) or a named actor (entities > 0), and
 * without a key the figure bonus alone (0.7 in data/policy/matching.json) stays below the loosest `raw` threshold
 * (0.8); tests/unit/core/probe.test.ts checks both against the policy, so a policy that let a figure match alone would
 * fail there first. Each key gets an anchor such that "the normalised text holds the key as a hit" implies "the probe
 * finds the anchor":
 * - a run of [a-z0-9] inside the key (its longest): inside the key it is bounded by the key's other characters, and at
 *   the key's edges by the hit's word-boundary checks (hits.ts: a key starting with a letter or digit is preceded by
 *   none; one ending with one is followed by nothing or an allowed inflection). So the text holds a whole word that is
 *   the anchor, or the anchor plus an inflection: the probe tests every word of the text, and the word less each
 *   inflection it ends with.
 * - otherwise (Japanese keys) two adjacent characters of the key, which the text holds wherever it holds the key: the
 *   probe tests every pair of adjacent characters.
 * The probe normalises with the engine's own normaliseCodes, and is run on exactly the texts the engine is given
 * (src/page/match-blocks.ts pieces). Anchors are hashed: a collision only makes the probe fire more, never less. It
 * knows nothing of strictness, page dates or the policy's numbers: a strictness change rebuilds nothing.
 */
import { SUFFIXES } from './hits';
import { normaliseCodes } from './normalise';

/** The probe's anchors, as chosen from the keys (build time; compileProbe makes the tables the page loads). */
export interface ProbeData {
  version: 1;
  /** Anchors, separated by newlines (no key holds one: normalised text has none). */
  anchors: string;
}

/**
 * The probe's tables as the build emits them (virtual:kensho/probe): what makeProbe would otherwise work out from the
 * anchors on every page (splitting them, testing and hashing each: a few ms of the no-claim page's budget).
 */
export interface ProbeTables {
  version: 2;
  /** The anchors' hashes (hashOf), ascending. */
  hashes: number[];
  /** The longest anchor's length. */
  longest: number;
  /** Per first code of a slice anchor (one not all [a-z0-9]), a bit per slice length: pairs [code, bits], flattened. */
  slices: number[];
}

/** A key as the probe sees it: its normalised text (claim-index.ts KeyInfo.text). */
export interface ProbeKey {
  text: string;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The longest slice of a key's other characters an anchor takes (longer ones fire less often, are shared less). */
const SLICE = 4;

/** How telling a character is: kanji and katakana over digits and punctuation, over kana. */
function charRank(c: number): number {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a1 && c <= 0x30fa) ? 2 : c >= 0x3041 && c <= 0x3096 ? 0 : 1;
}

const allAlnum = (s: string) => /^[a-z0-9]+$/.test(s);

/**
 * Every anchor a key may have, the most telling first: two adjacent words of [a-z0-9] with what separates them ("data
 * center", "4 trillion"), longest first; a word on its own (when it is the whole key, or has four letters or more);
 * slices of two to four of its characters, not all [a-z0-9], longest and with kanji and katakana first, those starting
 * with [a-z0-9] last; then its shorter words.
 */
export function keyAnchors(key: string): string[] {
  const runs = [...key.matchAll(/[a-z0-9]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const spans: string[] = [];
  for (let i = 0; i + 1 < runs.length; i++) spans.push(key.slice(runs[i]!.start, runs[i + 1]!.end));
  const words = runs.map((r) => key.slice(r.start, r.end));
  const byLength = (a: string, b: string) => b.length - a.length;
  const slices: { s: string; rank: number }[] = [];
  for (let n = SLICE; n >= 2; n--) {
    for (let i = 0; i + n <= key.length; i++) {
      const s = key.slice(i, i + n);
      if (allAlnum(s)) continue;
      // A slice is tested wherever its first character is: one starting with a letter would be tested all over
      // English text, so those come after every other.
      let rank = n * 10 - (isAlnum(s.charCodeAt(0)) ? 100 : 0);
      for (let j = 0; j < n; j++) rank += charRank(s.charCodeAt(j));
      slices.push({ s, rank });
    }
  }
  slices.sort((a, b) => b.rank - a.rank);
  const telling = (w: string) => w.length >= 4 || w === key;
  return [
    ...spans.sort(byLength),
    ...words.filter(telling).sort(byLength),
    ...slices.map((x) => x.s),
    ...words.filter((w) => !telling(w)).sort(byLength),
  ];
}

/**
 * The probe's anchors for `keys` (made at build time): shorter keys first, each key reusing an anchor already chosen
 * when it has one (which costs nothing: the probe already fires on it), else adding its most telling.
 */
export function probeAnchors(keys: readonly ProbeKey[]): ProbeData {
  const chosen = new Set<string>();
  const texts = [...new Set(keys.map((k) => k.text))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const text of texts) {
    const anchors = keyAnchors(text);
    if (!anchors.length) throw new Error(`probe: key "${text}" has no anchor`);
    if (!anchors.some((a) => chosen.has(a))) chosen.add(anchors[0]!);
  }
  return { version: 1, anchors: [...chosen].sort().join('\n') };
}

/** Polynomial hash base: hash(s, e) of any slice comes in O(1) from prefix hashes (mod 2^32, Math.imul). */
const BASE = 0x01000193;

/** Hashes are kept to 30 bits: small integers, which a Set looks up without allocating. */
const SMI = 0x3fffffff;

/** The hash of `codes` as the probe's prefix hashes give it. */
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h & SMI;
}

/** hits.ts's inflections as they end a word of [a-z0-9] ("'s" and "'" leave the word itself as it is). */
const INFLECTIONS = [...SUFFIXES].filter((s) => /^[a-z0-9]+$/.test(s));
/** The inflections by their last letter (a word's last letter picks the few to try), as codes. */
const INFLECTIONS_BY_LAST: (number[][] | undefined)[] = [];
for (const s of INFLECTIONS)
  (INFLECTIONS_BY_LAST[s.charCodeAt(s.length - 1)] ??= []).push(Array.from(s, (c) => c.charCodeAt(0)));

/** A text's test: true when it may hold a match (see the file comment), false when it cannot. */
export type Probe = (text: string) => boolean;

let prefix = new Int32Array(4096);

/** The tables of the probe over `data` (build time: makeProbe then does no work per anchor on the page). */
export function compileProbe(data: ProbeData): ProbeTables {
  if (data.version !== 1) throw new Error(`probe: unknown data version ${String(data.version)}`);
  const hashes = new Set<number>();
  const slices = new Map<number, number>();
  let longest = 0;
  for (const a of data.anchors.split('\n')) {
    if (a.length < 1) continue;
    hashes.add(hashOf(a));
    longest = Math.max(longest, a.length);
    if (!allAlnum(a)) slices.set(a.charCodeAt(0), (slices.get(a.charCodeAt(0)) ?? 0) | (1 << a.length));
  }
  return {
    version: 2,
    hashes: [...hashes].sort((x, y) => x - y),
    longest,
    slices: [...slices].sort(([x], [y]) => x - y).flat(),
  };
}

/** The probe over `tables` (made once per page). */
export function makeProbe(tables: ProbeTables): Probe {
  if (tables.version !== 2) throw new Error(`probe: unknown tables version ${String(tables.version)}`);
  const anchors = new Set<number>(tables.hashes);
  /** Per first code of a slice anchor: a bit per slice length (2..SLICE). */
  const slices = new Uint8Array(65536);
  for (let i = 0; i + 1 < tables.slices.length; i += 2) slices[tables.slices[i]!] = tables.slices[i + 1]!;
  const longest = tables.longest;
  const pow = new Int32Array(longest + 8);
  pow[0] = 1;
  for (let i = 1; i < pow.length; i++) pow[i] = Math.imul(pow[i - 1]!, BASE);
  const maxSpan = pow.length - 1;
  const has = (s: number, e: number) =>
    e - s <= maxSpan && anchors.has((prefix[e]! - Math.imul(prefix[s]!, pow[e - s]!)) & SMI);
  /** Whether codes[from, e) is an anchor, or is one followed by an inflection ending at e (word ends at e). */
  const wordAnchor = (codes: Uint16Array, from: number, s: number, e: number): boolean => {
    if (has(from, e)) return true;
    const inflections = INFLECTIONS_BY_LAST[codes[e - 1]!];
    if (!inflections) return false;
    for (const inf of inflections) {
      if (e - s <= inf.length) continue;
      let ok = true;
      for (let j = 0; j < inf.length - 1 && ok; j++) ok = codes[e - inf.length + j] === inf[j];
      if (ok && has(from, e - inf.length)) return true;
    }
    return false;
  };
  return (text) => {
    const { codes, length } = normaliseCodes(text, 0, text.length, true);
    if (prefix.length < length + 1) prefix = new Int32Array(length * 2 + 1);
    let h = 0;
    prefix[0] = 0;
    for (let i = 0; i < length; i++) prefix[i + 1] = h = (Math.imul(h, BASE) + codes[i]!) | 0;
    let wordStart = -1;
    let prevStart = -1;
    const endWord = (e: number) => {
      const hit =
        wordAnchor(codes, wordStart, wordStart, e) || (prevStart >= 0 && wordAnchor(codes, prevStart, wordStart, e));
      prevStart = wordStart;
      wordStart = -1;
      return hit;
    };
    for (let i = 0; i < length; i++) {
      const c = codes[i]!;
      const lengths = slices[c]!;
      if (lengths)
        for (let n = 2; n <= SLICE && i + n <= length; n++) if (lengths & (1 << n) && has(i, i + n)) return true;
      if (isAlnum(c)) {
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0 && endWord(i)) return true;
    }
    return wordStart >= 0 && endWord(length);
  };
}
