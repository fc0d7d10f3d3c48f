/**
 * Property-based: random page text at the real matcher over the bundled evidence. Whatever the text (Japanese,
 * emoji, lone surrogates, huge numbers, long runs, real evidence vocabulary in random order), the matcher answers
 * with well-formed results and never throws. Runs are counted: a hang or a super-linear blow-up makes the count
 * fall short (interruptAfterTimeLimit), so no per-case wall-clock threshold is needed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import type { Matcher, MatchLang } from '../../../src/core/types';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

/** Generous: the properties normally take a few seconds; only a hang gets near it. */
const LIMIT_MS = 45_000;

let matcher: Matcher;
let vocabulary: string[];
beforeAll(() => {
  const claims = loadBundledEvidence();
  matcher = createMatcher(claims);
  vocabulary = [...new Set(claims.flatMap((c) => [...c.entities.en, ...c.entities.ja, ...c.terms.en, ...c.terms.ja]))];
});

const piece = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.nat().map((i) => vocabulary[i % vocabulary.length]!) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0x3041, max: 0x30ff }).map((c) => String.fromCharCode(c)), maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
    { weight: 1, arbitrary: fc.constantFrom('🚀', '👩‍💻', '🇯🇵', '\u200B', '\u202E', '\uFEFF', '\u0000', '\u3000', '\n', '\t') },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.double().map(String),
        fc.bigInt().map(String),
        fc.constantFrom('$100 billion', '1000億ドル', '１２３兆円', '9'.repeat(400), '1e308', '1,000,000,000,000,000', '50%', '10GW', '0.000000001', '-0', 'NaN', 'Infinity', '$', '¥', '兆億万'),
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom('.', '。', '！', '?', '…', ' ', ', ', '、', 'not', 'ではない', 'しない', 'no', '「', '」') },
  );

/** Sentences assembled from pieces: realistic enough to reach scoring, random enough to reach edge cases. */
const pageText = fc.array(piece(), { maxLength: 80 }).map((p) => p.join(' '));
const lang = fc.constantFrom<MatchLang | undefined>('en', 'ja', undefined);

let matched = 0;
function checkScan(text: string, l: MatchLang | undefined): void {
  const found = matcher.scanBlock(text, l);
  if (found.length > 0) matched++;
  expect(Array.isArray(found)).toBe(true);
  for (const s of found) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${s.start}..${s.end} of ${text.length}`).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.matches.length).toBeGreaterThan(0);
    for (const m of s.matches) {
      expect(Number.isFinite(m.score)).toBe(true);
      expect(['supports', 'disputes', 'neutral']).toContain(m.stance);
    }
  }
}

function runCounted(property: fc.IProperty<never>, numRuns: number): void {
  const result = fc.check(property, { numRuns, interruptAfterTimeLimit: LIMIT_MS });
  expect(result.failed, result.failed ? fc.defaultReportMessage(result) : '').toBe(false);
  expect(result.numRuns, 'every run completed (none hung)').toBe(numRuns);
}

describe('the matcher on random text', () => {
  it('scanBlock: well-formed results, never a throw', () => {
    matched = 0;
    runCounted(fc.property(pageText, lang, (t, l) => checkScan(t, l)) as never, 400);
    // The vocabulary pieces make real matches happen, so scoring and stance code run too, not only the early exits.
    expect(matched).toBeGreaterThan(20);
  });

  it('matchSentence and lookup: never a throw, lookup respects its limit', () => {
    runCounted(
      fc.property(pageText, lang, fc.integer({ min: 0, max: 20 }), (t, l, limit) => {
        expect(Array.isArray(matcher.matchSentence(t, l))).toBe(true);
        expect(matcher.lookup(t, limit).length).toBeLessThanOrEqual(limit);
      }) as never,
      300,
    );
  });

  it('long runs of one character or of evidence vocabulary (a few thousand characters): never a throw', () => {
    const run = fc.tuple(fc.oneof(piece(), fc.constantFrom('a', 'あ', '9', '.', ' ', '億')), fc.integer({ min: 200, max: 3000 })).map(([p, n]) => p.repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n));
    runCounted(fc.property(run, lang, (t, l) => checkScan(t, l)) as never, 40);
  });
});
