import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('locales', () => {
  const en = load('en');
  const ja = load('ja');

  it('en and ja define the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty in both languages', () => {
    for (const [lang, messages] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      for (const [key, { message }] of Object.entries(messages)) {
        expect(message.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('placeholders ($1, $NAME$) match between languages', () => {
    const slots = (m: string) => (m.match(/\$(?:\d|[A-Z_]+\$)/g) ?? []).sort();
    for (const key of Object.keys(en)) {
      expect(slots(ja[key]!.message), key).toEqual(slots(en[key]!.message));
      expect(Object.keys(ja[key]!.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(en[key]!.placeholders ?? {}).sort(),
      );
    }
  });

  it('Japanese strings are actually Japanese (no untranslated copies of English)', () => {
    const untranslated = Object.keys(en).filter((k) => en[k]!.message.length > 12 && ja[k]!.message === en[k]!.message);
    expect(untranslated).toEqual([]);
  });
});
