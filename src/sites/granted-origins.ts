import { browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES } from './news-sites';

/**
 * Host patterns the reader granted beyond the static news list (e.g. "https://www.example.com/*"). Here, not in the
 * worker, because the options page and popup read them too and must not import the worker's modules.
 */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const statics = new Set(NEWS_SITE_MATCHES);
  return origins.filter((o) => /^https?:\/\//.test(o) && !statics.has(o)).sort();
}
