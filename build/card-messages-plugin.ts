// Node-only (wxt.config.ts and vitest.config.ts): builds the content script's UI strings from public/_locales.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LANGS } from '../src/evidence/schema';
import { virtualJsonModule } from './virtual-json-module';
import { resolvePlaceholders, type LocaleMessage } from '../src/ui/translator';
import { CARD_MESSAGE_PREFIXES, MARKER_MESSAGE_PREFIXES } from '../src/ui/card/card-messages';

/** The module the card's strings come from (card-text.ts), and the markers' (src/ui/marker/marker-text.ts). */
const CARD_MESSAGES_MODULE = 'virtual:kensho/card-messages';
const MARKER_MESSAGES_MODULE = 'virtual:kensho/marker-messages';

/** One language's messages with these key prefixes: named placeholders resolved to `$1`…, descriptions left out. */
function cardMessages(file: URL, prefixes: readonly string[]): Record<string, LocaleMessage> {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleMessage>;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => prefixes.some((p) => key.startsWith(p)))
      .map(([key, entry]) => [key, { message: resolvePlaceholders(entry) }]),
  );
}

/** A module `id` of `{ en, ja }` with the keys starting with `prefixes`, rebuilt when a locale file changes. */
function messagesModule(localesDir: URL, id: string, prefixes: readonly string[]): Plugin {
  const file = (lang: string) => new URL(`${lang}/messages.json`, localesDir);
  return virtualJsonModule({
    name: `kensho:${id.slice('virtual:kensho/'.length)}`,
    id,
    files: () => LANGS.map(file),
    value: () => Object.fromEntries(LANGS.map((lang) => [lang, cardMessages(file(lang), prefixes)])),
  });
}

/**
 * `virtual:kensho/card-messages`: `{ en, ja }` with only the keys the card and markers use, so the card script does not
 * carry the popup's and options page's strings. public/_locales stays the only copy.
 */
export function cardMessagesModule(localesDir: URL): Plugin {
  return messagesModule(localesDir, CARD_MESSAGES_MODULE, CARD_MESSAGE_PREFIXES);
}

/**
 * `virtual:kensho/marker-messages`: `{ en, ja }` with only the markers' keys: the always-on content script labels
 * markers; the card's strings come with the card script, when a card first opens.
 */
export function markerMessagesModule(localesDir: URL): Plugin {
  return messagesModule(localesDir, MARKER_MESSAGES_MODULE, MARKER_MESSAGE_PREFIXES);
}
