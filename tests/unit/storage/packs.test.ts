import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Claim } from '../../../src/evidence/schema';
import { getAddedClaims, watchAddedClaims } from '../../../src/storage/added-claims';
import { getPacks, putPack, removePack, setPackEnabled, type StoredPack } from '../../../src/storage/packs';

const claim = (id: string): Claim => ({
  id,
  topic: 'ai-roi',
  statement: { en: `Statement ${id}`, ja: `主張 ${id}` },
  summary: { en: 'Summary', ja: '要約' },
  entities: { en: [], ja: [] },
  terms: { en: ['roi'], ja: ['投資対効果'] },
  figures: [],
  disputes: [],
  sources: [
    { url: 'https://example.com/a', publisher: 'Example', kind: 'newspaper', lang: 'en', date: '2025-01', title: 'T', stance: 'supports', summary: 'S' },
  ],
});
const pack = (id: string, claims: Claim[], enabled = true): StoredPack => ({
  id, name: { en: id, ja: id }, format: 'kensho', enabled, importedAt: '2026-01-01T00:00:00.000Z', claims,
});

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
    await fakeBrowser.storage.local.set({ packs: [pack('a', [claim('a.one')]), { id: 'Bad Id!', claims: 'x' }, 'junk'] });
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
