/**
 * Migrations of the stored settings, keyed by the version they produce. Each must be total: it gets whatever was
 * stored (possibly corrupt) and never throws; sanitiseSettings repairs field by field afterwards.
 *
 * v1: the shape of the first scaffold (enabled, strictness, highlightStances, highlightStyle, sourceFilters,
 *     disabledNewsSites, pausedSites), hosts as the reader typed them.
 * v2: adds `theme` and `showBadge`; hosts are stored bare and lowercase ("https://WWW.Nikkei.com/" → "www.nikkei.com").
 * v3: adds `language` (of the cards and popup); older values get 'browser', which is how they behaved.
 */
import { isRecord } from '../shared/is-record';
import type { StoredShape } from './read-stored';
import { SETTINGS_VERSION } from './settings-types';

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!isRecord(old)) return old;
    return {
      ...old,
      theme: old.theme ?? 'auto',
      showBadge: old.showBadge ?? true,
      disabledNewsSites: bareHosts(old.disabledNewsSites),
      pausedSites: bareHosts(old.pausedSites),
    };
  },
  3: (old) => (isRecord(old) ? { ...old, language: 'browser' } : old),
};

/** "https://WWW.Example.com/path" → "www.example.com"; leaves non-arrays alone for the sanitiser to judge. */
export function bareHost(input: string): string {
  const s = input.trim().toLowerCase();
  try {
    return new URL(s.includes('://') ? s : `https://${s}`).hostname;
  } catch {
    return s;
  }
}

function bareHosts(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return [...new Set(list.map((h) => (typeof h === 'string' ? bareHost(h) : h)))];
}

/** Where and how settings are stored: `local:settings` to @wxt-dev/storage (settings.ts), read-stored.ts in pages. */
export const SETTINGS_SHAPE: StoredShape = {
  key: 'settings',
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
};
