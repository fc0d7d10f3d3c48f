import { browser } from 'wxt/browser';
import { handleMessage } from './router';
import { clearTabResults } from './tab-results';

/** Composition root of the service worker: wires every background service. Listeners register synchronously. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabResults(tabId));
}
