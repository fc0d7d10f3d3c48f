import { t } from './i18n';

/** The toolbar popup: claims on this tab and a lookup box. */
export function PopupApp() {
  return (
    <main class="kensho-popup">
      <h1>{t('popupTitle')}</h1>
    </main>
  );
}
