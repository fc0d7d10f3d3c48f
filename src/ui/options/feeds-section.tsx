/** Evidence feeds: the master switch, subscribing, and each feed's state with check now, pause and remove. */
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../evidence/schema';
import { originPatternOf } from '../../feeds/urls';
import { sendToBackground } from '../../messaging/client';
import { removeFeed, setFeedPaused, setNeverConnect } from '../../storage/feed-subscriptions';
import { EMPTY_FEED_STATE, getFeedState, watchFeedState, type FeedState, type StoredFeed } from '../../storage/feeds';
import { localeText } from '../locale-messages';
import { Notice } from '../shared/notice';
import { describeSaveError } from '../shared/storage-error';
import { Toggle } from '../shared/toggle';
import { FeedForm } from './feed-form';
import { FeedRow } from './feed-row';

/** The feed state, live (the worker writes each check's outcome). */
function useFeedState(): FeedState {
  const [state, setState] = useState<FeedState>(EMPTY_FEED_STATE);
  useEffect(() => {
    void getFeedState().then(setState);
    return watchFeedState(setState);
  }, []);
  return state;
}

export function FeedsSection({ lang }: { lang: Lang }) {
  const t = localeText(lang);
  const state = useFeedState();
  const [checking, setChecking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const guard = (p: Promise<unknown>) => p.catch((err) => setError(describeSaveError(err, t)));
  const check = (url: string) => {
    setChecking(url);
    void sendToBackground('feeds/check', { url })
      .catch(() => undefined)
      .finally(() => setChecking(null));
  };
  const remove = async (feed: StoredFeed) => {
    const left = await removeFeed(feed.url);
    // The origin was granted for this feed only: give it back unless another such feed still needs it.
    const pattern = originPatternOf(feed.url);
    if (feed.grantedForFeed && !left.feeds.some((f) => f.grantedForFeed && originPatternOf(f.url) === pattern)) {
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
  };
  return (
    <section aria-labelledby="k-feeds-h">
      <h2 id="k-feeds-h">{t('options_feedsHeading')}</h2>
      <p class="k-muted">{t('options_feedsIntro')}</p>
      <Toggle
        label={t('options_neverConnect')}
        hint={t('options_neverConnectHint')}
        checked={state.neverConnect}
        onChange={(on) => void guard(setNeverConnect(on))}
      />
      <FeedForm lang={lang} subscribed={state.feeds.map((f) => f.url)} />
      {error && <Notice kind="error">{error}</Notice>}
      {state.feeds.length === 0 ? (
        <p class="k-empty">{t('options_noFeeds')}</p>
      ) : (
        <table class="k-table k-feeds">
          <thead>
            <tr>
              <th scope="col">{t('options_feedsHeading')}</th>
              <th scope="col">{t('options_feedVersion')}</th>
              <th scope="col">{t('options_feedClaims')}</th>
              <th scope="col">{t('options_feedLastCheck')}</th>
              <th scope="col">{t('options_feedNextCheck')}</th>
              <th scope="col">{t('options_feedLastError')}</th>
              <th scope="col">{t('options_feedActions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.feeds.map((feed) => (
              <FeedRow
                key={feed.url}
                feed={feed}
                lang={lang}
                offline={state.neverConnect}
                checking={checking === feed.url}
                onCheck={() => check(feed.url)}
                onPause={(paused) => void guard(setFeedPaused(feed.url, paused))}
                onRemove={() => void guard(remove(feed))}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
