import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getAddedClaims, watchAddedClaims } from '../../../src/storage/added-claims';
import { getPacks, putPack, removePack, setPackEnabled } from '../../../src/storage/packs';
import { claim, pack } from './pack-fixtures';

describe('pack storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores, toggles and removes packs; only enabled claims reach the matcher', async () => {
    await putPack(pack('a', [claim('a.one')]));
    await putPack(pack('b', [claim('b.one')], false));
    expect((await getAddedClaims()).map((c) => c.id)).toEqual(['a.one']);
    await setPackEnabled('b', true);
    expect((await getAddedClaims()).map((c) => c.id)).toEqual(['a.one', 'b.one']);
    await removePack('a');
    expect((await getPacks()).map((p) => p.id)).toEqual(['b']);
  });

  it('replaces a pack with the same id in place', async () => {
    await putPack(pack('a', [claim('a.one')]));
    await putPack(pack('b', [claim('b.one')]));
    await putPack(pack('a', [claim('a.two')]));
    expect((await getAddedClaims()).map((c) => c.id)).toEqual(['a.two', 'b.one']);
  });

  it('drops a corrupt stored pack alone', async () => {
    await fakeBrowser.storage.local.set({
      packs: [pack('a', [claim('a.one')]), { id: 'Bad Id!', claims: 'x' }, 'junk'],
    });
    expect((await getPacks()).map((p) => p.id)).toEqual(['a']);
    await fakeBrowser.storage.local.set({ packs: { not: 'a list' } });
    expect(await getPacks()).toEqual([]);
  });

  it('the added-claims watch delivers the enabled claims', async () => {
    const seen: string[][] = [];
    const unwatch = watchAddedClaims((claims) => seen.push(claims.map((c) => c.id)));
    await putPack(pack('a', [claim('a.one')]));
    await setPackEnabled('a', false);
    await new Promise((r) => setTimeout(r, 10));
    unwatch();
    expect(seen).toEqual([['a.one'], []]);
  });
});
