import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../../src/storage/settings-transfer';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

describe('settings export/import', () => {
  it('round-trips the current version', () => {
    const file = exportSettingsFile({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(parseSettingsFile(JSON.stringify(file))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      repaired: [],
    });
  });

  it('migrates a v1 export', () => {
    const text = JSON.stringify({
      kensho: 'settings',
      version: 1,
      exportedAt: 'x',
      settings: fixture('settings-v1.json'),
    });
    expect(parseSettingsFile(`\uFEFF${text}`)).toMatchObject({ ok: true, settings: fixture('settings-v3.json') });
  });

  it('rejects non-JSON, other files and newer versions; repairs bad fields', () => {
    expect(parseSettingsFile('{')).toEqual({ ok: false, error: 'json' });
    expect(parseSettingsFile('{"claims":[]}')).toEqual({ ok: false, error: 'format' });
    expect(parseSettingsFile('{"kensho":"settings","version":99,"settings":{}}')).toEqual({
      ok: false,
      error: 'newer',
    });
    const r = parseSettingsFile('{"kensho":"settings","version":2,"settings":{"strictness":"max"}}');
    expect(r).toMatchObject({ ok: true, repaired: ['strictness'] });
  });

  it('ignores prototype keys in a hostile file and leaves Object.prototype alone', () => {
    const r = parseSettingsFile(
      '{"kensho":"settings","version":2,"settings":{"__proto__":{"enabled":false,"polluted":1},"constructor":{"prototype":{"polluted":1}},"theme":"dark"}}',
    );
    expect(r).toMatchObject({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.keys(r.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
