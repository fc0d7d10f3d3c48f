import { isNewsSiteDisabled, isPaused, newsSiteFor } from '../../storage/site-rules';
import type { Settings } from '../../storage/settings-types';

/**
 * What Kensho does on the tab's site:
 * - unsupported: a page no extension may script (browser pages, the web stores, PDFs, local files)
 * - unknown: the tab's address is not visible to Kensho (no permission) and no results came from it
 * - off / paused / news-disabled: the reader switched it off globally, for this host, or for this news site
 * - inactive: an ordinary site the reader has not granted ("enable" asks for the permission)
 * - active: Kensho runs there
 */
export type SiteStatus = 'unsupported' | 'unknown' | 'off' | 'paused' | 'news-disabled' | 'inactive' | 'active';

const STORES = [
  /^chromewebstore\.google\.com$/,
  /^chrome\.google\.com$/,
  /^addons\.mozilla\.org$/,
  /^microsoftedge\.microsoft\.com$/,
];

/** Whether a URL can be checked at all. */
export function isCheckable(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (STORES.some((re) => re.test(url.hostname))) return false;
  return !/\.pdf$/i.test(url.pathname);
}

/** Status of a tab whose URL may be unknown; `granted` are host patterns the reader granted. */
export function siteStatus(url: string | undefined, settings: Settings, granted: readonly string[]): SiteStatus {
  if (!url) return settings.enabled ? 'unknown' : 'off';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unsupported';
  }
  if (!isCheckable(u)) return 'unsupported';
  if (!settings.enabled) return 'off';
  if (isPaused(settings, u.hostname)) return 'paused';
  if (newsSiteFor(u.hostname)) return isNewsSiteDisabled(settings, u.hostname) ? 'news-disabled' : 'active';
  return granted.some((pattern) => originPatternCovers(pattern, u)) ? 'active' : 'inactive';
}

/** "https://*.example.com/*" or "https://www.example.com/*" against a URL (host part only; paths are always "/*" here). */
export function originPatternCovers(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

/** The permission pattern that enables Kensho on a URL's site. */
export function originPatternFor(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
