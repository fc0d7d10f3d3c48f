/**
 * Property-based: the engine's fast hit finder (trie walks from word starts only) finds exactly what the full
 * Aho-Corasick pass finds, in the order a stable sort by start gives, on random text full of evidence vocabulary,
 * inflections, mid-word fragments, Japanese and odd Unicode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allKeys, buildClaimIndex } from '../../../src/core/claim-index';
import { findHits, findHitsByStart } from '../../../src/core/hits';
import { normaliseCodes } from '../../../src/core/normalise';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { FIXTURE_CLAIMS } from './fixture-claims';

const bundled = loadBundledEvidence();
const indexes = [buildClaimIndex(bundled), buildClaimIndex(FIXTURE_CLAIMS)];
const vocabulary = [...new Set(indexes.flatMap((ix) => allKeys(ix.keys).map((k) => k.text)))];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((i) => vocabulary[i % vocabulary.length]!) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('s', 'es', "'s", 'ing', 'ed', 'x', 'un', 're', '9', '-', "'", '.', '$', '%', 'の', '、'),
  },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '', '\n', '。', ', ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);
const text = fc.array(piece, { maxLength: 50 }).map((p) => p.join(''));

describe('findHitsByStart', () => {
  it('equals findHits stably sorted by start, for every index', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, fixture) => {
        const index = indexes[fixture ? 1 : 0]!;
        const n = normaliseCodes(t);
        const expected = findHits(index, n.codes, n.length).sort((a, b) => a.start - b.start);
        expect(findHitsByStart(index, n.codes, n.length)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });
});
