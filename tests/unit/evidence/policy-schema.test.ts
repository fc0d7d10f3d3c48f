import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { policyProblems } from '../../../src/evidence/policy-schema';

describe('matching policy file', () => {
  it('is valid as bundled', () => {
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
  });

  const broken = (change: (p: typeof DEFAULT_POLICY) => void) => {
    const p = structuredClone(DEFAULT_POLICY);
    change(p);
    return policyProblems(p).join('\n');
  };

  it('names what is wrong: a number out of range, a loosening strictness row, an upper-case word, a missing topic', () => {
    expect(broken((p) => (p.ranking.disputedShare = 2))).toMatch(/ranking\.disputedShare/);
    expect(broken((p) => (p.strictness.strict.raw = 0.1))).toMatch(/strictness rows must not loosen/);
    expect(broken((p) => p.lexicon.rebuttal.en.push('Myth'))).toMatch(
      /lexicon\.rebuttal\.en\.\d+: must be trimmed lower-case text/,
    );
    expect(broken((p) => delete (p.topicKeywords as Record<string, string[]>)['ai-roi'])).toMatch(
      /topicKeywords\.ai-roi/,
    );
    expect(broken((p) => (p.evidence.idfTopics = 9))).toMatch(/evidence\.idfTopics/);
  });
});
