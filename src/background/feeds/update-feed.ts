/**
 * Checks one subscribed feed: download both files, apply every rule (src/feeds/check.ts), then commit the outcome
 * in a single storage write. A worker stopped at any point before that write leaves the last good version intact.
 */
import { checkFeed, type FeedCheck } from '../../feeds/check';
import { FEED_LIMITS } from '../../feeds/format';
import { decodePublicKey } from '../../feeds/keys';
import { feedUrls } from '../../feeds/urls';
import { getFeedState, updateFeed, type StoredFeed } from '../../storage/feeds';
import { browserFetch, fetchFeedFile, type FetchLike } from './fetch-file';

export interface FeedDeps {
  fetchImpl?: FetchLike;
  now?: () => Date;
  random?: () => number;
}

const HOUR = 3_600_000;

/** When to look again: about a day after a check that worked (22-26 h), 1-2 h after one that failed. */
export function nextCheckAfter(now: Date, ok: boolean, random: () => number): Date {
  const wait = ok ? 22 * HOUR + random() * 4 * HOUR : HOUR + random() * HOUR;
  return new Date(now.getTime() + wait);
}

/**
 * Downloads feed.json then feed.json.sig and checks them against the subscription's pinned key and installed version.
 */
async function download(feed: StoredFeed, deps: Required<FeedDeps>): Promise<FeedCheck> {
  const urls = feedUrls(feed.url);
  const publicKey = decodePublicKey(feed.publicKey);
  if (!urls.ok || !publicKey)
    return {
      status: 'refused',
      reason: 'schema',
      detail: 'the subscription itself is invalid; remove it and subscribe again',
    };
  const body = await fetchFeedFile(urls.feed, FEED_LIMITS.maxBytes, deps.fetchImpl);
  if (!body.ok) return { status: 'refused', reason: body.reason, detail: body.detail };
  const sig = await fetchFeedFile(urls.signature, FEED_LIMITS.maxSignatureBytes, deps.fetchImpl);
  if (!sig.ok) return { status: 'refused', reason: sig.reason, detail: sig.detail };
  const signature = new TextDecoder().decode(sig.bytes);
  return checkFeed(
    { feed: body.bytes, signature },
    { publicKey, keyId: feed.keyId },
    feed.installed?.meta.version ?? null,
    deps.now(),
  );
}

/** The subscription after a check: installed only on success, and only over an older version with the same key. */
export function applyCheck(
  feed: StoredFeed,
  pinned: string,
  check: FeedCheck,
  now: Date,
  random: () => number,
): StoredFeed {
  const at = now.toISOString();
  const ok = check.status !== 'refused';
  const next = { ...feed, lastCheck: at, nextCheck: nextCheckAfter(now, ok, random).toISOString() };
  if (check.status === 'refused')
    return { ...next, lastError: { reason: check.reason, detail: check.detail.slice(0, 500), at } };
  if (check.status === 'unchanged') return { ...next, lastError: null };
  // Re-checked against what is stored now: a key changed or a newer version installed meanwhile wins.
  if (feed.publicKey !== pinned || (feed.installed && feed.installed.meta.version >= check.feed.meta.version))
    return { ...next, lastError: null };
  return {
    ...next,
    lastError: null,
    installed: { meta: check.feed.meta, claims: check.feed.pack.claims, installedAt: at },
  };
}

/** Checks the feed at `url` unless the master switch is on, the feed is paused or gone. True when it was checked. */
export async function updateFeedNow(url: string, deps: FeedDeps = {}): Promise<boolean> {
  const full: Required<FeedDeps> = {
    fetchImpl: deps.fetchImpl ?? browserFetch,
    now: deps.now ?? (() => new Date()),
    random: deps.random ?? Math.random,
  };
  const state = await getFeedState();
  const feed = state.feeds.find((f) => f.url === url);
  if (state.neverConnect || !feed || feed.paused) return false;
  const check = await download(feed, full);
  try {
    await updateFeed(url, (current) => applyCheck(current, feed.publicKey, check, full.now(), full.random));
  } catch (err) {
    // The new version did not fit in storage (quota): nothing was written; say so next to the last good version.
    const refusal: FeedCheck = {
      status: 'refused',
      reason: 'storage',
      detail: err instanceof Error ? err.message : String(err),
    };
    await updateFeed(url, (current) => applyCheck(current, feed.publicKey, refusal, full.now(), full.random));
  }
  return true;
}
