// Node-only (wxt.config.ts and vitest.config.ts): builds the content script's UI strings from public/_locales.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGS } from '../../evidence/schema';
import { resolvePlaceholders, type LocaleMessage } from '../translator';
import { CARD_MESSAGE_PREFIXES } from './card-messages';

/** The module the card's strings come from (card-text.ts). */
const CARD_MESSAGES_MODULE = 'virtual:kensho/card-messages';
const RESOLVED = `\0${CARD_MESSAGES_MODULE}`;

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
  return {
    name: 'kensho:card-messages',
    resolveId: (id) => (id === CARD_MESSAGES_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files = LANGS.map((lang) => [lang, new URL(`${lang}/messages.json`, localesDir)] as const);
      for (const [, file] of files) this.addWatchFile(fileURLToPath(file));
      const text = JSON.stringify(Object.fromEntries(files.map(([lang, file]) => [lang, cardMessages(file)])));
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, moduleType: 'js' };
    },
  };
}
