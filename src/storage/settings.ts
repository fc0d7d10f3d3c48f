import { storage } from 'wxt/utils/storage';
import { guardWrite } from './errors';
import { SETTINGS_SHAPE } from './settings-migrations';
import { sanitiseSettings } from './settings-schema';
import { DEFAULT_SETTINGS, type Settings } from './settings-types';

export type { Settings } from './settings-types';
export { DEFAULT_SETTINGS } from './settings-types';

/** The raw WXT item: versioned and migrated; values are only ever read through `settingsItem`, which repairs them. */
export const rawSettingsItem = storage.defineItem<unknown>(`local:${SETTINGS_SHAPE.key}`, {
  version: SETTINGS_SHAPE.version,
  migrations: SETTINGS_SHAPE.migrations,
});

/** Settings as everyone reads them: always complete and valid (a corrupt field falls back to its default alone). */
export interface SettingsItem {
  readonly key: 'local:settings';
  getValue(): Promise<Settings>;
  /** Writes all settings; rejects with StorageWriteError (e.g. quota) and leaves storage unchanged. */
  setValue(value: Settings): Promise<void>;
  /** Calls `cb` with the repaired new and old values whenever the stored settings change; returns unwatch. */
  watch(cb: (next: Settings, prev: Settings) => void): () => void;
  /** Runs pending migrations now (also run at startup by WXT). */
  migrate(): Promise<void>;
}

export const settingsItem: SettingsItem = {
  key: 'local:settings',
  getValue: async () => sanitiseSettings(await rawSettingsItem.getValue()).settings,
  setValue: (value) => guardWrite(() => rawSettingsItem.setValue(sanitiseSettings(value).settings)),
  watch: (cb) =>
    rawSettingsItem.watch((next, prev) => cb(sanitiseSettings(next).settings, sanitiseSettings(prev).settings)),
  migrate: () => rawSettingsItem.migrate(),
};

/** Reads, changes and writes settings in one step; returns what was written. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitiseSettings(change(await settingsItem.getValue())).settings;
  await settingsItem.setValue(next);
  return next;
}

/** Puts every setting back to its default. */
export function resetSettings(): Promise<void> {
  return settingsItem.setValue(structuredClone(DEFAULT_SETTINGS));
}
