import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { lookupClaims } from '../../../src/core/lookup';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

const index = createMatcher(loadBundledEvidence()).index;

describe('lookupClaims', () => {
  it('ranks the claim a query states first, above claims that merely hold many keys like its words', () => {
    // The revenue-and-commitments claim holds many keys near "billion" and "OpenAI"; counted once per key, fuse's
    // small bonus lifted it above the claim the query states word for word.
    expect(lookupClaims(index, 'NVIDIA will invest up to $100 billion in OpenAI')[0]?.claimId).toBe(
      'nvidia.openai-100b',
    );
    expect(lookupClaims(index, 'エヌビディアがOpenAIに最大1000億ドルを投資')[0]?.claimId).toBe('nvidia.openai-100b');
  });
});
