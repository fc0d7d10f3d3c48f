/**
 * Read-only access to stored values, for the always-on content script. Values are laid out as @wxt-dev/storage writes
 * them (the value under its key in `storage.local`, `{ v: version }` under the key + "$"). The page never writes or
 * migrates the store: the worker and extension pages own it (their defineItem migrates each value when they start).
 * A value still at an older version when a page reads it (the moments after an update) is migrated in memory, with the
 * same migrations. Reading this way keeps @wxt-dev/storage, and every page's own migration run, out of news pages.
 */
import { browser } from 'wxt/browser';

/** A stored value's key in `storage.local`, its current version, the migrations to it (keyed by the version made). */
export interface StoredShape {
  key: string;
  version: number;
  migrations: Readonly<Record<number, (old: unknown) => unknown>>;
}

/**
 * The value as the current version reads it: `stored` (at `storedVersion`, 1 when no version was recorded) with the
 * pending migrations applied. A value from a newer version than this code knows is refused (as @wxt-dev/storage does).
 */
export function migrateInMemory(shape: StoredShape, stored: unknown, storedVersion: unknown): unknown {
  if (stored == null) return null;
  const from = typeof storedVersion === 'number' && Number.isInteger(storedVersion) ? storedVersion : 1;
  if (from > shape.version)
    throw new RangeError(`stored ${shape.key} is version ${from}, newer than this build's ${shape.version}`);
  let value = stored;
  for (let v = from + 1; v <= shape.version; v++) value = shape.migrations[v]?.(value) ?? value;
  return value;
}

/** Reads one value at its current version (see migrateInMemory); null when nothing is stored. */
export async function readStored(shape: StoredShape): Promise<unknown> {
  const meta = `${shape.key}$`;
  const got = await browser.storage.local.get([shape.key, meta]);
  const version = (got[meta] as { v?: unknown } | undefined)?.v;
  return migrateInMemory(shape, got[shape.key], version);
}

/** Reads values whose shape has no migration yet (version 1), as stored; absent keys read as undefined. */
export async function readRaw(keys: readonly string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get([...keys]);
}

/**
 * Calls `cb` with the new and old value whenever one of `keys` changes in `storage.local`; returns the unwatch. Values
 * written by the worker or an extension page are at the current version already.
 */
export function watchStored(
  keys: readonly string[],
  cb: (key: string, next: unknown, prev: unknown) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const key of keys) if (Object.hasOwn(changes, key)) cb(key, changes[key]!.newValue, changes[key]!.oldValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
