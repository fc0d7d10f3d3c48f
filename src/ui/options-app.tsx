import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { updateSettings } from '../storage/settings';
import type { Settings } from '../storage/settings-types';
import { localeText } from './locale-messages';
import { BackupSection } from './options/backup-section';
import { FeedsSection } from './options/feeds-section';
import { FiltersSection } from './options/filters-section';
import { GeneralSection } from './options/general-section';
import { PacksSection } from './options/packs-section';
import { ReportsSection } from './options/reports-section';
import { SitesSection } from './options/sites-section';
import { useClaimBase } from './shared/claim-base';
import { Notice } from './shared/notice';
import { readerLang } from './shared/reader-lang';
import { describeSaveError } from './shared/storage-error';
import { applyTheme } from './shared/theme';
import { useSettings } from './shared/use-settings';

/**
 * The options page: general, source filters, sites, evidence packs and feeds, false-positive reports, backup and reset.
 */
export function OptionsApp() {
  const settings = useSettings();
  const base = useClaimBase();
  // Until settings load, the browser's language; then the reader's choice, live (the settings watch re-renders,
  // also when the choice is made on this page).
  const lang = readerLang(settings?.language);
  const t = localeText(lang);
  const [error, setError] = useState<string | null>(null);
  const publishers = useMemo(
    () =>
      [...new Set([...(base?.byId.values() ?? [])].flatMap((c) => c.sources.map((s) => s.publisher)))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [base],
  );
  // In the same commit as the text it labels (useEffect runs after paint: assistive technology would read the new
  // language's text under the old lang for a frame).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
  if (!settings) return <main class="k-options" aria-busy="true" />;
  // Every change is written at once; the storage watch re-renders this page and updates open cards and popups.
  const save = (change: (s: Settings) => Settings) => {
    setError(null);
    updateSettings(change).catch((err) => setError(describeSaveError(err, t)));
  };
  return (
    <main class="k-options">
      <h1>{t('optionsTitle')}</h1>
      {error && <Notice kind="error">{error}</Notice>}
      <GeneralSection settings={settings} save={save} lang={lang} />
      <FiltersSection settings={settings} save={save} publishers={publishers} lang={lang} />
      <SitesSection settings={settings} save={save} lang={lang} />
      <PacksSection lang={lang} />
      <FeedsSection lang={lang} />
      <ReportsSection lang={lang} />
      <BackupSection lang={lang} />
    </main>
  );
}
