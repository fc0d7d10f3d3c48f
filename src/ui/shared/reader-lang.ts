import { browser } from 'wxt/browser';
import type { Lang } from '../../evidence/schema';
import type { LanguageChoice } from '../../storage/settings-types';

/**
 * The language of the cards, popup and options page (UI strings and claim statements): the reader's setting, or for
 * 'browser' Japanese when the browser UI is Japanese, else English (what chrome.i18n picks from Kensho's two locales).
 */
export function readerLang(choice: LanguageChoice = 'browser', uiLanguage?: string): Lang {
  if (choice !== 'browser') return choice;
  return (uiLanguage ?? browser.i18n.getUILanguage()).toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
