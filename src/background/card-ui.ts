import { browser } from 'wxt/browser';

/** The card UI's script as built (entrypoints/card.ts); not web-accessible, so no page can load or probe for it. */
export const CARD_SCRIPT = '/card.js';

/**
 * Injects the card UI into one frame of a tab (the one whose content script asked, `card/load`). Resolves once the
 * script ran there; rejects when it could not (the frame went away, the host permission was revoked), which the
 * content script shows as a card that could not open.
 */
export async function injectCardUi(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_SCRIPT] });
}
