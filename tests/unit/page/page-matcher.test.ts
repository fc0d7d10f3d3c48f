import { describe, expect, it, vi } from 'vitest';
import * as snapshotModule from '../../../src/core/index-snapshot';
import * as engineModule from '../../../src/core/engine';
import { createMatcher } from '../../../src/core/engine';
import { bundledVocabulary } from '../../../src/background/answer-claim-sources';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { bundledPageClaims, withoutSources } from '../../../src/evidence/page-claims';
import { pageMatcher } from '../../../src/page/page-matcher';
import { pageTimings } from '../../../src/page/page-timings';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';

const slicing = { yieldFn: () => Promise.resolve() };
const full = loadBundledEvidence();
const sentences = [
  ...full.slice(0, 20).map((c) => c.statement.en),
  ...full.slice(20, 40).map((c) => c.statement.ja),
  ...FIXTURE_CLAIMS.map((c) => c.statement.ja),
];

describe('the page matcher', () => {
  it('restores the build-time index for the bundled claims once, for every strictness and page date, and answers as one built from the full claims', async () => {
    const restore = vi.spyOn(snapshotModule, 'restoreIndexSteps');
    const vocabulary = vi.fn(async () => bundledVocabulary());
    const make = pageMatcher(bundledPageClaims(), vocabulary, slicing);
    for (const strictness of ['balanced', 'strict', 'loose'] as const) {
      const m = await make(bundledPageClaims(), { strictness });
      const built = createMatcher(full, { strictness });
      for (const s of sentences) expect(m.scanBlock(s), s).toEqual(built.scanBlock(s));
    }
    // The page's date and a strictness moved with withOptions (a settings change) restore nothing again.
    const dated = await make(bundledPageClaims(), { published: () => '2024-01-15' });
    const builtDated = createMatcher(full, { published: () => '2024-01-15' });
    for (const s of sentences) {
      expect(dated.scanBlock(s), s).toEqual(builtDated.scanBlock(s));
      expect(dated.withOptions({ strictness: 'loose' }).scanBlock(s), s).toEqual(
        builtDated.withOptions({ strictness: 'loose' }).scanBlock(s),
      );
    }
    expect(restore).toHaveBeenCalledTimes(1);
    // The bundled claims need no vocabulary from the background.
    expect(vocabulary).not.toHaveBeenCalled();
    restore.mockRestore();
  });

  it('warms the restored matcher once per frame, a task per step, before the first scan gets it', async () => {
    const warm = vi.spyOn(engineModule, 'warmSteps');
    let yields = 0;
    const make = pageMatcher(bundledPageClaims(), async () => bundledVocabulary(), {
      yieldFn: async () => void yields++,
    });
    const m = await make(bundledPageClaims(), {});
    const scan = vi.spyOn(m, 'scanBlock');
    // Each warm step its own task: two segmenters and two statements, after a yield first.
    expect(yields).toBeGreaterThanOrEqual(5);
    await make(bundledPageClaims(), { strictness: 'strict' });
    expect(warm).toHaveBeenCalledTimes(1);
    expect(pageTimings().matcherWarmMs).toBeGreaterThan(0);
    // The warm-up ran before the matcher was handed out: nothing scans behind the caller's back.
    expect(scan).not.toHaveBeenCalled();
    warm.mockRestore();
  });

  it('indexes a list with pack claims on the page, with the bundled vocabulary from the background', async () => {
    const restore = vi.spyOn(snapshotModule, 'restoreIndexSteps');
    const packs = FIXTURE_CLAIMS.filter((f) => !full.some((b) => b.id === f.id));
    const m = await pageMatcher(
      bundledPageClaims(),
      async () => bundledVocabulary(),
      slicing,
    )([...bundledPageClaims(), ...packs.map(withoutSources)], {});
    const built = createMatcher([...full, ...packs]);
    for (const s of sentences) expect(m.scanBlock(s), s).toEqual(built.scanBlock(s));
    expect(restore).not.toHaveBeenCalled();
    restore.mockRestore();
  });

  it('refuses to index bundled claims whose vocabulary the background did not give', async () => {
    const packs = FIXTURE_CLAIMS.filter((f) => !full.some((b) => b.id === f.id)).map(withoutSources);
    const make = pageMatcher(bundledPageClaims(), async () => bundledVocabulary().slice(1), slicing);
    await expect(make([...bundledPageClaims(), ...packs], {})).rejects.toThrow(
      `no vocabulary for claim ${full[0]!.id}`,
    );
  });
});
