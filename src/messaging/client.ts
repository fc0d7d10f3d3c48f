import { browser } from 'wxt/browser';
import type { Envelope, MessageType, ProtocolMap } from './protocol';

/** Sends a typed message to the background (from a content script, the popup or the options page). */
export async function sendToBackground<K extends MessageType>(
  type: K,
  data: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  const envelope: Envelope<K> = { kensho: 1, type, data };
  return (await browser.runtime.sendMessage(envelope)) as ProtocolMap[K]['response'];
}

/** Sends a typed message to a tab's content script (top frame). */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  const envelope: Envelope<K> = { kensho: 1, type, data };
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as ProtocolMap[K]['response'];
}
