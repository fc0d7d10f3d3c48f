/**
 * Key occurrences in normalised text, with English word-boundary and inflection checks
 * ("bond" matches "bonds" and "bond's" but not "bondage"; Japanese keys match anywhere).
 */
import type { ClaimIndex } from './claim-index';

export interface Hit {
  keyId: number;
  /** Length of the key itself (the span may be longer by an inflection). */
  keyLength: number;
  /** Offsets in the normalised codes. */
  start: number;
  end: number;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isHiragana = (c: number) => c >= 0x3041 && c <= 0x309f;
/** Inflections a key may carry and still count: plurals, possessives, past tense, -ing, -ity. */
export const SUFFIXES = new Set([
  's',
  'es',
  "'s",
  "'",
  'd',
  'ed',
  'ing',
  'ings',
  'er',
  'ers',
  'ity',
  'ities',
  'ly',
  'ies',
  'ied',
]);

/** Length of the inflection after `end` if it is an allowed one, else -1 (0 when the word ends right there). */
function suffixLength(codes: Uint16Array, length: number, end: number): number {
  let e = end;
  while (e < length && (isAlnum(codes[e]!) || (codes[e] === 39 && e === end))) e++;
  if (e === end) return 0;
  let s = '';
  for (let i = end; i < e; i++) s += String.fromCharCode(codes[i]!);
  return SUFFIXES.has(s) ? e - end : -1;
}

/** The hit for key `keyId` ending at `end` once its English word boundaries are checked, else null. */
function boundaryChecked(
  index: ClaimIndex,
  codes: Uint16Array,
  length: number,
  keyId: number,
  end: number,
): Hit | null {
  const k = index.keys.get(keyId);
  const start = end - k.text.length;
  if (k.latinStart && start > 0 && isAlnum(codes[start - 1]!)) return null;
  if (k.latinEnd) {
    const suf = suffixLength(codes, length, end);
    if (suf < 0 || (k.needsSuffix && suf === 0)) return null;
    end += suf;
  } else if (k.needsSuffix && !isHiragana(codes[end] ?? 0)) return null; // a Japanese verb stem: 戻 in 戻った, not 戻入
  return { keyId, start, end, keyLength: k.text.length };
}

/** Every key occurrence in codes[0, length), in end order, boundary-checked. */
export function findHits(index: ClaimIndex, codes: Uint16Array, length: number): Hit[] {
  const hits: Hit[] = [];
  index.automaton.scan(codes, length, (keyId, end) => {
    const h = boundaryChecked(index, codes, length, keyId, end);
    if (h) hits.push(h);
  });
  return hits;
}

/**
 * The same hits in start order (on equal starts, shorter keys first: what a stable sort of findHits by start
 * gives), found faster: a key starting with a letter or digit needs a word start, so keys are looked for only at
 * word starts and at the other characters, never inside a word, by the key finder (no automaton).
 */
export function findHitsByStart(index: ClaimIndex, codes: Uint16Array, length: number): Hit[] {
  const hits: Hit[] = [];
  index.finder.scanFromWordStarts(codes, length, (keyId, end) => {
    const h = boundaryChecked(index, codes, length, keyId, end);
    if (h) hits.push(h);
  });
  return hits;
}

/** Whether hit a sorts before b: earlier start, then the longer span, then the longer key. */
const coversBefore = (a: Hit, b: Hit) =>
  a.start < b.start || (a.start === b.start && (a.end > b.end || (a.end === b.end && a.keyLength > b.keyLength)));

/** A sorted copy (stable, like Array.prototype.sort): a sentence has a handful of hits, for which an insertion sort
 * without comparator calls is much cheaper. */
function byCover(hits: readonly Hit[]): Hit[] {
  const out = hits.slice();
  for (let i = 1; i < out.length; i++) {
    const h = out[i]!;
    let j = i - 1;
    for (; j >= 0 && coversBefore(h, out[j]!); j--) out[j + 1] = out[j]!;
    out[j + 1] = h;
  }
  return out;
}

/**
 * Drops hits that lie inside a longer hit ("data center" inside "ai data center"), keeping one per key. A name
 * inside a longer phrase that is not a name ("Sora" in "Sora downloads") stays: the sentence still names the actor.
 */
export function dropNested(hits: Hit[], isName: (keyId: number) => boolean = () => false): Hit[] {
  // On equal spans the longer key wins: "bonds" (the key as written) over its variant "bond" + "s".
  const sorted = byCover(hits);
  const out: Hit[] = [];
  const seen = new Set<number>();
  let coverEnd = -1;
  let coverName = false;
  for (const h of sorted) {
    if (h.end <= coverEnd) {
      if (coverName || !isName(h.keyId)) continue;
    } else {
      coverEnd = h.end;
      coverName = isName(h.keyId);
    }
    if (seen.has(h.keyId)) continue;
    seen.add(h.keyId);
    out.push(h);
  }
  return out;
}
