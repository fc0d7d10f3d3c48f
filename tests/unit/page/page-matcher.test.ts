import { describe, expect, it, vi } from 'vitest';
import * as snapshotModule from '../../../src/core/index-snapshot';
import { createMatcher } from '../../../src/core/engine';
import { bundledPageClaims, forMatcher } from '../../../src/evidence/page-claims';
import { pageMatcher } from '../../../src/page/page-matcher';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';

const slicing = { yieldFn: () => Promise.resolve() };
const sentences = [...bundledPageClaims().slice(0, 20).map((c) => c.statement.en), ...FIXTURE_CLAIMS.map((c) => c.statement.ja)];

describe('the page matcher', () => {
  it('restores the build-time index for the bundled claims once, for every strictness, and answers as a built one', async () => {
    const restore = vi.spyOn(snapshotModule, 'restoreIndex');
    const bundled = bundledPageClaims();
    const make = pageMatcher(bundled, slicing);
    for (const strictness of ['balanced', 'strict', 'loose'] as const) {
      const m = await make(bundled, { strictness });
      const built = createMatcher(forMatcher(bundled), { strictness });
      for (const s of sentences) expect(m.scanBlock(s)).toEqual(built.scanBlock(s));
    }
    expect(restore).toHaveBeenCalledTimes(1);
    restore.mockRestore();
  });

  it('indexes a list with pack claims on the page', async () => {
    const restore = vi.spyOn(snapshotModule, 'restoreIndex');
    const list = [...bundledPageClaims(), ...FIXTURE_CLAIMS.filter((f) => !bundledPageClaims().some((b) => b.id === f.id))];
    const m = await pageMatcher(bundledPageClaims(), slicing)(list, {});
    const built = createMatcher(forMatcher(list));
    for (const s of sentences) expect(m.scanBlock(s)).toEqual(built.scanBlock(s));
    expect(restore).not.toHaveBeenCalled();
    restore.mockRestore();
  });
});
