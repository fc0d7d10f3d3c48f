/**
 * Evidence-feed subscriptions in `local:feeds`: the master switch and, per feed, its pinned key, schedule, last error
 * and the installed (last good) version. One key, so installing a new version is one write: all or nothing.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { ClaimSchema } from '../evidence/schema';
import { FEED_REFUSALS } from '../feeds/check';
import { FeedMetaSchema } from '../feeds/format';
import { originPatternOf } from '../feeds/urls';
import { FEEDS_KEY } from './added-keys';
import { guardWrite } from './errors';

const Stamp = v.pipe(v.string(), v.maxLength(40));
const InstalledSchema = v.strictObject({ meta: FeedMetaSchema, claims: v.array(ClaimSchema), installedAt: Stamp });
const ErrorSchema = v.strictObject({
  reason: v.picklist(FEED_REFUSALS),
  detail: v.pipe(v.string(), v.maxLength(500)),
  at: Stamp,
});

export const StoredFeedSchema = v.strictObject({
  /** https URL of feed.json; the signature is the same URL plus ".sig". Identifies the subscription. */
  url: v.pipe(v.string(), v.maxLength(2048), v.regex(/^https:\/\/[^?#]+$/)),
  /** The pinned Ed25519 public key (base64 of 32 bytes), its SHA-256 fingerprint and the key id it signs for. */
  publicKey: v.pipe(v.string(), v.maxLength(64)),
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  keyId: v.pipe(v.string(), v.regex(/^ed25519:[0-9a-f]{16}$/)),
  paused: v.boolean(),
  /** The origin's host permission was granted for this feed (not earlier, as a site): removing the feed revokes it. */
  grantedForFeed: v.boolean(),
  addedAt: Stamp,
  lastCheck: v.nullable(Stamp),
  nextCheck: v.nullable(Stamp),
  lastError: v.nullable(ErrorSchema),
  /** The last good version; it stays until a newer one passes every check. */
  installed: v.nullable(InstalledSchema),
});
export type StoredFeed = v.InferOutput<typeof StoredFeedSchema>;
export type FeedError = v.InferOutput<typeof ErrorSchema>;

export interface FeedState {
  /** The reader's "Never connect to the network": no feed is fetched while it is on. */
  neverConnect: boolean;
  feeds: StoredFeed[];
}
export const EMPTY_FEED_STATE: FeedState = { neverConnect: false, feeds: [] };

/**
 * Versioned so the shape can change with a migration; version 1 is the first (a value from before versioning is kept).
 */
export const FEEDS_VERSION = 1;
export const rawFeedsItem = storage.defineItem<unknown>(`local:${FEEDS_KEY}`, {
  version: FEEDS_VERSION,
  migrations: {},
});

/** The stored state, repaired: a corrupt feed is dropped alone, a corrupt switch reads as off. */
export function sanitiseFeedState(raw: unknown): FeedState {
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const seen = new Set<string>();
  const feeds: StoredFeed[] = [];
  for (const item of Array.isArray(obj.feeds) ? obj.feeds : []) {
    const parsed = v.safeParse(StoredFeedSchema, item);
    if (!parsed.success || seen.has(parsed.output.url)) continue;
    seen.add(parsed.output.url);
    feeds.push(parsed.output);
  }
  return { neverConnect: obj.neverConnect === true, feeds };
}

/** The feed state as stored now. */
export async function getFeedState(): Promise<FeedState> {
  return sanitiseFeedState(await rawFeedsItem.getValue());
}

/** Calls `cb` with the repaired state whenever it changes; returns unwatch. */
export function watchFeedState(cb: (state: FeedState) => void): () => void {
  return rawFeedsItem.watch((next) => cb(sanitiseFeedState(next)));
}

/** Reads, changes and writes the whole state in one write (StorageWriteError on failure: nothing changed). */
export async function updateFeedState(change: (state: FeedState) => FeedState): Promise<FeedState> {
  const next = change(await getFeedState());
  await guardWrite(() => rawFeedsItem.setValue(next));
  return next;
}

/** Changes one feed, if it is still subscribed (a feed removed during a fetch stays removed). */
export function updateFeed(url: string, change: (feed: StoredFeed) => StoredFeed): Promise<FeedState> {
  return updateFeedState((s) => ({ ...s, feeds: s.feeds.map((f) => (f.url === url ? change(f) : f)) }));
}

/** Host patterns granted only for fetching feeds (not as sites to annotate): the content script stays out of them. */
export async function feedOnlyOrigins(): Promise<string[]> {
  const state = await getFeedState().catch(() => EMPTY_FEED_STATE);
  return state.feeds.filter((f) => f.grantedForFeed).map((f) => originPatternOf(f.url));
}
