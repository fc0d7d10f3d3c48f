/**
 * The contract between the always-on content script and the card UI, which loads on demand (entrypoints/card.ts).
 * Both run in the frame's isolated world (content scripts of one extension share it; the page cannot see it), so the
 * card script hands the content script a typed object there rather than messages: a card's callbacks (close, retry,
 * "not this claim") cannot cross a message channel. It must not pull Preact in.
 */
import { installedInWorld, installInWorld, worldKey } from '../../shared/isolated-world';
import type { CardHost } from './card-host';

/** Pixels; the content script places the card before the card UI has loaded. */
export const CARD_WIDTH = 360;

/** What card.js installs. */
export interface CardUi {
  createCardHost(doc: Document, parent: HTMLElement, signal: AbortSignal): CardHost;
}

/** Where card.js leaves its UI (src/shared/isolated-world.ts). */
export const CARD_UI_KEY = worldKey('card-ui');

/** Makes `ui` available to the content script in this world (called by card.js). */
export function installCardUi(scope: object, ui: CardUi): void {
  installInWorld(scope, CARD_UI_KEY, ui);
}

/** The card UI installed in this world, if card.js ran here and left a well-formed one; else null. */
export function installedCardUi(scope: object): CardUi | null {
  return installedInWorld<CardUi>(scope, CARD_UI_KEY, ['createCardHost']);
}
