/**
 * Property-based: judging one sentence against many claims with shared StanceCues (question, rebuttal and
 * per-hit negation worked out once) gives what judging each claim afresh gives, on random sentences of evidence
 * vocabulary, negations, questions and rebuttal words in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allKeys, buildClaimIndex } from '../../../src/core/claim-index';
import { dropNested, findHits } from '../../../src/core/hits';
import { codesToString, normaliseCodes } from '../../../src/core/normalise';
import { hasRebuttal, isAnsweredNo, isNegated, isOpenQuestion, isQuestion, StanceCues } from '../../../src/core/stance';
import { keyNegated } from '../../../src/core/features';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

const index = buildClaimIndex(loadBundledEvidence());
const vocabulary = [...new Set(allKeys(index.keys).map((k) => k.text))];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((i) => vocabulary[i % vocabulary.length]!) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'not',
      'no',
      'never',
      'denies',
      'without',
      'but',
      ',',
      'myth',
      'overstated',
      'how',
      'why',
      '?',
      'は',
      'も',
      'ではない',
      'ではなく',
      'ていない',
      'しておらず',
      '否定',
      'のか',
      'なぜ',
      'か。',
      '$100 billion',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(' ', '', '、', '。') },
);
const sentence = fc.array(piece, { minLength: 1, maxLength: 16 }).map((p) => p.join(' '));
/** Per claim: which of its keys the claim's own statement negates (absent: unknown), and whether it rebuts. */
const claimSide = fc.tuple(fc.dictionary(fc.nat({ max: 40 }).map(String), fc.boolean()), fc.boolean(), fc.boolean());

describe('StanceCues', () => {
  it('shared across the claims of a sentence, judges as fresh calls do', () => {
    fc.assert(
      fc.property(sentence, fc.array(claimSide, { minLength: 1, maxLength: 6 }), (text, claims) => {
        const n = normaliseCodes(text);
        const norm = codesToString(n.codes, 0, n.length);
        const hits = dropNested(findHits(index, n.codes, n.length));
        const cues = new StanceCues(norm);
        for (const [negs, , rebuttal] of claims) {
          const negated = new Map(
            hits.filter((_, i) => String(i) in negs).map((h, i) => [h.keyId, negs[String(i)]!] as const),
          );
          const mine = hits.filter((_, i) => i % (claims.length + 1) !== 0);
          expect(keyNegated(mine, { negated, rebuttal }, cues)).toBe(
            keyNegated(mine, { negated, rebuttal }, new StanceCues(norm)),
          );
        }
        expect([cues.question, cues.openQuestion, cues.rebuttal]).toEqual([
          isQuestion(norm),
          isOpenQuestion(norm),
          hasRebuttal(norm),
        ]);
        // A key is negated in place, or put as a question the sentence answers no to ("…? Probably not.").
        for (const h of hits)
          expect(cues.negated(h)).toBe(isNegated(norm, h.start, h.end) || isAnsweredNo(norm, h.end));
      }),
      { numRuns: 1500 },
    );
  });
});
