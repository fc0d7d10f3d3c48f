/**
 * Messages between the background and the extension's own pages (popup, options), apart from client.ts so the
 * content script does not bundle the validator it needs.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, ProtocolMap } from './protocol';
import { parseEnvelope } from './validate';

/**
 * Tells the extension's open pages (popup, options) something, from the background. No page open is not an error:
 * the browser then rejects for want of a receiver, which is ignored.
 */
export async function sendToExtensionPages<K extends MessageType>(
  type: K,
  data: ProtocolMap[K]['request'],
): Promise<void> {
  const envelope: Envelope<K> = { kensho: 1, type, data };
  await browser.runtime.sendMessage(envelope).catch(() => undefined);
}

/**
 * Calls `handler` with each valid `type` message the background sends an extension page; returns the unsubscribe.
 * Content scripts can message extension pages too, so anything sent from a tab is ignored.
 */
export function onBackgroundMessage<K extends MessageType>(
  type: K,
  handler: (data: ProtocolMap[K]['request']) => void,
): () => void {
  const listener = (raw: unknown, sender: { tab?: unknown }) => {
    if (sender.tab !== undefined) return undefined;
    const msg = parseEnvelope(raw);
    if (msg?.type === type) handler(msg.data as ProtocolMap[K]['request']);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
