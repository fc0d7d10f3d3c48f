/** Which UI strings the card script and the content script carry (shared by the build plugin and types). */
import type { MessageKey } from '../locale-messages';

/** Keys starting with these are bundled into the card script (build/card-messages-plugin.ts). */
export const CARD_MESSAGE_PREFIXES = ['card_', 'marker_'] as const;

/** A key the card or a marker may ask for; the type keeps them from asking for a string the content script lacks. */
export type CardMessageKey = Extract<MessageKey, `${(typeof CARD_MESSAGE_PREFIXES)[number]}${string}`>;

/** Keys starting with these are all the always-on content script carries: the markers' labels (marker-text.ts). */
export const MARKER_MESSAGE_PREFIXES = ['marker_', 'card_stance_'] as const;

/** A key a marker may ask for. */
export type MarkerMessageKey = Extract<MessageKey, `${(typeof MARKER_MESSAGE_PREFIXES)[number]}${string}`>;
