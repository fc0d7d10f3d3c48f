/**
 * Mounts the card in its own shadow root (`<kensho-card>` in Kensho's layer); unmount mirrors mount.
 * Escape or the close button closes it; the caller returns focus to the marker.
 */
import { render } from 'preact';
import { createShadowHost } from '../shared/shadow-host';
import { setStyles } from '../shared/stylesheets';
import type { Theme } from '../../storage/settings-types';
import { CARD_CSS } from './card-styles';
import { ClaimCard, type ClaimCardProps } from './claim-card';

export interface CardHost {
  readonly host: HTMLElement;
  /** Renders (or re-renders) the card at layer coordinates. */
  show(props: ClaimCardProps, at: { x: number; y: number }, theme: Theme): void;
  update(props: ClaimCardProps, theme: Theme): void;
  focus(): void;
  unmount(): void;
}

/** Creates the card host inside `parent` (not rendered until `show`). */
export function createCardHost(doc: Document, parent: HTMLElement, signal: AbortSignal): CardHost {
  const { host, root } = createShadowHost(doc, 'kensho-card', { name: 'card', css: CARD_CSS });
  const mount = doc.createElement('div');
  root.appendChild(mount);
  let current: ClaimCardProps | null = null;
  root.addEventListener(
    'keydown',
    (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && current) {
        e.stopPropagation();
        current.onClose();
      }
    },
    { signal },
  );
  const draw = (props: ClaimCardProps, theme: Theme) => {
    current = props;
    host.setAttribute('data-theme', theme);
    render(<ClaimCard {...props} />, mount);
  };
  return {
    host,
    show(props, at, theme) {
      if (!host.isConnected) parent.appendChild(host);
      setStyles(host, { display: 'block', transform: `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)` });
      draw(props, theme);
    },
    update(props, theme) {
      if (current) draw(props, theme);
    },
    focus() {
      const card = root.querySelector('.card') as HTMLElement | null;
      card?.focus({ preventScroll: true });
      // Scroll only as far as needed to show the whole card, never jump the article around.
      card?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    unmount() {
      render(null, mount);
      current = null;
      host.remove();
    },
  };
}
