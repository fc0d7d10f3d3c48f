import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateInMemory, readStored, watchStored } from '../../../src/storage/read-stored';
import { settingsItem } from '../../../src/storage/settings';
import { SETTINGS_SHAPE } from '../../../src/storage/settings-migrations';
import { sanitiseSettings } from '../../../src/storage/settings-schema';
import { SETTINGS_VERSION } from '../../../src/storage/settings-types';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

describe('read-only stored values (the content script’s reader)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads each settings version as the current one, without writing anything', async () => {
    for (let version = 1; version <= SETTINGS_VERSION; version++) {
      fakeBrowser.reset();
      // v1 was written before versioning: no meta at all.
      const meta = version === 1 ? {} : { settings$: { v: version } };
      await fakeBrowser.storage.local.set({ settings: fixture(`settings-v${version}.json`), ...meta });
      const before = await fakeBrowser.storage.local.get(null);
      expect(await readStored(SETTINGS_SHAPE), `v${version}`).toEqual(fixture(`settings-v${SETTINGS_VERSION}.json`));
      expect(await fakeBrowser.storage.local.get(null), `v${version} left as stored`).toEqual(before);
    }
  });

  it('reads what @wxt-dev/storage’s own migration makes of the same value', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture('settings-v1.json') });
    const mine = sanitiseSettings(await readStored(SETTINGS_SHAPE)).settings;
    await settingsItem.migrate();
    expect(mine).toEqual(await settingsItem.getValue());
  });

  it('reads nothing stored as null and refuses a value from a newer build', async () => {
    expect(await readStored(SETTINGS_SHAPE)).toBeNull();
    await fakeBrowser.storage.local.set({ settings: {}, settings$: { v: SETTINGS_VERSION + 1 } });
    await expect(readStored(SETTINGS_SHAPE)).rejects.toThrow(/newer than this build/);
  });

  it('applies only the migrations after the stored version, in order', () => {
    const shape = {
      key: 'k',
      version: 3,
      migrations: { 2: (x: unknown) => `${String(x)}>2`, 3: (x: unknown) => `${String(x)}>3` },
    };
    expect(migrateInMemory(shape, 'a', undefined)).toBe('a>2>3');
    expect(migrateInMemory(shape, 'a', 2)).toBe('a>3');
    expect(migrateInMemory(shape, 'a', 3)).toBe('a');
    expect(migrateInMemory(shape, 'a', 'junk')).toBe('a>2>3');
  });

  it('watches its keys in storage.local only, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = watchStored(['settings'], (key, next, prev) => seen.push([key, next, prev ?? null]));
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ settings: { enabled: true } });
    await fakeBrowser.storage.local.set({ settings: { enabled: true } });
    unwatch();
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    expect(seen).toEqual([
      ['settings', { enabled: false }, null],
      ['settings', { enabled: true }, { enabled: false }],
    ]);
  });
});
