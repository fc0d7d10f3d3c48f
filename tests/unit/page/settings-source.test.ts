import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, watchSettings } from '../../../src/page/settings-source';
import { DEFAULT_SETTINGS, resetSettings, updateSettings } from '../../../src/storage/settings';
import { SETTINGS_VERSION } from '../../../src/storage/settings-types';

describe('settings as the page reads them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('repairs a corrupt field alone and reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, strictness: 'paranoid', enabled: false },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('falls back to defaults, never blocking the page, when the stored value cannot be read', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false }, settings$: { v: SETTINGS_VERSION + 1 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('delivers repaired new and old values on every change, until its signal aborts', async () => {
    const controller = new AbortController();
    const seen: [boolean, boolean][] = [];
    watchSettings(controller.signal, (next, prev) => seen.push([next.enabled, prev.enabled]));
    await updateSettings((s) => ({ ...s, enabled: false }));
    await resetSettings();
    controller.abort();
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect(seen).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});
