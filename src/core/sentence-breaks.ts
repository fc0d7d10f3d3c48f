/**
 * Sentence breaks by the rules of Unicode's UAX #29 (what Intl.Segmenter's ICU follows), for text written only in
 * characters whose sentence-break class is known here: ASCII, Latin-1, general punctuation, currency signs, arrows,
 * symbols and shapes (→, ①, ■, ★), kana, CJK ideographs, full-width forms. News text is almost always just that,
 * and a pass over it costs a fraction of ICU's segmenter; any other character (combining marks, format controls,
 * other scripts) returns -1 so the caller asks ICU instead.
 */

// The break classes of UAX #29 this file tells apart; those below ATERM never end a sentence by themselves.
const [OTHER, LOWER, UPPER, OLETTER, NUMERIC] = [0, 1, 2, 3, 4];
/** Quotes and brackets; ',', ';', ':', '、' and dashes, which keep a sentence going after a terminator; spaces. */
const [CLOSE, SCONTINUE, SP] = [5, 6, 7];
/** '.' (ATerm), which a number, an initial or a lower-case word may follow in one sentence; '!', '?', '。' (STerm). */
const [ATERM, STERM] = [8, 9];
const [LF, CR] = [10, 11];
/** Not known here (or a class this file leaves to ICU: Extend, Format, Sep). */
const UNKNOWN = 12;

/**
 * Each entry starts a run of one class that lasts until the next entry, over the BMP, from the Unicode data as this
 * file's test checks it against Intl.Segmenter character by character. U+0000 is left to ICU so that a code past
 * the end of the text (NaN, read as U+0000 by classOf) is UNKNOWN too.
 */
// Kept a few runs a line (one a line, as the formatter would have it, is 130 lines).
// prettier-ignore
const RUNS: readonly (readonly [number, number])[] = [
  [0x00, UNKNOWN], [0x01, OTHER], [0x09, SP], [0x0a, LF], [0x0b, SP], [0x0d, CR], [0x0e, OTHER], [0x20, SP],
  [0x21, STERM], [0x22, CLOSE], [0x23, OTHER], [0x27, CLOSE], [0x2a, OTHER], [0x2c, SCONTINUE], [0x2e, ATERM],
  [0x2f, OTHER], [0x30, NUMERIC], [0x3a, SCONTINUE], [0x3c, OTHER], [0x3f, STERM], [0x40, OTHER], [0x41, UPPER],
  [0x5b, CLOSE], [0x5c, OTHER], [0x5d, CLOSE], [0x5e, OTHER], [0x61, LOWER], [0x7b, CLOSE], [0x7c, OTHER],
  [0x7d, CLOSE], [0x7e, OTHER], [0x80, UNKNOWN], [0xa0, SP], [0xa1, OTHER], [0xaa, LOWER], [0xab, CLOSE], [0xac, OTHER],
  [0xad, UNKNOWN], [0xae, OTHER], [0xb5, LOWER], [0xb6, OTHER], [0xba, LOWER], [0xbb, CLOSE], [0xbc, OTHER],
  [0xc0, UPPER], [0xd7, OTHER], [0xd8, UPPER], [0xdf, LOWER], [0xf7, OTHER], [0xf8, LOWER], [0x100, UNKNOWN],
  [0x2000, SP], [0x200b, UNKNOWN], [0x2010, OTHER], [0x2013, SCONTINUE], [0x2015, OTHER], [0x2018, CLOSE],
  [0x2020, OTHER], [0x2024, ATERM], [0x2025, OTHER], [0x2028, UNKNOWN], [0x202f, SP], [0x2030, OTHER], [0x2039, CLOSE],
  [0x203b, OTHER], [0x203c, STERM], [0x203e, OTHER], [0x2045, CLOSE], [0x2047, STERM], [0x204a, OTHER], [0x205f, SP],
  [0x2060, UNKNOWN], [0x20a0, OTHER], [0x20c1, UNKNOWN], [0x2190, OTHER], [0x2308, CLOSE], [0x230c, OTHER],
  [0x2329, CLOSE], [0x232b, OTHER], [0x24b6, UPPER], [0x24d0, LOWER], [0x24ea, OTHER], [0x2700, UNKNOWN],
  [0x3000, SP], [0x3001, SCONTINUE], [0x3002, STERM], [0x3003, OTHER], [0x3005, OLETTER], [0x3008, CLOSE],
  [0x3012, OTHER], [0x3014, CLOSE], [0x301c, OTHER], [0x301d, CLOSE], [0x3020, OTHER], [0x3021, OLETTER],
  [0x302a, UNKNOWN], [0x3030, OTHER], [0x3031, OLETTER], [0x3036, OTHER], [0x3038, OLETTER], [0x303d, OTHER],
  [0x3040, UNKNOWN], [0x3041, OLETTER], [0x3097, UNKNOWN], [0x309b, OTHER], [0x309d, OLETTER], [0x30a0, OTHER],
  [0x30a1, OLETTER], [0x30fb, OTHER], [0x30fc, OLETTER], [0x3100, UNKNOWN], [0x3400, OLETTER], [0x4dc0, UNKNOWN],
  [0x4e00, OLETTER], [0xa000, UNKNOWN],
  [0xff00, UNKNOWN], [0xff01, STERM], [0xff02, OTHER], [0xff08, CLOSE], [0xff0a, OTHER], [0xff0c, SCONTINUE],
  [0xff0e, ATERM], [0xff0f, OTHER], [0xff10, NUMERIC], [0xff1a, SCONTINUE], [0xff1c, OTHER], [0xff1f, STERM],
  [0xff20, OTHER], [0xff21, UPPER], [0xff3b, CLOSE], [0xff3c, OTHER], [0xff3d, CLOSE], [0xff3e, OTHER], [0xff41, LOWER],
  [0xff5b, CLOSE], [0xff5c, OTHER], [0xff5d, CLOSE], [0xff5e, OTHER], [0xff5f, CLOSE], [0xff61, STERM], [0xff62, CLOSE],
  [0xff64, SCONTINUE], [0xff65, OTHER], [0xff66, OLETTER], [0xff9e, UNKNOWN],
];

