/**
 * One focusable marker per annotated sentence. Contract (used by e2e tests and anyone counting annotations):
 * the host element `<kensho-marker>` carries `data-kensho-claim="<claim id>"` and
 * `data-kensho-stance="<supports|disputes|neutral>"`, and `data-kensho-state="<overtaken|retracted>"` when the
 * claim was overtaken or retracted at the page's date; its UI is a button in an open shadow root.
 */
import type { ShownState } from '../../core/claim-status';
import type { SentenceStance } from '../../core/types';
import { createShadowHost } from '../shared/shadow-host';
import { setStyles } from '../shared/stylesheets';
import { MARKER_CSS } from './marker-styles';

export interface Marker {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** Moves the marker to layer coordinates; hides it when `at` is null (the sentence is not rendered). */
  place(at: { x: number; y: number } | null): void;
  setExpanded(open: boolean): void;
  /** Renames the marker (the reader switched the language of cards and markers). */
  setLabel(label: string, lang: string): void;
  remove(): void;
}

/** A glyph per shown state, so states differ by shape as well as colour. */
const GLYPH: Record<ShownState, string> = {
  supports: '✓',
  disputes: '!',
  neutral: 'i',
  overtaken: '↺',
  retracted: '↺',
};
export const MARKER_SIZE = 16;

/** Creates a marker (not yet attached); `onOpen` runs on click, Enter or Space (a native button). */
export function createMarker(
  doc: Document,
  opts: {
    claimId: string;
    stance: SentenceStance;
    state?: ShownState;
    label: string;
    lang: string;
    onOpen: () => void;
    signal: AbortSignal;
  },
): Marker {
  const { host, root } = createShadowHost(doc, 'kensho-marker', { name: 'marker', css: MARKER_CSS });
  host.setAttribute('data-kensho-claim', opts.claimId);
  host.setAttribute('data-kensho-stance', opts.stance);
  const state = opts.state ?? opts.stance;
  if (state !== opts.stance) host.setAttribute('data-kensho-state', state);
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.stance = state;
  const setLabel = (label: string, lang: string) => {
    button.setAttribute('aria-label', label);
    button.title = label;
    // The page's own language may differ: screen readers pick the voice by lang.
    button.lang = lang;
  };
  setLabel(opts.label, opts.lang);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.textContent = GLYPH[state];
  button.addEventListener(
    'click',
    (e) => {
      e.preventDefault();
      e.stopPropagation();
      opts.onOpen();
    },
    { signal: opts.signal },
  );
  root.appendChild(button);
  return {
    host,
    button,
    place(at) {
      if (!at) return setStyles(host, { display: 'none' });
      setStyles(host, { display: 'block', transform: `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)` });
    },
    setExpanded(open) {
      button.setAttribute('aria-expanded', String(open));
    },
    setLabel,
    remove() {
      host.remove();
    },
  };
}
