import { browser, type Browser } from 'wxt/browser';
import { parseEnvelope } from '../messaging/validate';
import type { Envelope, PageResults } from '../messaging/protocol';
import { settingsItem } from '../storage/settings';
import { applyBadge, badgeFor } from './badge';
import { claimSources } from './claim-sources';
import { loadTabResults, saveTabResults } from './tab-results';

type Sender = Browser.runtime.MessageSender;

/** Stores a tab's results and repaints its badge. */
async function onPageResults(tabId: number, results: PageResults): Promise<void> {
  await saveTabResults(tabId, results);
  await applyBadge(tabId, badgeFor(results, await settingsItem.getValue()));
}

/** True for this extension's own pages; a content script's sender URL is the web page's. */
function isExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Routes validated messages; returns undefined for anything not addressed to the background. */
export function handleMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  // Only this extension's own pages and content scripts may talk to the background.
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseEnvelope(raw);
  if (!msg) return undefined;
  switch (msg.type) {
    case 'page/results': {
      const tabId = sender.tab?.id;
      // Only top frames report; a frame's claim about another URL is ignored.
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return onPageResults(tabId, (msg as Envelope<'page/results'>).data);
    }
    case 'claim/sources':
      // Content scripts only (any frame: an article iframe has cards too); extension pages bundle the sources.
      if (sender.tab?.id === undefined || isExtensionPage(sender)) return undefined;
      return claimSources((msg as Envelope<'claim/sources'>).data.claimIds);
    case 'tab/results':
      // Extension pages only (the popup may be open as a tab), never a content script.
      if (!isExtensionPage(sender)) return undefined;
      return loadTabResults((msg as Envelope<'tab/results'>).data.tabId);
    default:
      // Messages addressed to content scripts ('page/reveal', 'page/stop') are not the background's to answer.
      return undefined;
  }
}
