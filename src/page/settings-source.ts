/**
 * The one place the page layer reads settings from. Read-only (read-stored.ts): the worker and extension pages own
 * the store and its migrations, so news pages carry neither @wxt-dev/storage nor a migration run of their own.
 */
import { readStored, watchStored } from '../storage/read-stored';
import { SETTINGS_SHAPE } from '../storage/settings-migrations';
import { sanitiseSettings } from '../storage/settings-schema';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-types';
import { onAbortQuietly } from './quiet-abort';

/** Current settings, repaired field by field; defaults when storage cannot be read (never blocks annotating). */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitiseSettings(await readStored(SETTINGS_SHAPE)).settings;
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Calls `cb` on every settings change until `signal` aborts. */
export function watchSettings(signal: AbortSignal, cb: (next: Settings, prev: Settings) => void): void {
  const unwatch = watchStored([SETTINGS_SHAPE.key], (_key, next, prev) =>
    cb(sanitiseSettings(next).settings, sanitiseSettings(prev).settings),
  );
  onAbortQuietly(signal, unwatch);
}
