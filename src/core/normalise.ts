/**
 * Text normalisation for matching: NFKC (full/half width, compatibility forms), lower case, one form for quotes,
 * dashes and spaces, acronym dots dropped ("A.I." → "ai"), a few katakana spelling variants folded.
 * Output is a buffer of UTF-16 codes plus a map back to original offsets, so the index can scan it without
 * building strings and matches land on the right original characters.
 */

/** Normalised text as codes; map[i] is the original offset of code i, map[length] the original length. */
export interface NormalisedCodes {
  codes: Uint16Array;
  map: Uint32Array;
  length: number;
}

export interface Normalised {
  text: string;
  map: Uint32Array;
}

/** Characters folded after NFKC: typographic quotes, dashes, wave dashes, invisible marks, kana variants. */
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u301c': '~',
  '\uff5e': '~',
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u3001': '、',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u00ad': '',
  '\u200e': '',
  '\u200f': '',
  '\u202a': '',
  '\u202b': '',
  '\u202c': '',
  '\u202d': '',
  '\u202e': '',
  '\u2066': '',
  '\u2067': '',
  '\u2068': '',
  '\u2069': '',
  // Katakana spellings of foreign sounds that writers use interchangeably.
  ヴ: 'ブ',
  ヂ: 'ジ',
  ヅ: 'ズ',
};

const UNKNOWN = -1;
const DROP = -2;
const EXPAND = -3;
/** A small ァ, ィ, ェ or ォ: folded by what comes before it (see AFTER_VU, FULL_SIZE). */
const SMALL_VOWEL = -4;

const BU = 0x30d6; // ブ, what ヴ folds to
const U = 0x30a6; // ウ
/** ヴ as written: whole, or ウ / half-width ｳ with a voicing mark after it. */
const isVu = (c: number) => c === 0x30f4 || c === U || c === 0xff73;
/**
 * Loanword sounds that writers spell two ways: ヴァ ヴィ ヴェ ヴォ as バ ビ ベ ボ (ヴィジョン / ビジョン,
 * エヌヴィディア / エヌビディア) and ウィ ウェ ウォ as ウイ ウエ ウオ (ソフトウェア / ソフトウエア, ウォール街 /
 * ウオール街, コアウィーブ / コアウイーブ). Per small vowel: what a ブ written ヴ becomes with it, and its full size
 * (after ウ).
 */
const AFTER_VU: Record<number, number> = { 0x30a1: 0x30d0, 0x30a3: 0x30d3, 0x30a7: 0x30d9, 0x30a9: 0x30dc };
const FULL_SIZE: Record<number, number> = { 0x30a1: 0x30a2, 0x30a3: 0x30a4, 0x30a7: 0x30a8, 0x30a9: 0x30aa };
/**
 * A voicing mark on its own (half-width ﾞ ﾟ, or the combining marks of decomposed text): joined to the kana before it,
 * so ﾃﾞｰﾀｾﾝﾀｰ reads as データセンター.
 */
const SOUND_MARK = -5;
/** Per code folding to a small vowel (full or half width) or a voicing mark: that vowel or mark. */
const SMALL_OF = new Map<number, number>();
/** Per UTF-16 code: the folded code, DROP, EXPAND (see EXPANSIONS) or UNKNOWN until first seen. */
const TABLE = new Int32Array(65536).fill(UNKNOWN);
const EXPANSIONS = new Map<number, number[]>();

function learn(code: number): number {
  let folded = '';
  const ch = String.fromCharCode(code);
  // Lone surrogates pass through unchanged; astral characters are rare in news text and need no folding here.
  if (code >= 0xd800 && code <= 0xdfff) folded = ch;
  else for (const c of ch.normalize('NFKC').toLowerCase()) folded += FOLD[c] ?? c;
  if (/^\s$/.test(folded)) folded = ' ';
  const v = folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : EXPAND;
  if (v === 0x3099 || v === 0x309a) {
    SMALL_OF.set(code, v);
    return (TABLE[code] = SOUND_MARK);
  }
  if (FULL_SIZE[v] !== undefined) {
    SMALL_OF.set(code, v);
    return (TABLE[code] = SMALL_VOWEL);
  }
  if (v === EXPAND)
    EXPANSIONS.set(
      code,
      [...folded].map((c) => (/\s/.test(c) ? 32 : c.charCodeAt(0))),
    );
  TABLE[code] = v;
  return v;
}
for (let c = 0; c < 128; c++) learn(c);

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** True when the '.' at i is part of an acronym like "U.S." or "A.I.". */
function isAcronymDot(s: string, i: number): boolean {
  if (!isAsciiLetter(s.charCodeAt(i - 1)) || isAsciiLetter(s.charCodeAt(i - 2))) return false;
  // "U.S" — a dot follows the next letter
  if (isAsciiLetter(s.charCodeAt(i + 1)) && s.charCodeAt(i + 2) === 46) return true;
  return s.charCodeAt(i - 2) === 46 && isAsciiLetter(s.charCodeAt(i - 3)) && !isAsciiLetter(s.charCodeAt(i + 1));
}

/** Kana or a CJK ideograph (a following NaN, past the end, is neither). */
const isCjk = (c: number) => (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);

const isKatakana = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;

/**
 * True for a katakana middle dot between katakana (データ・センター, ラリー・エリソン): optional between the words
 * of a loanword or name, so it is dropped; elsewhere (０・２５, a decimal point) it stays.
 */
