import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { withoutSources } from '../../../src/evidence/page-claims';
import { knownClaims, watchKnownClaims } from '../../../src/storage/known-claims';
import { putPack, rawPacksItem, setPackEnabled } from '../../../src/storage/packs';
import { claim, pack } from './pack-fixtures';

describe('known claims: bundled, then enabled packs, by the one merging rule', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts bundled claims first, keeps a bundled id over a pack’s, and shapes pack claims as the caller asks', async () => {
    const bundled = [withoutSources(claim('b.one')), withoutSources(claim('shared'))];
    await putPack(pack('p', [claim('shared'), claim('p.one')]));
    const claims = await knownClaims(bundled, withoutSources);
    expect(claims.map((c) => c.id)).toEqual(['b.one', 'shared', 'p.one']);
    expect(claims[1]).toBe(bundled[1]);
    expect(claims.every((c) => !('sources' in c))).toBe(true);
  });

  it('leaves packs out when they cannot be read, rather than losing the bundled claims', async () => {
    vi.spyOn(rawPacksItem, 'getValue').mockRejectedValueOnce(new Error('storage broken'));
    expect((await knownClaims([claim('b.one')], (c) => c)).map((c) => c.id)).toEqual(['b.one']);
  });

  it('tells watchers the new full list when a pack is toggled', async () => {
    await putPack(pack('p', [claim('p.one')]));
    const seen: string[][] = [];
    const unwatch = watchKnownClaims(
      [claim('b.one')],
      (c) => c,
      (claims) => seen.push(claims.map((c) => c.id)),
    );
    await setPackEnabled('p', false);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['b.one']));
    unwatch();
  });
});
