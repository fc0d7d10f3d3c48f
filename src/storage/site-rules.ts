import { NEWS_SITE_HOSTS } from '../sites/news-sites';
import type { Settings } from './settings-types';

/** True when `host` is `entry` or one of its subdomains ("www.nikkei.com" is covered by "nikkei.com"). */
export function hostCovered(host: string, entry: string): boolean {
  const h = host.toLowerCase();
  const e = entry.toLowerCase();
  return h === e || h.endsWith(`.${e}`);
}

/** The curated news-list entry that covers a host (most specific first), or null. */
export function newsSiteFor(host: string): string | null {
  const matches = NEWS_SITE_HOSTS.filter((entry) => hostCovered(host, entry));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Whether the reader paused Kensho on this host (a paused entry covers its subdomains). */
export function isPaused(settings: Pick<Settings, 'pausedSites'>, host: string): boolean {
  return settings.pausedSites.some((entry) => hostCovered(host, entry));
}

/** Whether the reader switched off the default news-list entry covering this host. */
export function isNewsSiteDisabled(settings: Pick<Settings, 'disabledNewsSites'>, host: string): boolean {
  return settings.disabledNewsSites.some((entry) => hostCovered(host, entry));
}

/** Whether Kensho may annotate a page on `host` under these settings (permissions aside). */
export function mayRunOn(
  settings: Pick<Settings, 'enabled' | 'pausedSites' | 'disabledNewsSites'>,
  host: string,
): boolean {
  return settings.enabled && !isPaused(settings, host) && !isNewsSiteDisabled(settings, host);
}
