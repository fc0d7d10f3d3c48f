/** Daily checks through `alarms`: one alarm at the earliest due feed, so a stopped worker is woken when it matters. */
import { browser, type Browser } from 'wxt/browser';
import { getFeedState, watchFeedState } from '../../storage/feeds';
import { updateFeedNow, type FeedDeps } from './update-feed';

export const FEED_ALARM = 'kensho-feeds';
/** Never sooner than this after now: a feed that keeps failing is not hammered, and Chrome's alarm floor is 30 s. */
const MIN_DELAY_MS = 60_000;

/** Points the alarm at the earliest next check of an active feed, or clears it when nothing may connect. */
export async function scheduleFeedAlarm(now = Date.now()): Promise<number | null> {
  const state = await getFeedState();
  const due = state.neverConnect
    ? []
    : state.feeds.filter((f) => !f.paused).map((f) => Date.parse(f.nextCheck ?? '') || now);
  if (due.length === 0) {
    await browser.alarms.clear(FEED_ALARM);
    return null;
  }
  const when = Math.max(Math.min(...due), now + MIN_DELAY_MS);
  await browser.alarms.create(FEED_ALARM, { when });
  return when;
}

/** Checks every active feed that is due (one after another: one connection at a time), then re-arms the alarm. */
export async function runDueFeeds(deps: FeedDeps = {}): Promise<void> {
  const now = (deps.now ?? (() => new Date()))().getTime();
  const state = await getFeedState();
  for (const feed of state.feeds) {
    if (feed.nextCheck === null || Date.parse(feed.nextCheck) <= now) await updateFeedNow(feed.url, deps);
  }
  await scheduleFeedAlarm();
}

/** The alarms listener: only Kensho's feed alarm is ours. */
export function onFeedAlarm(alarm: Browser.alarms.Alarm): Promise<void> | undefined {
  return alarm.name === FEED_ALARM ? runDueFeeds() : undefined;
}

/** "Check now" from the options page: this feed (or every feed) at once, then re-arm. */
export async function checkFeedsNow(url: string | null): Promise<void> {
  const state = await getFeedState();
  for (const feed of state.feeds) if (url === null || feed.url === url) await updateFeedNow(feed.url);
  await scheduleFeedAlarm();
}

/**
 * Re-arms the alarm whenever the reader changes the feeds (subscribe, pause, resume, remove, the master switch): a
 * feed resumed or the network switched back on is checked on schedule again without waiting for a restart.
 */
export function watchFeedSchedule(warn: (err: unknown) => void): () => void {
  return watchFeedState(() => void scheduleFeedAlarm().catch(warn));
}
