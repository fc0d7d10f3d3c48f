/** Subscribing to a feed: its https address and the publisher's public key, whose fingerprint the reader compares. */
import { browser } from 'wxt/browser';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Lang } from '../../evidence/schema';
import { toBase64 } from '../../feeds/base64';
import { decodePublicKey, groupFingerprint, keyFingerprint, keyIdOf } from '../../feeds/keys';
import { feedUrls, type FeedUrlProblem } from '../../feeds/urls';
import { sendToBackground } from '../../messaging/client';
import { addFeed, newSubscription } from '../../storage/feed-subscriptions';
import { localeText, type MessageKey } from '../locale-messages';

const URL_PROBLEM_TEXT: Record<FeedUrlProblem, MessageKey> = {
  'not-url': 'options_feedUrl_not_url',
  'not-https': 'options_feedUrl_not_https',
  'has-query': 'options_feedUrl_has_query',
  'has-credentials': 'options_feedUrl_has_credentials',
};
import { Notice } from '../shared/notice';
import { describeSaveError } from '../shared/storage-error';

type Key = { publicKey: string; fingerprint: string; keyId: string };
type Message = { kind: 'error' | 'success'; text: string } | null;

/** The pinned key for what the reader typed: null while empty or not a key. */
function useKey(text: string): Key | null {
  const [key, setKey] = useState<Key | null>(null);
  useEffect(() => {
    const raw = decodePublicKey(text);
    setKey(null);
    if (!raw) return;
    let live = true;
    void keyFingerprint(raw).then(
      (fingerprint) => live && setKey({ publicKey: toBase64(raw), fingerprint, keyId: keyIdOf(fingerprint) }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return key;
}

/**
 * Whether the address's origin is already granted (then subscribing does not grant it, and removing does not revoke
 * it).
 */
function useAlreadyGranted(pattern: string | null): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    setGranted(false);
    if (pattern) void browser.permissions.contains({ origins: [pattern] }).then(setGranted, () => setGranted(false));
  }, [pattern]);
  return granted;
}

export function FeedForm({ lang, subscribed }: { lang: Lang; subscribed: readonly string[] }) {
  const t = localeText(lang);
  const id = useId();
  const [url, setUrl] = useState('');
  const [keyText, setKeyText] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const key = useKey(keyText);
  const urls = url.trim() ? feedUrls(url) : null;
  const alreadyGranted = useAlreadyGranted(urls?.ok ? urls.originPattern : null);
  const subscribe = () => {
    setMessage(null);
    if (!urls) return;
    if (!urls.ok) return setMessage({ kind: 'error', text: t(URL_PROBLEM_TEXT[urls.problem]) });
    if (!key) return setMessage({ kind: 'error', text: t('options_feedKeyInvalid') });
    if (subscribed.includes(urls.feed)) return setMessage({ kind: 'error', text: t('options_feedDuplicate') });
    // First thing in the click: the browser asks for the origin only while it still counts as the reader's gesture.
    const granted = browser.permissions.request({ origins: [urls.originPattern] }).catch(() => false);
    void granted.then(async (ok) => {
      if (!ok) return setMessage({ kind: 'error', text: t('options_feedDenied', new URL(urls.feed).origin) });
      try {
        if (!(await addFeed(newSubscription(urls.feed, key, !alreadyGranted, new Date()))))
          return setMessage({ kind: 'error', text: t('options_feedDuplicate') });
      } catch (err) {
        return setMessage({ kind: 'error', text: describeSaveError(err, t) });
      }
      setUrl('');
      setKeyText('');
      setMessage({ kind: 'success', text: t('options_feedAdded') });
      await sendToBackground('feeds/check', { url: urls.feed }).catch(() => undefined);
    });
  };
  return (
    <form
      class="k-feed-form"
      onSubmit={(e) => {
        e.preventDefault();
        subscribe();
      }}
    >
      <div class="k-row">
        <label for={`${id}-url`}>{t('options_feedUrl')}</label>
        <input
          id={`${id}-url`}
          type="url"
          size={48}
          placeholder="https://example.org/kensho/feed.json"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="k-row">
        <label for={`${id}-key`}>{t('options_feedKey')}</label>
        <input
          id={`${id}-key`}
          type="text"
          size={48}
          spellcheck={false}
          autocomplete="off"
          value={keyText}
          onInput={(e) => setKeyText(e.currentTarget.value)}
        />
      </div>
      {key ? (
        <p class="k-muted" data-fingerprint={key.fingerprint}>
          {t('options_feedFingerprint', groupFingerprint(key.fingerprint))}
        </p>
      ) : keyText.trim() ? (
        <p class="k-muted">{t('options_feedKeyInvalid')}</p>
      ) : null}
      <div class="k-row">
        <button type="submit" class="k-button" disabled={!url.trim() || !keyText.trim()}>
          {t('options_feedSubscribe')}
        </button>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </form>
  );
}
