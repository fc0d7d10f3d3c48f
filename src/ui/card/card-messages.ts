/** Which UI strings the content script carries: the card's and the markers' (shared by the build plugin and types). */
import type { MessageKey } from '../locale-messages';

/** Keys starting with these are bundled into the content script (build/card-messages-plugin.ts). */
export const CARD_MESSAGE_PREFIXES = ['card_', 'marker_'] as const;

/** A key the card or a marker may ask for; the type keeps them from asking for a string the content script lacks. */
export type CardMessageKey = Extract<MessageKey, `${(typeof CARD_MESSAGE_PREFIXES)[number]}${string}`>;
