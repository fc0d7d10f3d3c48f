/**
 * Property-based: the matcher skips fuse.js for candidates that approximate matches cannot make topical
 * (fuzzyCanMakeTopical). On random sentences of misspelt evidence vocabulary, no candidate that addFuzzy leaves
 * topical was ruled out beforehand, at every strictness (and at made-up thresholds low enough for approximate
 * matches to matter), whatever the figure checks said.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClaimIndex } from '../../../src/core/claim-index';
import { THRESHOLDS } from '../../../src/core/engine';
import { addFuzzy } from '../../../src/core/fuzzy';
import { dropNested, findHits } from '../../../src/core/hits';
import { fuzzyCanMakeTopical, isTopical } from '../../../src/core/match-sentence';
import { codesToString, normaliseCodes } from '../../../src/core/normalise';
import { gatherCandidates } from '../../../src/core/score';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

const index = buildClaimIndex(loadBundledEvidence());
const vocabulary = [...new Set(index.keys.map((k) => k.text))];

/** A key with one letter dropped, doubled or swapped, or a hyphen put in: what fuse.js is there to catch. */
const misspelt = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'hyphen', 'none')).map(([k, at, how]) => {
  const w = vocabulary[k % vocabulary.length]!;
  const i = 1 + (at % Math.max(1, w.length - 2));
  if (how === 'drop') return w.slice(0, i) + w.slice(i + 1);
  if (how === 'double') return w.slice(0, i) + w[i] + w.slice(i);
  if (how === 'swap') return w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2);
  return how === 'hyphen' ? `${w.slice(0, i)}-${w.slice(i)}` : w;
});
const filler = fc.constantFrom('the', 'said', 'not', 'and', '$100 billion', '95%', 'は', 'が', '、', '.');
/** The strictness levels, and thresholds below FUZZY_MAX, where approximate matches alone can make a term topical. */
const thresholds = fc.oneof(
  fc.constantFrom(...Object.values(THRESHOLDS)),
  fc.record({ raw: fc.double({ min: 0, max: 2, noNaN: true }), term: fc.double({ min: 0, max: 0.5, noNaN: true }), specific: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
const sentence = fc.array(fc.oneof({ weight: 3, arbitrary: misspelt }, { weight: 1, arbitrary: filler }), { minLength: 1, maxLength: 14 }).map((p) => p.join(' '));

describe('fuzzyCanMakeTopical', () => {
  it('never rules out a candidate that approximate matches make topical', () => {
    let added = 0;
    fc.assert(
      fc.property(sentence, thresholds, fc.boolean(), fc.boolean(), fc.boolean(), (text, t, amount, agrees, comparable) => {
        const n = normaliseCodes(text);
        const norm = codesToString(n.codes, 0, n.length);
        for (const cand of gatherCandidates(index, dropNested(findHits(index, n.codes, n.length)))) {
          const possible = fuzzyCanMakeTopical(cand, t, amount, agrees, comparable);
          addFuzzy(index, cand, norm);
          added += cand.fuzzy.length;
          if (isTopical(cand, t, amount, agrees, comparable)) expect(possible).toBe(true);
        }
      }),
      { numRuns: 800 },
    );
    // The sentences do make fuse.js find keys, so the property is tested where it matters.
    expect(added).toBeGreaterThan(20);
  });
});
