import catalogs from 'virtual:kensho/marker-messages';
import type { Lang } from '../../evidence/schema';
import type { MarkerMessageKey } from '../card/card-messages';
import { createTranslator, type Translate } from '../translator';

/** The markers' strings in `lang` (the reader's chosen language); the always-on content script carries only these. */
export function markerText(lang: Lang): Translate<MarkerMessageKey> {
  return createTranslator(lang, catalogs);
}
