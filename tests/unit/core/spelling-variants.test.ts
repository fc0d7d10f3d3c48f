/**
 * Spellings readers meet that the evidence lists in one form only: compounds written open, hyphenated or closed
 * (data centre / data-centre, dot-com / dot com / dotcom), katakana names with or without the middle dot
 * (ラリー・エリソン / ラリーエリソン), and katakana words with or without their final long vowel (サーバー / サーバ).
 * Each pair of our own sentences must match alike; this replaced approximate (fuse.js) matching, which found none
 * of them on any labelled set.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { keyVariants } from '../../../src/core/claim-index';
import { normaliseKey } from '../../../src/core/normalise';
import type { Claim } from '../../../src/evidence/schema';
import { FIXTURE_CLAIMS } from './fixture-claims';

const claims: Claim[] = [
  ...FIXTURE_CLAIMS,
  {
    ...FIXTURE_CLAIMS[0]!,
    id: 'test.dc-power',
    topic: 'scaling-and-depreciation',
    figures: [],
    disputes: [],
    statement: { en: 'AI data centres use vast amounts of power.', ja: 'AIデータセンターは大量の電力を使う。' },
    entities: { en: [], ja: ['ラリー・エリソン'] },
    terms: {
      en: ['data centre', 'power demand', 'grid-scale'],
      ja: ['データセンター建設', '電力需要', 'ハードウェア投資'],
    },
  },
];
const matcher = createMatcher(claims);
const ids = (s: string) => matcher.matchSentence(s).map((m) => m.claimId);

describe('spelling variants', () => {
  it('derives open, hyphenated and closed forms of Latin compounds', () => {
    const texts = (k: string) => keyVariants(k).map((v) => v.text);
    expect(texts('data centre')).toEqual(expect.arrayContaining(['data-centre', 'data center']));
    expect(texts('dot-com')).toEqual(expect.arrayContaining(['dot com', 'dotcom']));
  });

  it.each([
    ['New data centres are going up everywhere.', 'New data-centres are going up everywhere.'],
    ['Grid-scale batteries are being added.', 'Grid scale batteries are being added.'],
    ['Grid-scale batteries are being added.', 'Gridscale batteries are being added.'],
    ['各地でデータセンター建設が進む。', '各地でデータ・センター建設が進む。'],
    ['各地でデータセンター建設が進む。', '各地でデータセンタ建設が進む。'],
    // Half-width katakana, and ウェ written ウエ (newspaper style).
    ['各地でデータセンター建設が進む。', '各地でﾃﾞｰﾀｾﾝﾀｰ建設が進む。'],
    ['AI向けのハードウェア投資が膨らむ。', 'AI向けのハードウエア投資が膨らむ。'],
  ])('"%s" and "%s" match alike', (a, b) => {
    expect(ids(a)).toContain('test.dc-power');
    expect(ids(b)).toEqual(ids(a));
  });

  it("leaves out a katakana word's final long vowel, as technical writing does, only after three kana", () => {
    const texts = (k: string) => keyVariants(k).map((v) => v.text);
    expect(texts('サーバー費用')).toEqual(expect.arrayContaining(['サーバ費用', 'サーバーの費用', 'サーバの費用']));
    expect(texts('ユーザー数')).toContain('ユーザ数');
    expect(texts('ハイパースケーラー')).toContain('ハイパースケーラ');
    expect(texts('スター')).toEqual(['スター']);
    expect(texts('データセット')).toEqual(['データセット']);
  });

  it('writes a negative key also as "has not" (ていない) and with the other spellings of つながる', () => {
    const texts = (k: string) => keyVariants(k).map((v) => v.text);
    expect(texts('利益を生まない')).toEqual(expect.arrayContaining(['利益を生んでいない', '利益を生んでおらず']));
    expect(texts('収益化できない')).toContain('収益化できていない');
    expect(texts('利益につながらない')).toEqual(
      expect.arrayContaining([
        '利益につながっていない',
        '利益に結びつかない',
        '利益に結び付いていない',
        '利益に繋がらない',
      ]),
    );
    expect(texts('まったく異な')).toContain('全く異な');
    expect(texts('chatgpt')).toContain('チャットgpt');
  });

  it('folds the katakana middle dot in names', () => {
    expect(normaliseKey('ラリー・エリソン')).toBe(normaliseKey('ラリーエリソン'));
    expect(normaliseKey('金利を０・２５％引き下げ')).toBe('金利を0・25%引き下げ'); // a decimal point, kept
  });
});
