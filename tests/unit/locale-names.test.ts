import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Chrome refuses to load an extension whose messages.json has a name outside [A-Za-z0-9_@] (a hyphen is enough).
describe.each(['en', 'ja'])('_locales/%s/messages.json', (lang) => {
  it('uses only message names Chrome accepts', () => {
    const names = Object.keys(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));
    expect(names.filter((n) => !/^[A-Za-z0-9_@]+$/.test(n))).toEqual([]);
  });
});