function isOptionalMiddleDot(s: string, i: number, prev: number): boolean {
  const c = s.charCodeAt(i);
  if (c !== 0x30fb && c !== 0xff65) return false;
  const next = s.charCodeAt(i + 1);
  return isKatakana(prev) && (isKatakana(next) || (next >= 0xff66 && next <= 0xff9f));
}

let scratchCodes: Uint16Array = new Uint16Array(4096);
let scratchMap: Uint32Array = new Uint32Array(4097);

/**
 * Normalises `input[from, to)` into codes with an offset map (offsets are into `input`). With `shared`, the result
 * lives in buffers reused by the next shared call (no allocation per text block on the hot path).
 */
export function normaliseCodes(input: string, from = 0, to = input.length, shared = false): NormalisedCodes {
  let codes: Uint16Array;
  let map: Uint32Array;
  if (shared) {
    if (scratchCodes.length < to - from + 8) {
      scratchCodes = new Uint16Array((to - from) * 2 + 8);
      scratchMap = new Uint32Array((to - from) * 2 + 9);
    }
    codes = scratchCodes;
    map = scratchMap;
  } else {
    codes = new Uint16Array(to - from + 8);
    map = new Uint32Array(to - from + 9);
  }
  let n = 0;
  let lastSpace = true; // drops leading spaces and collapses runs
  for (let i = from; i < to; i++) {
    const code = input.charCodeAt(i);
    let v = TABLE[code]!;
    // The common case first: a character that folds to one visible character (not a space, not a '.').
    if (v > 32 && code !== 46 && code !== 0x30fb && code !== 0xff65) {
      lastSpace = false;
      codes[n] = v;
      map[n++] = i;
      continue;
    }
    if (v === UNKNOWN) v = learn(code);
    if (v === SOUND_MARK) {
      const mark = SMALL_OF.get(code)!;
      const joined = n > 0 ? String.fromCharCode(codes[n - 1]!, mark).normalize('NFC') : '';
      lastSpace = false;
      if (joined.length === 1) {
        const c = joined.charCodeAt(0);
        const folded = TABLE[c] === UNKNOWN ? learn(c) : TABLE[c]!;
        codes[n - 1] = folded > 32 ? folded : c; // ｳﾞ → ヴ → ブ, as a whole ヴ folds
      } else {
        codes[n] = mark; // nothing to join it to (a sentence's start, a kanji): kept as it is
        map[n++] = i;
      }
      continue;
    }
    if (v === SMALL_VOWEL) {
      const small = SMALL_OF.get(code)!;
      const prev = n > 0 ? codes[n - 1]! : 0;
      lastSpace = false;
      if (prev === BU && isVu(input.charCodeAt(map[n - 1]!))) {
        codes[n - 1] = AFTER_VU[small]!; // ヴィ → ビ: one kana for the two, mapped to the ヴ
        continue;
      }
      codes[n] = prev === U ? FULL_SIZE[small]! : small;
      map[n++] = i;
      continue;
    }
    if (v === 32) {
      // Japanese is written without spaces: one beside kana or kanji is layout ("生成 AI を活用", "データ センター").
      if (lastSpace || (n > 0 && isCjk(codes[n - 1]!)) || isCjk(input.charCodeAt(i + 1))) continue;
      lastSpace = true;
    } else if (
      v === DROP ||
      (code === 46 && isAcronymDot(input, i)) ||
      isOptionalMiddleDot(input, i, n > 0 ? codes[n - 1]! : 0)
    )
      continue;
    else lastSpace = false;
    if (v !== EXPAND) {
      codes[n] = v;
      map[n++] = i;
      continue;
    }
    const exp = EXPANSIONS.get(code)!;
    // Every other input unit yields at most one code, so this keeps room for the whole rest of the input.
    if (n + exp.length + (to - i) + 2 > codes.length) {
      // Rare: many multi-character expansions (㍿, ﷺ); grow the buffers and go on.
      const size = (codes.length + exp.length) * 2 + (to - i);
      const c2 = new Uint16Array(size);
      const m2 = new Uint32Array(size + 1);
      c2.set(codes.subarray(0, n));
      m2.set(map.subarray(0, n));
      codes = c2;
      map = m2;
      if (shared) [scratchCodes, scratchMap] = [codes, map];
    }
    for (const c of exp) {
      codes[n] = c;
      map[n++] = i;
    }
  }
  if (n > 0 && codes[n - 1] === 32) n--; // no trailing space
  map[n] = to;
  return { codes, map, length: n };
}

/** Decodes codes[start, end) to a string. */
export function codesToString(codes: Uint16Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 4096)
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  return s;
}

/** Normalises text for matching and keeps an offset map back to the original. */
export function normalise(input: string): Normalised {
  const c = normaliseCodes(input);
  return { text: codesToString(c.codes, 0, c.length), map: c.map.subarray(0, c.length + 1) };
}

/** Normalises a short key (term, entity) the same way page text is normalised. */
export function normaliseKey(key: string): string {
  return normalise(key).text;
}

/** Maps a [start, end) range of normalised text back to original offsets (end exclusive). */
export function rangeToOriginal(map: Uint32Array, start: number, end: number): { start: number; end: number } {
  const s = map[start]!;
  // Just past the original char that produced the last normalised char (expansions share one original char).
  return { start: s, end: end > start ? map[end - 1]! + 1 : s };
}
