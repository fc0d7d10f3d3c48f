import { browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES } from './news-sites';

/**
 * Host patterns the reader granted beyond the static news list (e.g. "https://www.example.com/*"), leaving out
 * `exclude` (callers pass the origins granted only so the worker can fetch a subscribed feed: not sites to annotate).
 * Here, not in the worker, because the options page and popup read them too and must not import the worker's modules.
 */
export async function grantedOrigins(exclude: readonly string[] = []): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const skip = new Set([...NEWS_SITE_MATCHES, ...exclude]);
  return origins.filter((o) => /^https?:\/\//.test(o) && !skip.has(o)).sort();
}
