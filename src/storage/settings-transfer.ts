import { SETTINGS_MIGRATIONS } from './settings-migrations';
import { sanitiseSettings } from './settings-schema';
import { SETTINGS_VERSION, type Settings } from './settings-types';

/** The file a reader saves with "export settings". */
export interface SettingsFile {
  kensho: 'settings';
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type SettingsImport =
  { ok: true; settings: Settings; repaired: string[] } | { ok: false; error: 'json' | 'format' | 'newer' };

/** Settings as a file (the current version). */
export function exportSettingsFile(settings: Settings, now = new Date()): SettingsFile {
  return { kensho: 'settings', version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
}

/** Reads an exported settings file of any earlier version: migrates, then repairs field by field. */
export function parseSettingsFile(text: string): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'json' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'format' };
  const { kensho, version, settings } = data as Record<string, unknown>;
  if (kensho !== 'settings' || !Number.isInteger(version) || (version as number) < 1)
    return { ok: false, error: 'format' };
  if ((version as number) > SETTINGS_VERSION) return { ok: false, error: 'newer' };
  let value: unknown = settings;
  for (let v = (version as number) + 1; v <= SETTINGS_VERSION; v++) value = SETTINGS_MIGRATIONS[v]?.(value) ?? value;
  const { settings: repairedSettings, repaired } = sanitiseSettings(value);
  return { ok: true, settings: repairedSettings, repaired };
}
