import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, resetSettings, settingsItem, updateSettings } from '../../../src/storage/settings';
import { SETTINGS_MIGRATIONS } from '../../../src/storage/settings-migrations';
import { sanitiseSettings } from '../../../src/storage/settings-schema';
import { SETTINGS_VERSION } from '../../../src/storage/settings-types';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const current = () => fixture(`settings-v${SETTINGS_VERSION}.json`);

/** Writes a value as an older build would have (value plus WXT's version meta), then runs migrations. */
async function seed(value: unknown, version: number | null): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: value, ...(version === null ? {} : { settings$: { v: version } }) });
  await settingsItem.migrate();
}

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a v1 fixture (written without version meta) to the current version', async () => {
    await seed(fixture('settings-v1.json'), null);
    expect(await settingsItem.getValue()).toEqual(current());
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(stored.settings).toEqual(current());
  });

  it('migrates a v2 fixture to v3: the card and popup language follows the browser, as v2 did', async () => {
    await seed(fixture('settings-v2.json'), 2);
    expect(await settingsItem.getValue()).toEqual(fixture('settings-v3.json'));
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('leaves a current-version fixture as it is', async () => {
    await seed({ ...(current() as object), language: 'ja' }, SETTINGS_VERSION);
    expect(await settingsItem.getValue()).toEqual({ ...(current() as object), language: 'ja' });
  });

  it('every version up to the current one has a migration and a fixture', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) {
      expect(SETTINGS_MIGRATIONS[version], `migration to v${version}`).toBeTypeOf('function');
      expect(fixture(`settings-v${version}.json`)).toBeTruthy();
    }
  });

  it('migrations never throw, whatever was stored', () => {
    for (const junk of [null, 'x', 42, [], [1], { pausedSites: 'nope' }, { pausedSites: [1, 'A.com'] }]) {
      for (let version = 2; version <= SETTINGS_VERSION; version++)
        expect(() => SETTINGS_MIGRATIONS[version]!(junk)).not.toThrow();
    }
  });

  it('a corrupt field falls back to its default alone', async () => {
    await seed(
      {
        ...(current() as object),
        strictness: 'paranoid',
        language: 'fr',
        sourceFilters: { hiddenPublishers: 'x', maxAgeMonths: 6 },
      },
      SETTINGS_VERSION,
    );
    const s = await settingsItem.getValue();
    expect(s.strictness).toBe(DEFAULT_SETTINGS.strictness);
    expect(s.language).toBe('browser');
    expect(s.enabled).toBe(false);
    expect(s.highlightStyle).toBe('underline');
    expect(s.sourceFilters.hiddenPublishers).toEqual([]);
    expect(s.sourceFilters.maxAgeMonths).toBe(6);
  });

  it('names the repaired fields and drops unknown ones', () => {
    const { settings, repaired } = sanitiseSettings({ enabled: 'yes', extra: 1, theme: 'dark', language: 'ja' });
    expect(repaired).toEqual(['enabled']);
    expect(settings.theme).toBe('dark');
    expect(settings.language).toBe('ja');
    expect(sanitiseSettings({ language: ['ja'] }).repaired).toEqual(['language']);
    expect(settings).not.toHaveProperty('extra');
    expect(sanitiseSettings('garbage').repaired).toEqual(['(root)']);
  });

  it('watch delivers repaired values', async () => {
    const seen: boolean[] = [];
    const unwatch = settingsItem.watch((next) => seen.push(next.enabled));
    await updateSettings((s) => ({ ...s, enabled: false }));
    await resetSettings();
    unwatch();
    expect(seen).toEqual([false, true]);
  });

  it('surfaces a quota error and leaves storage unchanged', async () => {
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      await expect(updateSettings((s) => ({ ...s, theme: 'light' }))).rejects.toMatchObject({ reason: 'quota' });
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect((await settingsItem.getValue()).theme).toBe('dark');
  });
});
