import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { updateSettings } from '../../storage/settings';
import type { Settings } from '../../storage/settings-types';
import { newsSiteFor } from '../../storage/site-rules';
import type { Lang } from '../../evidence/schema';
import { localeText, type MessageKey } from '../locale-messages';
import { Notice } from '../shared/notice';
import { describeSaveError } from '../shared/storage-error';
import { Toggle } from '../shared/toggle';
import { originPatternFor, type SiteStatus } from './site-status';

interface Props {
  url: string | undefined;
  status: SiteStatus;
  settings: Settings;
  lang: Lang;
}

const without = (list: string[], x: string) => list.filter((y) => y !== x);
const STATUS_KEY = {
  unsupported: 'popup_status_unsupported',
  unknown: 'popup_status_unknown',
  off: 'popup_status_off',
  paused: 'popup_status_paused',
  'news-disabled': 'popup_status_news_disabled',
  inactive: 'popup_status_inactive',
  active: 'popup_status_active',
} as const satisfies Record<SiteStatus, MessageKey>;

/** The site's state and what the reader can do about it: enable, pause/resume, global on/off. */
export function SiteControls({ url, status, settings, lang }: Props) {
  const t = localeText(lang);
  const [error, setError] = useState<string | null>(null);
  const host = url ? safeHost(url) : null;
  const save = (change: (s: Settings) => Settings) => {
    setError(null);
    updateSettings(change).catch((err) => setError(describeSaveError(err, t)));
  };
  const enable = async () => {
    setError(null);
    if (!url) return;
    // The popup may close while Chrome shows the prompt; the background registers the script on permissions.onAdded.
    const granted = await browser.permissions.request({ origins: [originPatternFor(url)] }).catch(() => false);
    if (!granted) setError(t('popup_enableDenied'));
  };
  return (
    <section class="k-site" aria-labelledby="k-site-heading">
      <h2 id="k-site-heading" class="k-visually-hidden">
        {t('popup_siteHeading')}
      </h2>
      <p class={`k-site-status k-site-${status}`} data-status={status}>
        {t(STATUS_KEY[status], host ?? '')}
      </p>
      {status === 'inactive' && (
        <button type="button" class="k-button k-primary" onClick={() => void enable()}>
          {t('popup_enableSite', host ?? '')}
        </button>
      )}
      {status === 'news-disabled' && host && (
        <button
          type="button"
          class="k-button"
          onClick={() =>
            save((s) => ({ ...s, disabledNewsSites: without(s.disabledNewsSites, newsSiteFor(host) ?? host) }))
          }
        >
          {t('popup_turnNewsSiteOn')}
        </button>
      )}
      {host && (status === 'active' || status === 'paused') && (
        <Toggle
          label={t('popup_pauseHere', host)}
          checked={status === 'paused'}
          onChange={(paused) =>
            save((s) => ({
              ...s,
              pausedSites: paused
                ? [...without(s.pausedSites, host), host]
                : s.pausedSites.filter((p) => p !== host && !host.endsWith(`.${p}`)),
            }))
          }
        />
      )}
      <Toggle
        label={t('popup_enabledEverywhere')}
        checked={settings.enabled}
        onChange={(enabled) => save((s) => ({ ...s, enabled }))}
      />
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
