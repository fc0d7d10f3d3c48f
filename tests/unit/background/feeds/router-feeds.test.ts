import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../../src/background/router';
import { addFeed, newSubscription } from '../../../../src/storage/feed-subscriptions';
import { getFeedState } from '../../../../src/storage/feeds';
import { feedObject, signedFiles, testKey, type TestKey } from '../../feeds/signed-feed';

const URL_ = 'https://feeds.example.net/kensho/feed.json';
const id = fakeBrowser.runtime.id;
const check = { kensho: 1, type: 'feeds/check', data: { url: URL_ } };
let key: TestKey;
beforeAll(async () => {
  key = await testKey();
});

describe('feeds/check', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // fakeBrowser has no permissions/scripting: the grant re-sync before a check sees none.
    const b = fakeBrowser as unknown as Record<string, unknown>;
    b.permissions = { getAll: async () => ({ permissions: [], origins: [] }) };
    b.scripting = {
      getRegisteredContentScripts: async () => [],
      unregisterContentScripts: async () => undefined,
      registerContentScripts: async () => undefined,
    };
    await addFeed(
      newSubscription(
        URL_,
        { publicKey: key.publicKey, fingerprint: key.fingerprint, keyId: key.keyId },
        true,
        new Date(),
      ),
    );
  });

  it('is obeyed from the options page: the feed is checked and installed', async () => {
    const files = signedFiles(key, feedObject(key, { expiresAt: '2099-01-01T00:00:00Z' }));
    const fetchMock = vi.fn(
      async (url: string) => new Response(url.endsWith('.sig') ? files.signature : files.feed.slice()),
    );
    vi.stubGlobal('fetch', fetchMock);
    await handleMessage(check, { id, url: fakeBrowser.runtime.getURL('/options.html') });
    vi.unstubAllGlobals();
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([URL_, `${URL_}.sig`]);
    expect((await getFeedState()).feeds[0]?.installed?.meta.version).toBe(1);
  });

  it('is ignored from a content script or another extension: nothing is fetched', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect(
      handleMessage(check, { id, tab: { id: 3 } as never, frameId: 0, url: 'https://www.reuters.com/a' }),
    ).toBeUndefined();
    expect(
      handleMessage(check, { id: 'another-extension', url: 'chrome-extension://another-extension/options.html' }),
    ).toBeUndefined();
    vi.unstubAllGlobals();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
