/** The one place the page layer reads settings from: swap the storage module here and nowhere else. */
import { settingsItem } from '../storage/settings';
import { onAbortQuietly } from './quiet-abort';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-types';

/** Current settings; defaults when storage cannot be read (never blocks annotating). */
export async function loadSettings(): Promise<Settings> {
  try {
    return await settingsItem.getValue();
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Calls `cb` on every settings change until `signal` aborts. */
export function watchSettings(signal: AbortSignal, cb: (next: Settings, prev: Settings) => void): void {
  const unwatch = settingsItem.watch(cb);
  onAbortQuietly(signal, unwatch);
}
