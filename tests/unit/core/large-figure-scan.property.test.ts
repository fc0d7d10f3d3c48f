/**
 * Property-based: the scan that lets the engine turn a sentence away unparsed (large-figure-scan.ts) is an upper
 * bound: whenever it finds nothing, parseFigures finds no large amount and the figure ceiling is one of
 * CEILINGS_BELOW_LARGE. Texts are made of the parser's own vocabulary, with numbers near every threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CEILINGS_BELOW_LARGE, figureCeiling } from '../../../src/core/features';
import { isLargeAmount } from '../../../src/core/figures';
import { largeFigureScan } from '../../../src/core/large-figure-scan';
import { normaliseCodes } from '../../../src/core/normalise';
import { parseFigures } from '../../../src/core/numbers';
import { DEFAULT_POLICY } from '../../../src/core/policy';

const p = DEFAULT_POLICY.figures;
const scan = largeFigureScan(p.largeAmount, p.distinctUnits);
const norm = (text: string) => {
  const n = normaliseCodes(text);
  return String.fromCharCode(...n.codes.subarray(0, n.length));
};

const kanji = fc
  .array(fc.constantFrom(...'〇一二三四五六七八九十百千'), { minLength: 1, maxLength: 5 })
  .map((a) => a.join(''));
const digits = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat(9999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat(9999), fc.nat(9)).map(([a, b]) => `${a}・${b}`),
);
const word = fc.constantFrom(
  ...[' ', ' ', '-', '~', 'から', '〜', ' to ', '+', '$', 'us$', '¥', '€', '約', '数', 'several ', 'about ', 'up to '],
  ...['%', 'パーセント', ' percent', ' per cent', '割', '円', 'ドル', ' dollars', ' yen', 'ユーロ', ' euros', ' in '],
  ...['gw', ' gigawatts', 'ギガワット', ' mw', ' megawatts', 'メガワット', ' cents', '秒', ' seconds', '件', '社'],
  ...['万', '億', '兆', '千', ' thousand', ' million', ' billion', ' trillion', 'bn', 'm', 'b', 'k', 't', ' shares'],
  ...['a ', 'one ', 'ten ', 'hundred ', 'the ', '年', '月', 'in 20', '社の', 'の', 'は', 'and ', '.', ','],
);
/** A number with what may stand before and after it, often enough to reach every threshold. */
const figure = fc
  .tuple(fc.oneof(fc.constant(' '), word), fc.oneof(digits, digits, kanji), word, fc.oneof(fc.constant(' '), word))
  .map((a) => a.join(''));
const text = fc.array(fc.oneof(figure, figure, word), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('large-figure scan', () => {
  it('finds something wherever parseFigures finds a large amount', () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = norm(t);
        if (scan(s)) return;
        const figs = parseFigures(s);
        const large = figs.filter((f) => f.unit !== 'year' && isLargeAmount(f, p));
        expect(large, s).toEqual([]);
        expect(CEILINGS_BELOW_LARGE, s).toContain(figureCeiling(figs, DEFAULT_POLICY));
      }),
      { numRuns: 20000 },
    );
  });

  it('clears everyday shares and rates, and not large amounts', () => {
    for (const s of ['賃上げ率は5.1%だった', '1ドル=150円台で推移', 'shares rose 12% in 2025', '6割の企業']) {
      expect(scan(norm(s)), s).toBe(false);
    }
    for (const s of ['100万人', '5000億ドル', '$10b', '$5 billion', '10 gw', '1,000,000 units', '十二億']) {
      expect(scan(norm(s)), s).toBe(true);
    }
  });
});
