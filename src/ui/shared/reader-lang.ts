import { browser } from 'wxt/browser';
import type { Lang } from '../../evidence/schema';

/** The reader's language for claim statements: Japanese when the browser UI is Japanese, else English. */
export function readerLang(uiLanguage: string = browser.i18n.getUILanguage()): Lang {
  return uiLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
