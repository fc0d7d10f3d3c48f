import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { claimSources } from '../../../src/background/answer-claim-sources';
import { handleMessage } from '../../../src/background/router';
import { trustedBundledClaims } from '../../../src/evidence/bundled-data';
import type { Claim } from '../../../src/evidence/schema';
import { putPack, setPackEnabled } from '../../../src/storage/packs';

const id = fakeBrowser.runtime.id;
const msg = (type: string, data: unknown) => ({ kensho: 1, type, data });
const bundled = trustedBundledClaims();
const first = bundled[0]!;
const packClaim = (claimId: string, publisher: string): Claim => ({
  ...first,
  id: claimId,
  sources: [
    {
      url: 'https://example.org/p',
      publisher,
      kind: 'blog',
      lang: 'en',
      date: '2025-01',
      title: 'T',
      stance: 'supports',
      summary: 'S',
    },
  ],
});
const pack = (packId: string, claims: Claim[], enabled = true) => ({
  id: packId,
  name: { en: packId, ja: packId },
  format: 'kensho' as const,
  enabled,
  importedAt: '2026-01-01T00:00:00.000Z',
  claims,
});

describe('claim/sources in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers each requested id once, in order, with the bundled summary and sources', async () => {
    const [a, b] = [bundled[3]!, bundled[0]!];
    expect(await claimSources([a.id, b.id, a.id])).toEqual([
      { claimId: a.id, summary: a.summary, sources: a.sources, updates: a.updates ?? [] },
      { claimId: b.id, summary: b.summary, sources: b.sources, updates: b.updates ?? [] },
    ]);
  });

  it('answers [] for unknown ids, including prototype names', async () => {
    expect(await claimSources(['no.such-claim', '__proto__', 'constructor'])).toEqual([
      { claimId: 'no.such-claim', sources: [], updates: [] },
      { claimId: '__proto__', sources: [], updates: [] },
      { claimId: 'constructor', sources: [], updates: [] },
    ]);
  });

  it('includes enabled packs only, and a bundled id is never shadowed by a pack', async () => {
    await putPack(pack('p', [packClaim('test.pack-claim', 'Pack Publisher'), packClaim(first.id, 'Shadow')]));
    await putPack(pack('q', [packClaim('test.off-claim', 'Off')], false));
    const [own, shadowed, off] = await claimSources(['test.pack-claim', first.id, 'test.off-claim']);
    expect(own!.sources.map((s) => s.publisher)).toEqual(['Pack Publisher']);
    expect(shadowed!.sources).toEqual(first.sources);
    expect(off!.sources).toEqual([]);
    await setPackEnabled('p', false);
    expect((await claimSources(['test.pack-claim']))[0]!.sources).toEqual([]);
  });

  it('answers a pack claim’s dated updates with its sources', async () => {
    const update = {
      date: '2026-01-30',
      status: 'overtaken' as const,
      summary: { en: 'Stalled.', ja: '停滞。' },
      sources: packClaim('x', 'Later Wire').sources,
    };
    await putPack(pack('p', [{ ...packClaim('test.dated', 'Pack Publisher'), updates: [update] }]));
    expect((await claimSources(['test.dated']))[0]).toEqual({
      claimId: 'test.dated',
      summary: first.summary,
      sources: packClaim('x', 'Pack Publisher').sources,
      updates: [update],
    });
  });

  it('still answers the bundled sources when the packs cannot be read', async () => {
    await fakeBrowser.storage.local.set({ packs: 'corrupt' });
    expect((await claimSources([first.id]))[0]!.sources).toEqual(first.sources);
  });

  it('is routed for content scripts (any frame), never for extension pages or other extensions', async () => {
    const request = msg('claim/sources', { claimIds: [first.id] });
    expect(
      await handleMessage(request, { id, tab: { id: 4 } as never, frameId: 0, url: 'https://www.reuters.com/a' }),
    ).toEqual([{ claimId: first.id, summary: first.summary, sources: first.sources, updates: first.updates ?? [] }]);
    expect(
      await handleMessage(request, { id, tab: { id: 4 } as never, frameId: 3, url: 'https://www.reuters.com/frame' }),
    ).toHaveLength(1);
    expect(handleMessage(request, { id, url: fakeBrowser.runtime.getURL('/popup.html') })).toBeUndefined();
    expect(
      handleMessage(request, { id, tab: { id: 4 } as never, url: fakeBrowser.runtime.getURL('/popup.html') }),
    ).toBeUndefined();
    expect(handleMessage(request, { id: 'other-extension', tab: { id: 4 } as never, frameId: 0 })).toBeUndefined();
    expect(
      handleMessage(msg('claim/sources', { claimIds: [] }), { id, tab: { id: 4 } as never, frameId: 0 }),
    ).toBeUndefined();
  });
});