/**
 * Per high byte, its block of 256 classes in BLOCKS: one per page a run starts inside, one per class for the rest.
 * Made on the first break asked for, not when the module loads: the always-on content script carries this file, and
 * most pages never segment a sentence (a no-claim page paid about 7 ms of task time for the eager build).
 */
let PAGES = new Uint8Array(0);
let BLOCKS = new Uint8Array(0);

function makeTables(): void {
  const pages = new Uint8Array(256);
  const mixed = new Set(RUNS.filter(([start]) => start & 0xff).map(([start]) => start >> 8));
  const blocks: number[][] = [];
  const whole = new Map<number, number>();
  let r = 0;
  const classAt = (code: number) => {
    while (r + 1 < RUNS.length && RUNS[r + 1]![0] <= code) r++;
    return RUNS[r]![1];
  };
  for (let page = 0; page < 256; page++) {
    if (mixed.has(page)) {
      pages[page] = blocks.push(Array.from({ length: 256 }, (_, i) => classAt(page * 256 + i))) - 1;
      continue;
    }
    const cls = classAt(page * 256);
    if (!whole.has(cls)) whole.set(cls, blocks.push(new Array<number>(256).fill(cls)) - 1);
    pages[page] = whole.get(cls)!;
  }
  BLOCKS = Uint8Array.from(blocks.flat());
  PAGES = pages;
}

/** The sentence-break class of UTF-16 code `c` (a code past the end, NaN, is UNKNOWN). Two loads, no branch: kana
 * and kanji alternate too often for range tests to be predicted. */
const classOf = (c: number): number => BLOCKS[(PAGES[c >> 8]! << 8) | (c & 0xff)]!;

/** Past a line break at i (CR LF stays together), or -1 when text[i] is none. */
function afterParaSep(text: string, i: number, cls: number): number {
  if (cls === LF) return i + 1;
  if (cls === CR) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return -1;
}

/**
 * The end of the sentence that starts at `from` (a break: 0 or an end this returned), as Intl.Segmenter would
 * break `text`; -1 when a character it depends on is one this file does not know (ask ICU instead).
 */
export function nextSentenceBreak(text: string, from: number): number {
  if (BLOCKS.length === 0) makeTables();
  const n = text.length;
  for (let i = from; i < n;) {
    const c = classOf(text.charCodeAt(i));
    if (c < ATERM) {
      i++;
      continue;
    }
    if (c === UNKNOWN) return -1;
    if (c === LF || c === CR) return afterParaSep(text, i, c); // SB4
    // A terminator at i. SB6 (ATerm × Numeric) and SB7 ((Upper | Lower) ATerm × Upper): "3.5", "U.S.".
    if (i + 1 >= n) return n;
    const next = classOf(text.charCodeAt(i + 1));
    if (c === ATERM) {
      const prev = i > 0 ? classOf(text.charCodeAt(i - 1)) : OTHER;
      if (next === NUMERIC || (next === UPPER && (prev === UPPER || prev === LOWER))) {
        i++;
        continue;
      }
    }
    // SATerm Close* Sp*, then what follows decides (SB8–SB11).
    let j = i + 1;
    let k = next;
    while (k === CLOSE) k = classOf(text.charCodeAt(++j));
    while (k === SP) k = classOf(text.charCodeAt(++j));
    if (j >= n) return n;
    if (k === UNKNOWN) return -1;
    if (k === LF || k === CR) return afterParaSep(text, j, k); // SB9, SB10, SB11
    if (k === SCONTINUE || k === ATERM || k === STERM) {
      i = j; // SB8a: no break; a terminator there is looked at next
      continue;
    }
    if (c === ATERM) {
      // SB8: no break when a lower-case letter follows before any letter, line break or terminator.
      let m = j;
      let km = k;
      while (km === OTHER || km === NUMERIC || km === CLOSE || km === SCONTINUE || km === SP)
        km = classOf(text.charCodeAt(++m));
      if (km === LOWER) {
        i = j;
        continue;
      }
      if (km === UNKNOWN && m < n) return -1;
    }
    return j; // SB11
  }
  return n;
}
