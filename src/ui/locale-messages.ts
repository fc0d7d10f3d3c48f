/** Every UI string of public/_locales, bundled, for extension pages that show the reader's chosen language. */
import type { Lang } from '../evidence/schema';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { createTranslator, type Catalogs, type Translate } from './translator';

/** A key of public/_locales/en/messages.json (ja has the same keys: tests/unit/locales.test.ts, and the type below). */
export type MessageKey = keyof typeof en;

const LOCALE_MESSAGES: Catalogs<MessageKey> = { en, ja };

/** Every UI string in `lang` (the popup; the card uses the smaller card-text.ts). */
export function localeText(lang: Lang): Translate<MessageKey> {
  return createTranslator(lang, LOCALE_MESSAGES);
}
