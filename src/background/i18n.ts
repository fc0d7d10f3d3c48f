import { browser } from 'wxt/browser';

/** A localised UI string from public/_locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  // Keys are checked for parity between en and ja by tests/unit/locales.test.ts.
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
