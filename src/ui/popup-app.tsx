import { browser } from 'wxt/browser';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { sendToTab } from '../messaging/client';
import { localeText } from './locale-messages';
import { useGrantedOrigins } from './shared/use-granted-origins';
import { LookupBox } from './popup/lookup-box';
import { locateOccurrence } from './popup/occurrence';
import { SiteControls } from './popup/site-controls';
import { siteStatus } from './popup/site-status';
import { TabClaims } from './popup/tab-claims';
import { useTabResults, useTargetTab } from './popup/use-target-tab';
import { useClaimBase } from './shared/claim-base';
import { Notice } from './shared/notice';
import { readerLang } from './shared/reader-lang';
import { applyTheme } from './shared/theme';
import { useSettings } from './shared/use-settings';

/**
 * The toolbar popup: the site's state, the claims on this tab, and a lookup box. `?tabId=N&q=...` select tab and query.
 */
export function PopupApp({ search = location.search }: { search?: string }) {
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const settings = useSettings();
  const target = useTargetTab(params);
  const tab = target === 'none' ? null : target;
  const results = useTabResults(tab);
  const base = useClaimBase();
  // Until settings load, the browser's language; then the reader's choice, live (the settings watch re-renders).
  const lang = readerLang(settings?.language);
  const t = localeText(lang);
  const granted = useGrantedOrigins();
  const [revealError, setRevealError] = useState(false);
  // In the same commit as the text it labels (useEffect runs after paint: assistive technology would read the new
  // language's text under the old lang for a frame).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
  if (!settings || target === null)
    return (
      <main class="k-popup" aria-busy="true">
        <p class="k-muted">{t('popup_loading')}</p>
      </main>
    );
  const url = tab?.url ?? results?.url;
  const status = target === 'none' ? 'unsupported' : siteStatus(url, settings, granted);
  const onReveal =
    tab && results && results.claims.length > 0
      ? (claimId: string) => {
          setRevealError(false);
          const at = results.claims.find((c) => c.claimId === claimId);
          const where = at && locateOccurrence(at, 0);
          if (!where) return setRevealError(true);
          // The first occurrence may be in an embedded frame: ask that frame's content script, by its own numbering.
          sendToTab(tab.tabId, 'page/reveal', { claimId, occurrence: where.occurrence }, where.frameId)
            .then((ok) => {
              if (!ok) setRevealError(true);
              // Opened as a page or window (context menu, tests): bring the article forward.
              else if (params.has('tabId')) void browser.tabs.update(tab.tabId, { active: true });
            })
            .catch(() => setRevealError(true));
        }
      : null;
  return (
    <main class="k-popup">
      <h1>{t('popupTitle')}</h1>
      <SiteControls url={url} status={status} settings={settings} lang={lang} />
      <section class="k-tab-claims" aria-labelledby="k-claims-h">
        <h2 id="k-claims-h">{t('popup_claimsHeading')}</h2>
        {status === 'unsupported' ? (
          <p class="k-empty">{t('popup_cannotCheck')}</p>
        ) : (
          <TabClaims results={results} base={base} lang={lang} filters={settings.sourceFilters} onReveal={onReveal} />
        )}
        {revealError && <Notice kind="error">{t('popup_revealFailed')}</Notice>}
      </section>
      <LookupBox base={base} lang={lang} filters={settings.sourceFilters} initialQuery={params.get('q') ?? ''} />
      <p class="k-footer">
        <button type="button" class="k-button k-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openOptions')}
        </button>
      </p>
    </main>
  );
}
