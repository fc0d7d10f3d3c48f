import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import catalogs from 'virtual:kensho/card-messages';
import { cardText } from '../../../src/ui/card/card-text';
import { CARD_MESSAGE_PREFIXES } from '../../../src/ui/card/card-messages';
import { localeText, type MessageKey } from '../../../src/ui/locale-messages';
import { readerLang } from '../../../src/ui/shared/reader-lang';
import { createTranslator, formatMessage, type Catalogs } from '../../../src/ui/translator';

const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('createTranslator', () => {
  it('reads the bundled locale files in the language asked for, not the browser’s', () => {
    expect(localeText('en')('popup_showOnPage')).toBe(load('en').popup_showOnPage!.message);
    expect(localeText('ja')('popup_showOnPage')).toBe(load('ja').popup_showOnPage!.message);
    expect(cardText('ja')('card_title')).toBe('Kensho ファクトチェック');
    expect(cardText('en')('card_title')).toBe('Kensho fact-check');
  });

  it('fills $1-style and named placeholders as chrome.i18n.getMessage does', () => {
    expect(localeText('en')('popup_occurrences', '3')).toBe('3 × on this page');
    expect(localeText('ja')('popup_occurrences', ['3'])).toBe('このページで 3 回');
    // Named placeholders ($STANCE$, any case) stand for $1, $2.
    expect(cardText('en')('marker_label', ['Disputes', 'Claim X'])).toBe('Kensho fact-check: Disputes. Claim: Claim X');
    expect(cardText('ja')('card_qual_up_to', ['1000億ドル'])).toBe('最大1000億ドル');
  });

  it('follows chrome’s edge cases: missing substitutions are empty, $$ is $, other $ stay, values are not re-read', () => {
    const entry = (message: string, placeholders?: Record<string, { content: string }>) => ({ message, placeholders });
    expect(formatMessage(entry('$1 and $2'), ['a'])).toBe('a and ');
    expect(formatMessage(entry('costs $$5, $$$1'), ['x'])).toBe('costs $5, $$1');
    expect(formatMessage(entry('$UNKNOWN$, $0, $x, $1'), [])).toBe('$UNKNOWN$, $0, $x, ');
    expect(formatMessage(entry('$1|$2'), ['$2', 'b'])).toBe('$2|b');
    expect(formatMessage(entry('Hi $Who$!', { WHO: { content: '$1' } }), ['Ann'])).toBe('Hi Ann!');
  });

  it('falls back to English for a key the language lacks, and to the key itself, visibly, when none has it', () => {
    const partial: Catalogs<'a' | 'b'> = {
      en: { a: { message: 'A' }, b: { message: 'B $1' } },
      ja: { a: { message: 'エー' } } as never,
    };
    const ja = createTranslator('ja', partial);
    expect(ja('a')).toBe('エー');
    expect(ja('b', 'x')).toBe('B x');
    expect(ja('card_gone' as never)).toBe('card_gone');
    // Object prototype names are not messages.
    expect(ja('toString' as never)).toBe('toString');
    expect(ja('__proto__' as never)).toBe('__proto__');
  });
});

describe('the card’s strings in the content script', () => {
  it('are exactly the card and marker keys of both locale files, placeholders resolved, without descriptions', () => {
    for (const lang of ['en', 'ja'] as const) {
      const expected = Object.keys(load(lang)).filter((k) => CARD_MESSAGE_PREFIXES.some((p) => k.startsWith(p)));
      expect(Object.keys(catalogs[lang]).sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(20);
      expect(JSON.stringify(catalogs[lang])).not.toMatch(/"(description|placeholders)"/);
    }
  });

  it('read the same as the full locale files', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const key of Object.keys(catalogs[lang]) as (keyof typeof catalogs.en & MessageKey)[]) {
        expect(cardText(lang)(key, ['1', '2']), `${lang}:${key}`).toBe(localeText(lang)(key, ['1', '2']));
      }
    }
  });
});

describe('readerLang', () => {
  it('is the reader’s choice, or for "browser" Japanese when the browser UI is Japanese, else English', () => {
    expect(readerLang('ja', 'en-US')).toBe('ja');
    expect(readerLang('en', 'ja')).toBe('en');
    expect(readerLang('browser', 'ja')).toBe('ja');
    expect(readerLang('browser', 'JA-jp')).toBe('ja');
    expect(readerLang('browser', 'en-GB')).toBe('en');
    expect(readerLang('browser', 'de')).toBe('en');
  });
});
