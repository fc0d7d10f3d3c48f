import { browser, type Browser } from 'wxt/browser';
import { parseEnvelope } from '../messaging/validate';
import type { Envelope, PageResults } from '../messaging/protocol';
import { loadTabResults, saveTabResults } from './tab-results';

type Sender = Browser.runtime.MessageSender;

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
      return saveTabResults(tabId, (msg as Envelope<'page/results'>).data as PageResults);
    }
    case 'tab/results':
      if (sender.tab) return undefined; // popup/options only, never a content script
      return loadTabResults((msg as Envelope<'tab/results'>).data.tabId);
    default:
      return undefined;
  }
}
