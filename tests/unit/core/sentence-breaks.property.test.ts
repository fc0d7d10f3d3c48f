/**
 * Our sentence breaks are ICU's wherever they answer: every character they know behaves as Intl.Segmenter has it in
 * contexts that tell the break classes apart, random text over those characters breaks where ICU breaks (both
 * locales the engine uses), and a character they do not know makes them refuse (segmentBlock then asks ICU).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSentenceBreak } from '../../../src/core/sentence-breaks';
import { segmentBlock } from '../../../src/core/segment';
import type { MatchLang } from '../../../src/core/types';

const segmenters = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  ja: new Intl.Segmenter('ja', { granularity: 'sentence' }),
};
const icu = (text: string, lang: MatchLang) =>
  [...segmenters[lang].segment(text)].map((s) => s.index + s.segment.length);

/** Our sentence ends over the whole text, or null when a character is not known. */
function ours(text: string): number[] | null {
  const ends: number[] = [];
  for (let at = 0; at < text.length;) {
    const end = nextSentenceBreak(text, at);
    if (end < 0) return null;
    ends.push((at = end));
  }
  return ends;
}

/** Contexts (# is the character) in which each break class (UAX #29) breaks differently from every other. */
const CONTEXTS = [
  'ab#cd', 'Ab.#Cd', 'Ab. #Cd', 'Ab#1', 'Ab# cd', 'Ab. #x', 'Ab. #C', 'a.#', 'Ab#.D', 'Ab.#C', 'a.#1', 'a.#D',
  'A.#d', 'あ。#あ', '#a. B', 'x#', 'a#b. C', 'a!#  C', 'a? #c', '#.', 'A#. b', 'a.)#d', 'a.#\nb', 'a\r#b',
]; // prettier-ignore

describe('nextSentenceBreak', () => {
  it('knows each character it answers for as Intl.Segmenter does (every BMP code outside the ideographs)', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      // Ideographs all share one class: every 61st is enough to check the ranges.
      if ((code >= 0xd800 && code < 0xe000) || (code >= 0x3400 && code <= 0x9fff && code % 61)) continue;
      const ch = String.fromCharCode(code);
      if (ours(ch) === null) continue;
      for (const c of CONTEXTS) {
        const text = c.replace('#', ch);
        const got = ours(text);
        if (got !== null && got.join() !== icu(text, 'en').join()) wrong.push(`U+${code.toString(16)} in ${c}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('breaks random text where ICU breaks, in both locales', () => {
    const ch = fc.constantFrom(
      ...'aZq1.?!,;:-"\'()[] \t\n\r\u00a0«»“”‘’–—…あア漢。、「」『』（）！？．，：　々ー・〜ｂＢ１\u2024\u203c€→①ⓐⒶ■★⌈〈',
    );
    const word = fc.constantFrom('Mr.', 'U.S.', 'e.g. ', '3.5', 'Nvidia', 'said', '投資した', '」と', '. ', '。」');
    const text = fc.array(fc.oneof(ch, word), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<MatchLang>('en', 'ja'), (t, lang) => {
        expect(ours(t)).toEqual(icu(t, lang));
      }),
      { numRuns: 20000 },
    );
  });

  it('refuses a character it does not know (a combining mark, a zero-width space, another script)', () => {
    for (const t of ['Cafe\u0301. Next.', 'A.\u200b B.', 'Привет. Мир.', 'e\u0301']) expect(ours(t)).toBeNull();
  });

  it('leaves segmentBlock to ICU then, with the same repairs', () => {
    const block = 'Mr. Tanaka met Acme Corp. at the cafe\u0301 on Friday. 「借金ではない。現金だ」と述べた。';
    expect(segmentBlock(block, 'ja').map((s) => block.slice(s.start, s.end))).toEqual([
      'Mr. Tanaka met Acme Corp. at the cafe\u0301 on Friday.',
      '「借金ではない。現金だ」と述べた。',
    ]);
  });
});
