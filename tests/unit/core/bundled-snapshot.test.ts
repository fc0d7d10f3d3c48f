/**
 * The index snapshot the build compiles into the content script (build/index-snapshot-plugin.ts) is made with the
 * bundled matching policy and the bundled page claims, in order: the content script restores it without
 * fingerprinting the policy (index-snapshot.ts, policyChecked), so this is where that is checked.
 */
import snapshot from 'virtual:kensho/index-snapshot';
import { describe, expect, it } from 'vitest';
import { policyFingerprint } from '../../../src/core/index-snapshot';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { bundledPageClaims } from '../../../src/evidence/page-claims';

describe('the bundled index snapshot', () => {
  it('is made with the bundled matching policy, over the bundled page claims in order', () => {
    const s = snapshot;
    expect(s.policy).toBe(policyFingerprint(DEFAULT_POLICY));
    expect(s.claimIds).toEqual(bundledPageClaims().map((c) => c.id));
  });
});
