import { browser, type Browser } from 'wxt/browser';
import { parseEnvelope } from '../messaging/validate';
import type { Envelope, PageResults, TabResults } from '../messaging/protocol';
import { settingsItem } from '../storage/settings';
import { applyBadge, badgeFor } from './badge';
import { CARD_SCRIPT, ENGINE_SCRIPT, injectScript } from './on-demand-scripts';
import { addedPageClaims, bundledVocabulary, claimSources } from './answer-claim-sources';
import { recordFalsePositive } from '../storage/false-positives';
import { checkFeedsNow } from './feeds/schedule';
import { syncGrantedScripts } from './granted-sites';
import { loadTabResults, saveFrameResults, updateTabRecord, withoutFrame } from './tab-results';

type Sender = Browser.runtime.MessageSender;
/**
 * A frame's report past this size (JSON characters) is dropped: with the frame cap it bounds a tab's session storage.
 */
export const MAX_REPORT_CHARS = 256 * 1024;

/** Repaints a tab's badge from its merged results. */
async function repaint(tabId: number, results: TabResults | null): Promise<void> {
  await applyBadge(tabId, badgeFor(results, await settingsItem.getValue()));
}

/** Stores a frame's results and repaints the tab's badge. */
async function onPageResults(tabId: number, frameId: number, results: PageResults, sender: Sender): Promise<void> {
  if (JSON.stringify(results).length > MAX_REPORT_CHARS) return;
  const entry = sender.documentId ? { ...results, doc: sender.documentId } : results;
  await repaint(tabId, await saveFrameResults(tabId, frameId, entry, sender.tab?.url));
}

/** Drops a subframe's results when its document goes away, unless a newer document in that frame has reported since. */
async function onFrameUnload(tabId: number, frameId: number, url: string, sender: Sender): Promise<void> {
  await repaint(tabId, await updateTabRecord(tabId, (r) => withoutFrame(r, frameId, { url, doc: sender.documentId })));
}

/** True for this extension's own pages; a content script's sender URL is the web page's. */
function isExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** The (tab, frame) a content script speaks for: the browser's word (sender), never anything in the payload. */
function senderFrame(sender: Sender): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || !Number.isInteger(frameId) || frameId! < 0 || isExtensionPage(sender)) return null;
  return { tabId, frameId: frameId! };
}

/** Routes validated messages; returns undefined for anything not addressed to the background. */
export function handleMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  // Only this extension's own pages and content scripts may talk to the background.
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseEnvelope(raw);
  if (!msg) return undefined;
  switch (msg.type) {
    case 'page/results': {
      // Every frame Kensho runs in reports (an embedded article has claims too), each under its own frameId.
      const from = senderFrame(sender);
      return from ? onPageResults(from.tabId, from.frameId, (msg as Envelope<'page/results'>).data, sender) : undefined;
    }
    case 'page/unload': {
      // Subframes only: the top frame's navigation clears the whole tab (tabs.onUpdated).
      const from = senderFrame(sender);
      if (!from || from.frameId === 0) return undefined;
      return onFrameUnload(from.tabId, from.frameId, (msg as Envelope<'page/unload'>).data.url, sender);
    }
    case 'claim/sources':
      // Content scripts only (any frame: an article iframe has cards too); extension pages bundle the sources.
      if (sender.tab?.id === undefined || isExtensionPage(sender)) return undefined;
      return claimSources((msg as Envelope<'claim/sources'>).data.claimIds);
    case 'card/load': {
      // Into the frame that asked, as the browser names it: never a tab or frame the payload could choose.
      const from = senderFrame(sender);
      return from ? injectScript(from.tabId, from.frameId, CARD_SCRIPT) : undefined;
    }
    case 'engine/load': {
      // The same: the frame that asked, as the browser names it.
      const from = senderFrame(sender);
      return from ? injectScript(from.tabId, from.frameId, ENGINE_SCRIPT) : undefined;
    }
    case 'claims/vocabulary':
      // Content scripts only, like claim/sources: bundled data, nothing of the reader's.
      if (sender.tab?.id === undefined || isExtensionPage(sender)) return undefined;
      return Promise.resolve(bundledVocabulary());
    case 'claims/added':
      // Content scripts only: the reader's packs and feeds, validated here, without sources (a card asks for those).
      if (sender.tab?.id === undefined || isExtensionPage(sender)) return undefined;
      return addedPageClaims();
    case 'page/not-this-claim': {
      // Content scripts only; the page's address is the frame's as the browser names it, not the payload's.
      if (!senderFrame(sender) || typeof sender.url !== 'string') return undefined;
      const { claimId, sentence, stance } = (msg as Envelope<'page/not-this-claim'>).data;
      return recordFalsePositive({ claimId, sentence, stance, url: sender.url });
    }
    case 'tab/results':
      // Extension pages only (the popup may be open as a tab), never a content script.
      if (!isExtensionPage(sender)) return undefined;
      return loadTabResults((msg as Envelope<'tab/results'>).data.tabId);
    case 'feeds/check':
      // Extension pages only (the options page). A feed's origin was just granted for fetching, not for annotating:
      // re-sync the granted-sites script, which leaves feed origins out, before the check.
      if (!isExtensionPage(sender)) return undefined;
      return syncGrantedScripts().then(() => checkFeedsNow((msg as Envelope<'feeds/check'>).data.url));
    default:
      // Messages addressed to content scripts ('page/reveal', 'page/stop') or to extension pages ('tab/changed') are
      // not the background's to answer.
      return undefined;
  }
}
