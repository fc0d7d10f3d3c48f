import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getAddedClaims, watchAddedClaims } from '../../../src/storage/added-claims';
import { addFeed, removeFeed, setFeedPaused, setNeverConnect } from '../../../src/storage/feed-subscriptions';
import { FEEDS_VERSION, feedOnlyOrigins, getFeedState, rawFeedsItem, updateFeed } from '../../../src/storage/feeds';
import { putPack } from '../../../src/storage/packs';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { installed, sub } from './feed-fixtures';

describe('feed storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds once per address, pauses, switches off the network, removes', async () => {
    expect(await addFeed(sub('https://a.example/feed.json'))).toBe(true);
    expect(await addFeed(sub('https://a.example/feed.json'))).toBe(false);
    await setFeedPaused('https://a.example/feed.json', true);
    await setNeverConnect(true);
    expect(await getFeedState()).toMatchObject({
      neverConnect: true,
      feeds: [{ url: 'https://a.example/feed.json', paused: true }],
    });
    await removeFeed('https://a.example/feed.json');
    expect((await getFeedState()).feeds).toEqual([]);
  });

  it('migrates: a version-1 value (fixture) and one written before versioning are read unchanged', async () => {
    const v1 = JSON.parse(readFileSync(new URL('fixtures/feeds-v1.json', import.meta.url), 'utf8'));
    for (const meta of [{ feeds$: { v: 1 } }, {}]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ feeds: v1, ...meta });
      await rawFeedsItem.migrate();
      expect(await getFeedState()).toEqual(v1);
    }
    expect(FEEDS_VERSION).toBe(1);
  });

  it('a corrupt feed is dropped alone; a corrupt state reads as empty', async () => {
    await fakeBrowser.storage.local.set({
      feeds: {
        neverConnect: 'yes',
        feeds: [sub('https://a.example/feed.json'), { url: 'http://plain.example/x' }, 'junk'],
      },
    });
    expect(await getFeedState()).toEqual({ neverConnect: false, feeds: [sub('https://a.example/feed.json')] });
    await fakeBrowser.storage.local.set({ feeds: ['not', 'an', 'object'] });
    expect(await getFeedState()).toEqual({ neverConnect: false, feeds: [] });
  });

  it('updateFeed leaves a feed removed meanwhile removed', async () => {
    await addFeed(sub('https://a.example/feed.json'));
    await removeFeed('https://a.example/feed.json');
    await updateFeed('https://a.example/feed.json', (f) => installed(f, 2));
    expect((await getFeedState()).feeds).toEqual([]);
  });

  it('only origins granted for a feed are kept out of the annotated sites', async () => {
    await addFeed(sub('https://feeds.example/kensho/feed.json', true));
    await addFeed(sub('https://granted-site.example/feed.json', false));
    expect(await feedOnlyOrigins()).toEqual(['https://feeds.example/*']);
  });
});

describe('added claims: packs and feeds, one way in', () => {
  beforeEach(() => fakeBrowser.reset());

  it('packs first, then installed feeds, each claim naming its origin; the first id wins', async () => {
    await putPack({
      id: 'p',
      name: { en: 'My pack', ja: 'パック' },
      format: 'kensho',
      enabled: true,
      importedAt: 'x',
      claims: [FIXTURE_CLAIMS[1]!],
    });
    await addFeed(installed(sub('https://a.example/feed.json'), 3));
    const claims = await getAddedClaims();
    expect(claims.map((c) => [c.id, c.origin.kind, c.origin.name.en])).toEqual([
      [FIXTURE_CLAIMS[1]!.id, 'pack', 'My pack'],
      [FIXTURE_CLAIMS[0]!.id, 'feed', 'Feed 3'],
    ]);
  });

  it('the watch fires when a version is installed or removed, not when only check times change', async () => {
    await addFeed(sub('https://a.example/feed.json'));
    const seen: string[][] = [];
    const unwatch = watchAddedClaims((claims) => seen.push(claims.map((c) => c.id)));
    await updateFeed('https://a.example/feed.json', (f) => ({ ...f, lastCheck: '2026-12-07T01:00:00.000Z' }));
    await updateFeed('https://a.example/feed.json', (f) => installed(f, 1, [FIXTURE_CLAIMS[2]!]));
    await updateFeed('https://a.example/feed.json', (f) => ({
      ...f,
      lastError: { reason: 'network', detail: 'down', at: 'now' },
    }));
    await removeFeed('https://a.example/feed.json');
    await new Promise((r) => setTimeout(r, 10));
    unwatch();
    expect(seen).toEqual([[FIXTURE_CLAIMS[2]!.id], []]);
  });
});
