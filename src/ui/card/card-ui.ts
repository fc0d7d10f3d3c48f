/**
 * The contract between the always-on content script and the card UI, which loads on demand (entrypoints/card.ts).
 * Both run in the frame's isolated world (content scripts of one extension share it; the page cannot see it), so the
 * card script hands the content script a typed object there rather than messages: a card's callbacks (close, retry,
 * "not this claim") cannot cross a message channel. Type imports only: this file must not pull Preact in.
 */
import type { CardHost } from './card-host';

/** Pixels; the content script places the card before the card UI has loaded. */
export const CARD_WIDTH = 360;

/** What card.js installs. */
export interface CardUi {
  createCardHost(doc: Document, parent: HTMLElement, signal: AbortSignal): CardHost;
}

declare const __KENSHO_BUILD__: string | undefined;

/**
 * Where card.js leaves its UI, named per build: after an update, the content script the worker starts in an open tab
 * must not pick up an older card UI left in the same isolated world by the orphaned one.
 */
export const CARD_UI_KEY = `kensho:card-ui:${typeof __KENSHO_BUILD__ === 'string' ? __KENSHO_BUILD__ : 'dev'}`;

/** Makes `ui` available to the content script in this world (called by card.js). */
export function installCardUi(scope: object, ui: CardUi): void {
  Object.defineProperty(scope, CARD_UI_KEY, { value: Object.freeze({ ...ui }), configurable: true });
}

/** The card UI installed in this world, if card.js ran here and left a well-formed one; else null. */
export function installedCardUi(scope: object): CardUi | null {
  const ui: unknown = (scope as Record<string, unknown>)[CARD_UI_KEY];
  return typeof ui === 'object' && ui !== null && typeof (ui as CardUi).createCardHost === 'function'
    ? (ui as CardUi)
    : null;
}
