/** One subscribed feed: what is installed, when it was and will be checked, the last error; check, pause, remove. */
import type { Lang } from '../../evidence/schema';
import type { FeedRefusal } from '../../feeds/check';
import type { StoredFeed } from '../../storage/feeds';
import { localeText, type MessageKey } from '../locale-messages';

/** Each refusal in the reader's words (message names may not contain hyphens). */
const REFUSAL_TEXT: Record<FeedRefusal, MessageKey> = {
  network: 'options_feedError_network',
  http: 'options_feedError_http',
  timeout: 'options_feedError_timeout',
  'too-large': 'options_feedError_too_large',
  signature: 'options_feedError_signature',
  'wrong-key': 'options_feedError_wrong_key',
  schema: 'options_feedError_schema',
  expired: 'options_feedError_expired',
  older: 'options_feedError_older',
  storage: 'options_feedError_storage',
};

interface Props {
  feed: StoredFeed;
  lang: Lang;
  /** The master switch is on: nothing connects, so no check is possible or scheduled. */
  offline: boolean;
  checking: boolean;
  onCheck(): void;
  onPause(paused: boolean): void;
  onRemove(): void;
}

const when = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function FeedRow({ feed, lang, offline, checking, onCheck, onPause, onRemove }: Props) {
  const t = localeText(lang);
  const meta = feed.installed?.meta;
  const title = meta ? meta.title[lang] : new URL(feed.url).host;
  const stopped = offline || feed.paused;
  return (
    <tr data-feed-url={feed.url} data-feed-version={meta?.version ?? ''}>
      <td>
        <strong class="k-feed-title">{title}</strong>
        <div class="k-muted k-feed-url">{feed.url}</div>
        <div class="k-muted">{feed.keyId}</div>
      </td>
      <td class="k-feed-version">
        {meta ? meta.version : t('options_feedNotInstalled')}
        {meta && <div class="k-muted">{t('options_feedExpires', when(meta.expiresAt, lang))}</div>}
      </td>
      <td class="k-feed-claims">{feed.installed?.claims.length ?? 0}</td>
      <td class="k-feed-last-check">
        {feed.lastCheck ? <time dateTime={feed.lastCheck}>{when(feed.lastCheck, lang)}</time> : t('options_feedNever')}
      </td>
      <td class="k-feed-next-check">
        {stopped || !feed.nextCheck ? (
          t('options_feedPausedNote')
        ) : (
          <time dateTime={feed.nextCheck}>{when(feed.nextCheck, lang)}</time>
        )}
      </td>
      <td class="k-feed-error" data-reason={feed.lastError?.reason ?? ''}>
        {feed.lastError ? (
          <>
            <span role="status">{t('options_feedErrorKept', t(REFUSAL_TEXT[feed.lastError.reason]))}</span>
            <div class="k-muted">
              <time dateTime={feed.lastError.at}>{when(feed.lastError.at, lang)}</time> · {feed.lastError.detail}
            </div>
          </>
        ) : (
          t('options_feedNoError')
        )}
      </td>
      <td>
        <button type="button" class="k-button k-feed-check" disabled={stopped || checking} onClick={onCheck}>
          {checking ? t('options_feedChecking') : t('options_feedCheckNow')}
        </button>
        <button
          type="button"
          class="k-button k-feed-pause"
          aria-pressed={feed.paused}
          onClick={() => onPause(!feed.paused)}
        >
          {feed.paused ? t('options_feedResume') : t('options_feedPause')}
        </button>
        <button type="button" class="k-button k-danger k-feed-remove" onClick={onRemove}>
          {t('options_feedRemove')}
        </button>
      </td>
    </tr>
  );
}
