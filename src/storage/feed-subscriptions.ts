/** The reader's edits to feed subscriptions (options page): add, pause, remove, the master switch. */
import type { FeedState, StoredFeed } from './feeds';
import { updateFeed, updateFeedState } from './feeds';

/** A new subscription: pinned key, nothing installed, due for a check at once. */
export function newSubscription(
  url: string,
  key: { publicKey: string; fingerprint: string; keyId: string },
  grantedForFeed: boolean,
  now: Date,
): StoredFeed {
  const at = now.toISOString();
  return {
    url,
    ...key,
    paused: false,
    grantedForFeed,
    addedAt: at,
    lastCheck: null,
    nextCheck: at,
    lastError: null,
    installed: null,
  };
}

/** Adds a subscription; false (and nothing written) when that address is already subscribed. */
export async function addFeed(feed: StoredFeed): Promise<boolean> {
  let added = false;
  await updateFeedState((s) => {
    if (s.feeds.some((f) => f.url === feed.url)) return s;
    added = true;
    return { ...s, feeds: [...s.feeds, feed] };
  });
  return added;
}

/** Removes a subscription and, with it, its installed claims. */
export function removeFeed(url: string): Promise<FeedState> {
  return updateFeedState((s) => ({ ...s, feeds: s.feeds.filter((f) => f.url !== url) }));
}

/** Pauses or resumes a feed's checks (its installed claims stay). */
export function setFeedPaused(url: string, paused: boolean): Promise<FeedState> {
  return updateFeed(url, (f) => ({ ...f, paused }));
}

/** The master switch: while on, no feed is fetched, not even by "Check now". */
export function setNeverConnect(neverConnect: boolean): Promise<FeedState> {
  return updateFeedState((s) => ({ ...s, neverConnect }));
}
