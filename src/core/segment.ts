/**
 * Sentence segmentation of ONE text block (a paragraph) with Intl.Segmenter, plus small repairs ICU leaves undone:
 * English abbreviations ("Mr.", "Corp.") and Japanese quotes (「…。」と述べた). Never give it a whole page:
 * V8's segmenter is super-linear on long strings, so callers segment per block.
 */
import type { MatchLang } from './types';
import { nextSentenceBreak } from './sentence-breaks';

export interface Span {
  /** UTF-16 offsets into the block. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return s;
}

/** Titles and abbreviations after which a period does not end an English sentence. */
const ABBREV =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|sr|jr|st|gen|gov|sen|rep|inc|corp|co|ltd|vs|no|fig|approx|est|jan|feb|mar|apr|aug|sept?|oct|nov|dec|e\.g|i\.e|u\.s|u\.k)\.\s*$/i;
/** Opening brackets ICU may leave at the end of the previous sentence (ASCII '"' is ambiguous, so left out). */
const OPENERS = new Set([...'「『（(“[【〈《'].map((c) => c.charCodeAt(0)));
/** A sentence longer than this is split at a clause boundary so scoring stays local. */
export const MAX_SENTENCE = 600;

/** Guesses the block's language from its script: any kana or CJK ideograph makes it Japanese. */
export function guessLang(text: string): MatchLang {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text) ? 'ja' : 'en';
}

const isWs = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x200b;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isWs(text.charCodeAt(start))) start++;
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** True when the span has more opening 「『（ than closing ones. */
function unbalanced(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300c || c === 0x300e || c === 0xff08) depth++;
    else if ((c === 0x300d || c === 0x300f || c === 0xff09) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether the break after text[start, end) is a false one ICU made (abbreviation, inside quotes). */
function shouldJoin(text: string, start: number, end: number, next: number, brackets: boolean): boolean {
  let e = end;
  while (e > start && isWs(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  if (last === 46) return isAsciiAlnum(next) && ABBREV.test(text.slice(Math.max(start, e - 8), e)); // '.'
  if (brackets && e - start < 400 && unbalanced(text, start, e)) return true; // a break inside 「…」
  // 「…。」と述べた: a closing quote followed by a particle continues the sentence.
  return (last === 0x300d || last === 0x300f) && next >= 0x3041 && next <= 0x3096;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36;

/** Splits an over-long span at clause punctuation so no sentence exceeds MAX_SENTENCE. */
function splitLong(text: string, span: Span, out: Span[]): void {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    const window = text.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
    const m = /.*[、,;；:：]\s*/s.exec(window);
    const cut = m ? start + MAX_SENTENCE / 2 + m[0].length : start + MAX_SENTENCE;
    const part = trimSpan(text, start, cut);
    if (part) out.push(part);
    start = cut;
  }
  const rest = trimSpan(text, start, span.end);
  if (rest) out.push(rest);
}

/**
 * Segments one text block into trimmed sentence spans. With `until`, stops once the sentence holding offset
 * `until` is complete: the spans returned are then exactly the first ones of the full result, up to that one
 * (the segmenter is not run over the rest of the block, which nobody needs).
 */
export function segmentBlock(text: string, lang: MatchLang = guessLang(text), until = Infinity): Span[] {
  // Our own breaks where they know every character they look at (ICU's, a pass cheaper), else ICU's.
  const raw = rawSpans(text, lang, until, true) ?? rawSpans(text, lang, until, false)!;
  const out: Span[] = [];
  for (const r of raw) {
    const t = trimSpan(text, r.start, r.end);
    if (!t) continue;
    if (t.end - t.start > MAX_SENTENCE) splitLong(text, t, out);
    else out.push(t);
  }
  return out;
}

/** The segmenter's sentences with the repairs, untrimmed; null when `own` breaks meet a character they do not know. */
function rawSpans(text: string, lang: MatchLang, until: number, own: boolean): Span[] | null {
  const raw: Span[] = [];
  const openers = /[「『（(“[【〈《]/.test(text);
  const quotes = openers && /[「『（]/.test(text);
  const segments = own ? null : segmenter(lang).segment(text);
  let prev: Span | undefined;
  // Segment by segment (through containing() for ICU: the same breaks as iterating, and cheaper).
  for (let at = 0; at < text.length;) {
    let start = at;
    let end: number;
    if (segments) {
      const seg = segments.containing(at)!;
      start = seg.index;
      end = start + seg.segment.length;
    } else if ((end = nextSentenceBreak(text, at)) < 0) return null;
    at = Math.max(end, at + 1);
    if (prev && openers) {
      // An opening bracket ICU left at the end of the previous sentence belongs to this one.
      let p = prev.end;
      while (p > prev.start && isWs(text.charCodeAt(p - 1))) p--;
      const last = p;
      while (p > prev.start && OPENERS.has(text.charCodeAt(p - 1))) p--;
      if (p < last && p > prev.start) {
        prev.end = p;
        start = p;
      }
    }
    let v = start;
    while (v < end && isWs(text.charCodeAt(v))) v++;
    if (prev && shouldJoin(text, prev.start, prev.end, text.charCodeAt(v), quotes)) prev.end = end;
    else if (start > until)
      break; // every span so far is final: later segments only ever touch the last one
    else raw.push((prev = { start, end }));
  }
  return raw;
}
