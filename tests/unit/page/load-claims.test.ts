import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addedPageClaims } from '../../../src/background/answer-claim-sources';
import { getAddedClaims } from '../../../src/storage/added-claims';
import { mayHoldAdded } from '../../../src/storage/added-keys';
import { addFeed, removeFeed } from '../../../src/storage/feed-subscriptions';
import { updateFeed, type StoredFeed } from '../../../src/storage/feeds';
import { putPack, setPackEnabled } from '../../../src/storage/packs';
import { loadAddedClaims, watchAddedClaimsUntil } from '../../../src/page/load-claims';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { installed, sub } from '../storage/feed-fixtures';
import { claim, pack } from '../storage/pack-fixtures';

const FEED = 'https://a.example/feed.json';
const withVersion = (feed: StoredFeed, version: number) => installed(feed, version, [FIXTURE_CLAIMS[2]!]);
const stored = async () => {
  const raw = await fakeBrowser.storage.local.get(['packs', 'feeds']);
  return mayHoldAdded(raw.packs, raw.feeds);
};

describe('added claims on the page: asked of the worker only when the store may hold some', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks nothing when the reader added nothing, or only disabled packs', async () => {
    const ask = vi.fn(addedPageClaims);
    expect(await loadAddedClaims(ask)).toEqual([]);
    await putPack(pack('off', [claim('p.off')], false));
    expect(await loadAddedClaims(ask)).toEqual([]);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks once there is an enabled pack, and gets its claims without sources', async () => {
    await putPack(pack('on', [claim('p.one')]));
    const ask = vi.fn(addedPageClaims);
    const added = await loadAddedClaims(ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(added.map((c) => c.id)).toEqual(['p.one']);
    expect(added.every((c) => !('sources' in c))).toBe(true);
  });

  it('adds nothing, rather than stopping the page, when the worker cannot answer', async () => {
    await putPack(pack('on', [claim('p.one')]));
    expect(await loadAddedClaims(() => Promise.reject(new Error('worker gone')))).toEqual([]);
  });

  it('the look at the raw store is never false when the worker would find claims (packs, feeds, corrupt values)', async () => {
    const states: (() => Promise<unknown>)[] = [
      async () => putPack(pack('on', [claim('p.one')])),
      async () => putPack(pack('off', [claim('p.off')], false)),
      async () => fakeBrowser.storage.local.set({ packs: [{ enabled: true, claims: [1] }, 'junk'] }),
      async () => fakeBrowser.storage.local.set({ packs: { enabled: true } }),
      async () => addFeed(sub(FEED)),
      async () => updateFeed(FEED, (f) => withVersion(f, 1)),
      async () => fakeBrowser.storage.local.set({ feeds: { feeds: [null, { installed: { claims: 'x' } }] } }),
    ];
    let sawBoth = 0;
    for (const make of states) {
      fakeBrowser.reset();
      if (make === states[5]) await states[4]!();
      await make();
      const found = (await getAddedClaims()).length > 0;
      const may = await stored();
      if (found) expect(may).toBe(true);
      if (found && may) sawBoth++;
    }
    expect(sawBoth).toBe(2); // the enabled pack and the installed feed
  });

  it('follows packs and installed feed versions, not a feed’s check times', async () => {
    await addFeed(sub(FEED));
    const controller = new AbortController();
    const seen: string[][] = [];
    const ask = vi.fn(addedPageClaims);
    watchAddedClaimsUntil(controller.signal, ask, (claims) => seen.push(claims.map((c) => c.id)));
    const settle = () => new Promise((r) => setTimeout(r, 10));
    await updateFeed(FEED, (f) => ({ ...f, lastCheck: '2026-12-07T01:00:00.000Z' }));
    await settle();
    expect(seen).toEqual([]);
    await updateFeed(FEED, (f) => withVersion(f, 1));
    await settle();
    await putPack(pack('on', [claim('p.one')]));
    await settle();
    await setPackEnabled('on', false);
    await removeFeed(FEED);
    await settle();
    controller.abort();
    await putPack(pack('again', [claim('p.two')]));
    await settle();
    expect(seen).toEqual([[FIXTURE_CLAIMS[2]!.id], ['p.one', FIXTURE_CLAIMS[2]!.id], [FIXTURE_CLAIMS[2]!.id], []]);
  });
});
