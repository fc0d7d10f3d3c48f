import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fetchFeedFile, FEED_REQUEST, type FetchLike } from '../../../../src/background/feeds/fetch-file';
import {
  FEED_ALARM,
  runDueFeeds,
  scheduleFeedAlarm,
  watchFeedSchedule,
} from '../../../../src/background/feeds/schedule';
import { updateFeedNow } from '../../../../src/background/feeds/update-feed';
import {
  addFeed,
  newSubscription,
  removeFeed,
  setFeedPaused,
  setNeverConnect,
} from '../../../../src/storage/feed-subscriptions';
import { getFeedState, type StoredFeed } from '../../../../src/storage/feeds';
import { feedObject, NOW, signedFiles, testKey, type TestKey } from '../../feeds/signed-feed';

const URL_ = 'https://feeds.example.net/kensho/feed.json';
let key: TestKey;
beforeAll(async () => {
  key = await testKey();
});

/** A fake server: what each URL answers, and every request made. */
function server() {
  const files = new Map<string, () => Promise<Response>>();
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = (url, init) => {
    calls.push({ url, init });
    const answer = files.get(url);
    return answer ? answer() : Promise.resolve(new Response('not found', { status: 404 }));
  };
  const publish = (published: { feed: Uint8Array; signature: string }) => {
    files.set(URL_, async () => new Response(published.feed.slice()));
    files.set(`${URL_}.sig`, async () => new Response(published.signature));
  };
  return { files, calls, fetchImpl, publish };
}

const deps = (fetchImpl: FetchLike, now = NOW) => ({ fetchImpl, now: () => now, random: () => 0.5 });
const feed = async (): Promise<StoredFeed> => (await getFeedState()).feeds[0]!;

describe('updating a feed', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await addFeed(
      newSubscription(URL_, { publicKey: key.publicKey, fingerprint: key.fingerprint, keyId: key.keyId }, true, NOW),
    );
  });

  it('installs a good feed after two plain GETs: no cookies, no Referer, no cache, no query, no redirects', async () => {
    const s = server();
    s.publish(signedFiles(key, feedObject(key, { version: 2 })));
    expect(await updateFeedNow(URL_, deps(s.fetchImpl))).toBe(true);
    expect(s.calls.map((c) => c.url)).toEqual([URL_, `${URL_}.sig`]);
    for (const { init } of s.calls) {
      expect(init).toMatchObject({
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'error',
      });
      expect(init.headers).toBeUndefined();
      expect(init.body).toBeUndefined();
    }
    const f = await feed();
    expect(f.installed?.meta.version).toBe(2);
    expect(f.installed?.claims).toHaveLength(3);
    expect(f).toMatchObject({ lastError: null, lastCheck: NOW.toISOString() });
    // About a day later (random 0.5: 24 h).
    expect(Date.parse(f.nextCheck!) - NOW.getTime()).toBe(24 * 3_600_000);
  });

  it.each([
    [
      'a changed byte',
      'signature',
      (k: TestKey) => {
        const files = signedFiles(k, feedObject(k, { version: 3 }));
        files.feed[40] = files.feed[40]! ^ 1;
        return files;
      },
    ],
    ['an older version', 'older', (k: TestKey) => signedFiles(k, feedObject(k, { version: 1 }))],
    [
      'an expired feed',
      'expired',
      (k: TestKey) => signedFiles(k, feedObject(k, { version: 3, expiresAt: '2026-12-06T00:00:00Z' })),
    ],
  ] as const)(
    '%s is refused; the last good version stays, with the reason and the time',
    async (_name, reason, make) => {
      const s = server();
      s.publish(signedFiles(key, feedObject(key, { version: 2 })));
      await updateFeedNow(URL_, deps(s.fetchImpl));
      const good = (await feed()).installed;
      s.publish(make(key));
      const later = new Date(NOW.getTime() + 3_600_000);
      await updateFeedNow(URL_, deps(s.fetchImpl, later));
      const f = await feed();
      expect(f.installed).toEqual(good);
      expect(f.lastError).toMatchObject({ reason, at: later.toISOString() });
      // A failed check is retried sooner (random 0.5: 1.5 h).
      expect(Date.parse(f.nextCheck!) - later.getTime()).toBe(1.5 * 3_600_000);
    },
  );

  it('the same version again is "up to date", not an error', async () => {
    const s = server();
    s.publish(signedFiles(key, feedObject(key, { version: 2 })));
    await updateFeedNow(URL_, deps(s.fetchImpl));
    await updateFeedNow(URL_, deps(s.fetchImpl));
    expect(await feed()).toMatchObject({ lastError: null, installed: { meta: { version: 2 } } });
  });

  it('the server down: the last good version stays and the error is kept', async () => {
    const s = server();
    s.publish(signedFiles(key, feedObject(key, { version: 2 })));
    await updateFeedNow(URL_, deps(s.fetchImpl));
    const down: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    await updateFeedNow(URL_, deps(down));
    expect(await feed()).toMatchObject({
      installed: { meta: { version: 2 } },
      lastError: { reason: 'network', detail: 'feed.json: Failed to fetch' },
    });
    const missing = server();
    await updateFeedNow(URL_, deps(missing.fetchImpl));
    expect(await feed()).toMatchObject({
      installed: { meta: { version: 2 } },
      lastError: { reason: 'http', detail: 'feed.json: the server answered 404' },
    });
  });

  it('no request at all while "Never connect" is on or the feed is paused', async () => {
    const s = server();
    s.publish(signedFiles(key, feedObject(key)));
    await setNeverConnect(true);
    expect(await updateFeedNow(URL_, deps(s.fetchImpl))).toBe(false);
    await runDueFeeds(deps(s.fetchImpl));
    await setNeverConnect(false);
    await setFeedPaused(URL_, true);
    expect(await updateFeedNow(URL_, deps(s.fetchImpl))).toBe(false);
    expect(s.calls).toEqual([]);
    expect((await feed()).installed).toBeNull();
  });

  it('a feed removed while it downloads stays removed (its claims do not come back)', async () => {
    const s = server();
    const files = signedFiles(key, feedObject(key));
    s.files.set(URL_, async () => {
      await removeFeed(URL_);
      return new Response(files.feed.slice());
    });
    s.files.set(`${URL_}.sig`, async () => new Response(files.signature));
    await updateFeedNow(URL_, deps(s.fetchImpl));
    expect((await getFeedState()).feeds).toEqual([]);
  });

  it('the alarm follows the reader: cleared by "Never connect" or pausing, set again when switched back', async () => {
    const unwatch = watchFeedSchedule(() => {});
    const settled = () => new Promise((r) => setTimeout(r, 20));
    await setNeverConnect(true);
    await settled();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeFalsy();
    await setNeverConnect(false);
    await settled();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeTruthy();
    await setFeedPaused(URL_, true);
    await settled();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeFalsy();
    await setFeedPaused(URL_, false);
    await settled();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeTruthy();
    unwatch();
  });

  it('the alarm points at the earliest due feed, never sooner than a minute, and is cleared when nothing may connect', async () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    const when = await scheduleFeedAlarm(now);
    expect(when).toBe(now + 60_000);
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(now + 60_000);
    await setNeverConnect(true);
    expect(await scheduleFeedAlarm(now)).toBeNull();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeFalsy();
  });
});

