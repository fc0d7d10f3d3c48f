/**
 * UI strings in a language the reader chose, which chrome.i18n cannot do (it follows the browser). Reads the bundled
 * public/_locales messages, so those files stay the only copy of every string.
 */
import type { Lang } from '../evidence/schema';

/** One entry of a messages.json (descriptions are not needed at run time). */
export interface LocaleMessage {
  message: string;
  placeholders?: Readonly<Record<string, { content: string }>>;
}

/** Every shipped language's messages: all keys, or only those a surface needs (the card's, in the content script). */
export type Catalogs<K extends string> = Readonly<Record<Lang, Readonly<Record<K, LocaleMessage>>>>;

/** A message by key, with `$1`…`$9` filled from `substitutions` as chrome.i18n.getMessage does. */
export type Translate<K extends string> = (key: K, substitutions?: string | string[]) => string;

/**
 * The messages of `lang`. A key that language lacks falls back to English (the default locale, as in chrome.i18n),
 * and a key no language has comes back as itself, so a missing string is visible, not blank.
 */
export function createTranslator<K extends string>(lang: Lang, catalogs: Catalogs<K>): Translate<K> {
  return (key, substitutions) => {
    const entry = own(catalogs[lang], key) ?? own(catalogs.en, key);
    return entry ? formatMessage(entry, substitutions === undefined ? [] : [substitutions].flat()) : key;
  };
}

/**
 * The browsers' substitution rules: `$NAME$` (any case) becomes its placeholder's content, then `$1`…`$9` the
 * substitutions (empty when not given), `$$` a single `$`. Any other `$` stays as written, as in Firefox (Chrome drops
 * it; no Kensho message has one).
 */
export function formatMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  return resolvePlaceholders(entry).replace(/\$(\$+|[1-9])/g, (_, what: string) =>
    what.startsWith('$') ? what : (substitutions[Number(what) - 1] ?? ''),
  );
}

/** The message with its named placeholders (`$NAME$`, any case) replaced by their content, as the browsers load it. */
export function resolvePlaceholders({ message, placeholders = {} }: LocaleMessage): string {
  const content = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  return message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => content.get(name.toLowerCase()) ?? whole);
}

function own<K extends string>(messages: Readonly<Record<K, LocaleMessage>>, key: K): LocaleMessage | undefined {
  return Object.hasOwn(messages, key) ? messages[key] : undefined;
}
