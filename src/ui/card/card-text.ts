import catalogs from 'virtual:kensho/card-messages';
import type { Lang } from '../../evidence/schema';
import { createTranslator, type Translate } from '../translator';
import type { CardMessageKey } from './card-messages';

/** The card's and markers' strings in `lang` (the reader's chosen language, not necessarily the browser's). */
export function cardText(lang: Lang): Translate<CardMessageKey> {
  return createTranslator(lang, catalogs);
}
