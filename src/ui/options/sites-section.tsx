import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { Lang } from '../../evidence/schema';
import { NEWS_SITE_HOSTS } from '../../sites/news-sites';
import { bareHost } from '../../storage/settings-migrations';
import type { Settings } from '../../storage/settings-types';
import { localeText } from '../locale-messages';
import { Notice } from '../shared/notice';
import { Toggle } from '../shared/toggle';
import { useGrantedOrigins } from '../shared/use-granted-origins';

interface Props {
  settings: Settings;
  save(change: (s: Settings) => Settings): void;
  lang: Lang;
}

/** The default news list (per-site switches), sites the reader granted (revocable), and paused sites. */
export function SitesSection({ settings, save, lang }: Props) {
  const t = localeText(lang);
  const granted = useGrantedOrigins();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const addSite = async () => {
    setError(null);
    const host = bareHost(draft);
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return setError(t('options_siteInvalid'));
    const ok = await browser.permissions.request({ origins: [`https://${host}/*`] }).catch(() => false);
    if (ok) setDraft('');
    else setError(t('options_siteDenied', host));
  };
  return (
    <section aria-labelledby="k-sites-h">
      <h2 id="k-sites-h">{t('options_sitesHeading')}</h2>
      <fieldset>
        <legend>{t('options_newsSites')}</legend>
        <div class="k-check-grid">
          {NEWS_SITE_HOSTS.map((host) => (
            <Toggle
              key={host}
              label={host}
              checked={!settings.disabledNewsSites.includes(host)}
              onChange={(on) =>
                save((s) => ({
                  ...s,
                  disabledNewsSites: on
                    ? s.disabledNewsSites.filter((h) => h !== host)
                    : [...s.disabledNewsSites, host],
                }))
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('options_addedSites')}</legend>
        {granted.length === 0 ? (
          <p class="k-muted">{t('options_noAddedSites')}</p>
        ) : (
          <ul class="k-chips">
            {granted.map((origin) => (
              <li key={origin}>
                {origin}
                <button
                  type="button"
                  class="k-button k-danger"
                  onClick={() => void browser.permissions.remove({ origins: [origin] })}
                >
                  {t('options_revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="k-row"
          onSubmit={(e) => {
            e.preventDefault();
            void addSite();
          }}
        >
          <label for="k-add-site">{t('options_addSiteLabel')}</label>
          <input
            id="k-add-site"
            type="text"
            value={draft}
            placeholder="www.example.com"
            maxLength={253}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="k-button">
            {t('options_addSite')}
          </button>
        </form>
        {error && <Notice kind="error">{error}</Notice>}
      </fieldset>
      <fieldset>
        <legend>{t('options_pausedSites')}</legend>
        {settings.pausedSites.length === 0 ? (
          <p class="k-muted">{t('options_noPausedSites')}</p>
        ) : (
          <ul class="k-chips">
            {settings.pausedSites.map((host) => (
              <li key={host}>
                {host}
                <button
                  type="button"
                  class="k-button"
                  onClick={() => save((s) => ({ ...s, pausedSites: s.pausedSites.filter((h) => h !== host) }))}
                >
                  {t('options_resume')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </section>
  );
}
