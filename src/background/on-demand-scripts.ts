import { browser } from 'wxt/browser';

/** The card UI's script as built (entrypoints/card.ts); not web-accessible, so no page can load or probe for it. */
export const CARD_SCRIPT = '/card.js';

/** The engine's script as built (entrypoints/engine.ts): the matcher with the bundled index and claims; same rule. */
export const ENGINE_SCRIPT = '/engine.js';

/**
 * Injects one of Kensho's on-demand scripts into one frame of a tab (the one whose content script asked, `card/load`
 * or `engine/load`). Resolves once the script ran there; rejects when it could not (the frame went away, the host
 * permission was revoked), which the content script shows as a card that could not open, or tries again.
 */
export async function injectScript(
  tabId: number,
  frameId: number,
  file: typeof CARD_SCRIPT | typeof ENGINE_SCRIPT,
): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
