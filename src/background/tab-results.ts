import { browser } from 'wxt/browser';
import type { PageResults } from '../messaging/protocol';

// Results live in storage.session, not in globals: the MV3 worker may be stopped at any time.
const PREFIX = 'tab-results:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

/** Stores the latest results a tab's top frame reported. */
export async function saveTabResults(tabId: number, results: PageResults): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: results });
}

/** The latest results for a tab, or null. */
export async function loadTabResults(tabId: number): Promise<PageResults | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageResults | undefined) ?? null;
}

/** Every tab with stored results (to repaint badges after a settings change). */
export async function allTabResults(): Promise<Map<number, PageResults>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, PageResults>();
  for (const [k, value] of Object.entries(all)) {
    if (k.startsWith(PREFIX)) out.set(Number(k.slice(PREFIX.length)), value as PageResults);
  }
  return out;
}

/** Forgets a closed tab. */
export async function clearTabResults(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
