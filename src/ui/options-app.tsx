import { t } from './i18n';

/** The options page: source filters, sites, strictness, evidence packs. */
export function OptionsApp() {
  return (
    <main class="kensho-options">
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
