/**
 * Property-based: segmenting only the start of a block (the engine's fast path) gives exactly the spans the full
 * segmentation gives there, on random text full of what the repairs look at (abbreviations, quotes, brackets,
 * particles after 」, long clauses).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBlock, type Span } from '../../../src/core/segment';
import type { MatchLang } from '../../../src/core/types';

const piece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Mr.',
      'Corp.',
      'U.S.',
      'e.g.',
      'No. 5',
      'Nvidia',
      'bonds',
      'AI',
      '$100 billion',
      'said',
      'the',
      'it',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom('エヌビディア', '投資', 'と述べた', 'した', 'は', '還流', '1000億ドル', 'と', 'が'),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom('.', '. ', '。', '！', '?', '? ', '!', '…', '、', ', ', ';', ' ', '  ', '\n', '\u3000'),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('「', '」', '『', '』', '（', '）', '(', ')', '"', '“', '”', '【', '】', '《', '〈'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('長い文、'.repeat(60), 'word '.repeat(150), 'x'.repeat(700)) },
);
const block = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const lang = fc.constantFrom<MatchLang>('en', 'ja');

const same = (a: Span, b: Span | undefined) => b !== undefined && a.start === b.start && a.end === b.end;

describe('segmentBlock over part of a block', () => {
  it('up to an offset, returns a prefix of the full segmentation holding every span that starts by the offset', () => {
    fc.assert(
      fc.property(block, lang, fc.nat(), (text, l, at) => {
        const until = at % (text.length + 1);
        const full = segmentBlock(text, l);
        const part = segmentBlock(text, l, until);
        expect(part.length).toBeLessThanOrEqual(full.length);
        part.forEach((s, i) => expect(same(s, full[i])).toBe(true));
        expect(part.length).toBeGreaterThanOrEqual(full.filter((s) => s.start <= until).length);
      }),
      { numRuns: 1500 },
    );
  });

  it('rests on Intl.Segmenter: stepping with containing() from any break gives the breaks iterating gives', () => {
    const unicode = fc
      .array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(unicode, lang, fc.nat(), (text, l, k) => {
        const segments = new Intl.Segmenter(l, { granularity: 'sentence' }).segment(text);
        const breaks = [...segments].map((s) => s.index);
        const from = breaks.length ? k % breaks.length : 0;
        const stepped: number[] = [];
        for (let at = breaks[from] ?? 0; at < text.length;) {
          const s = segments.containing(at)!;
          stepped.push(s.index);
          at = s.index + s.segment.length;
        }
        expect(stepped).toEqual(breaks.slice(from));
      }),
      { numRuns: 500 },
    );
  });
});
