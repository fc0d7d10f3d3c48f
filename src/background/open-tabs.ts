import { browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES } from '../sites/news-sites';
import { grantedOrigins } from '../sites/granted-origins';
import { feedOnlyOrigins } from '../storage/feeds';
import { staticScript } from './granted-sites';

/**
 * After an install or update: starts the new Kensho in tabs already open on the news list or a granted origin, in
 * every frame, so readers need not reload them. An old instance there yields to it (see `src/page/context-guard.ts`).
 * A tab that closed, is discarded or cannot be scripted is skipped. Returns the ids of the tabs it started in.
 */
export async function startInOpenTabs(): Promise<number[]> {
  const patterns = [
    ...NEWS_SITE_MATCHES,
    ...(await feedOnlyOrigins()
      .then(grantedOrigins)
      .catch(() => [])),
  ];
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  if (tabs.length === 0) return [];
  const { js } = staticScript();
  const started = await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab has no document: it loads the new content script when the reader returns to it.
      if (tab.id === undefined || tab.discarded) return null;
      try {
        // `files` is typed as the build's public paths; these come from the built manifest itself.
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: js as never });
        return tab.id;
      } catch {
        return null; // closed meanwhile, an error page, or a frame the browser will not script: nothing to start.
      }
    }),
  );
  return started.filter((id): id is number => id !== null);
}
