// Node-only (wxt.config.ts and vitest.config.ts): builds the content script's UI strings from public/_locales.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LANGS } from '../src/evidence/schema';
import { virtualJsonModule } from './virtual-json-module';
import { resolvePlaceholders, type LocaleMessage } from '../src/ui/translator';
import { CARD_MESSAGE_PREFIXES } from '../src/ui/card/card-messages';

/** The module the card's strings come from (card-text.ts). */
const CARD_MESSAGES_MODULE = 'virtual:kensho/card-messages';

/** One language's card and marker messages: named placeholders resolved to `$1`…, descriptions left out. */
function cardMessages(file: URL): Record<string, LocaleMessage> {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleMessage>;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => CARD_MESSAGE_PREFIXES.some((p) => key.startsWith(p)))
      .map(([key, entry]) => [key, { message: resolvePlaceholders(entry) }]),
  );
}

/**
 * `virtual:kensho/card-messages`: `{ en, ja }` with only the keys the card and markers use, so the script that runs on
 * every news page does not carry the popup's and options page's strings. public/_locales stays the only copy.
 */
export function cardMessagesModule(localesDir: URL): Plugin {
  const file = (lang: string) => new URL(`${lang}/messages.json`, localesDir);
  return virtualJsonModule({
    name: 'kensho:card-messages',
    id: CARD_MESSAGES_MODULE,
    files: () => LANGS.map(file),
    value: () => Object.fromEntries(LANGS.map((lang) => [lang, cardMessages(file(lang))])),
  });
}
