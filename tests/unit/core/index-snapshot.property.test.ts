/**
 * Property-based: an index restored from its snapshot (compiled at build time, restored on every page) is the index
 * the claims build, and a matcher over it answers every sentence exactly as one built from the claims, for the
 * bundled claims and random subsets of them and of the fixture claims.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClaimIndex } from '../../../src/core/claim-index';
import { buildIndexSnapshot, createMatcher, matcherFromRestored } from '../../../src/core/engine';
import { restoreIndex, type IndexSnapshot } from '../../../src/core/index-snapshot';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { FIXTURE_CLAIMS } from './fixture-claims';

const bundled = loadBundledEvidence();
const pool = [...bundled, ...FIXTURE_CLAIMS.filter((f) => !bundled.some((b) => b.id === f.id))];
const roundTrip = (s: IndexSnapshot): IndexSnapshot => JSON.parse(JSON.stringify(s));
const vocabulary = [
  ...new Set(pool.flatMap((c) => [...c.terms.en, ...c.terms.ja, ...c.entities.en, ...c.entities.ja])),
];
const statements = pool.flatMap((c) => [c.statement.en, c.statement.ja]);
const sentence = fc.oneof(
  fc.constantFrom(...statements),
  fc
    .array(
      fc.oneof(
        fc.nat().map((i) => vocabulary[i % vocabulary.length]!),
        fc.constantFrom(' ', ' not ', ' $100 billion ', '2025年', 'は', '、', ' in 2026 ', ' 95% '),
      ),
      { maxLength: 14 },
    )
    .map((p) => p.join('')),
);

/** The index without its automaton (compared by behaviour in automaton-snapshot.property.test.ts) and claim objects. */
function comparable(index: ReturnType<typeof buildClaimIndex>) {
  return {
    ...index,
    automaton: null,
    claims: index.claims.map((c) => ({ ...c, claim: c.claim.id, keys: [...c.keys] })),
  };
}

describe('index snapshot', () => {
  it('restores the bundled index exactly, and its matcher answers every sentence alike', () => {
    const restored = restoreIndex(bundled, roundTrip(buildIndexSnapshot(bundled)));
    expect(comparable(restored.index)).toEqual(comparable(buildClaimIndex(bundled)));
    const built = createMatcher(bundled);
    const back = matcherFromRestored(restored);
    fc.assert(
      fc.property(sentence, (t) => {
        expect(back.matchSentence(t)).toEqual(built.matchSentence(t));
        expect(back.scanBlock(t)).toEqual(built.scanBlock(t));
      }),
      { numRuns: 300 },
    );
  });

  it('restores the index of any subset of claims exactly, for every strictness', () => {
    fc.assert(
      fc.property(
        fc.subarray(pool, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('loose', 'balanced', 'strict') as fc.Arbitrary<'loose' | 'balanced' | 'strict'>,
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        (claims, strictness, sentences) => {
          const restored = restoreIndex(claims, roundTrip(buildIndexSnapshot(claims)));
          expect(comparable(restored.index)).toEqual(comparable(buildClaimIndex(claims)));
          const built = createMatcher(claims, { strictness });
          const back = matcherFromRestored(restored, { strictness });
          for (const t of sentences) expect(back.scanBlock(t)).toEqual(built.scanBlock(t));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a snapshot made for other claims, or of another version', () => {
    const snap = buildIndexSnapshot(bundled.slice(0, 3));
    expect(() => restoreIndex(bundled.slice(1, 4), snap)).toThrow('made for 3 other claims, not these 3');
    expect(() => restoreIndex(bundled.slice(0, 2), snap)).toThrow('not these 2');
    expect(() => restoreIndex(bundled.slice(0, 3), { ...snap, version: 2 as never })).toThrow('unknown version 2');
  });
});
