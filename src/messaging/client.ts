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

/**
 * Sends a typed message to the content script in one frame of a tab (the top frame unless `frameId` says otherwise).
 */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: ProtocolMap[K]['request'],
  frameId = 0,
): Promise<ProtocolMap[K]['response']> {
  const envelope: Envelope<K> = { kensho: 1, type, data };
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId })) as ProtocolMap[K]['response'];
}