describe('fetchFeedFile', () => {
  it('stops reading past the cap and cancels the download', async () => {
    let cancelled = false;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const r = await fetchFeedFile('https://x.example/feed.json', 1024 * 1024, async () => new Response(body));
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(1.2 * 1024 * 1024);
  });

  it('refuses a declared size over the cap without reading', async () => {
    const r = await fetchFeedFile(
      'https://x.example/feed.json',
      10,
      async () => new Response('x'.repeat(20), { headers: { 'content-length': '20' } }),
    );
    expect(r).toMatchObject({ ok: false, reason: 'too-large', detail: 'feed.json is 20 bytes; at most 10' });
  });

  it('times out', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_ok, fail) =>
        init.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
      );
    expect(await fetchFeedFile('https://x.example/feed.json.sig', 10, hang, 20)).toMatchObject({
      ok: false,
      reason: 'timeout',
    });
  });

  it('the request options are the documented ones', () => {
    expect(FEED_REQUEST).toEqual({
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
    });
  });
});

describe('a new version that does not fit in storage', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await addFeed(
      newSubscription(URL_, { publicKey: key.publicKey, fingerprint: key.fingerprint, keyId: key.keyId }, true, NOW),
    );
  });

  it('keeps the last good version and says why', async () => {
    const s = server();
    s.publish(signedFiles(key, feedObject(key, { version: 2 })));
    await updateFeedNow(URL_, deps(s.fetchImpl));
    s.publish(signedFiles(key, feedObject(key, { version: 3 })));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let failed = false;
    fakeBrowser.storage.local.set = (async (items: Record<string, unknown>) => {
      const feeds = items.feeds as { feeds?: { installed?: { meta: { version: number } } | null }[] } | undefined;
      if (feeds?.feeds?.[0]?.installed?.meta.version === 3) {
        failed = true;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return set(items);
    }) as typeof fakeBrowser.storage.local.set;
    await updateFeedNow(URL_, deps(s.fetchImpl));
    fakeBrowser.storage.local.set = set;
    expect(failed).toBe(true);
    expect(await feed()).toMatchObject({
      installed: { meta: { version: 2 } },
      lastError: { reason: 'storage', detail: 'storage quota exceeded' },
    });
  });
});
