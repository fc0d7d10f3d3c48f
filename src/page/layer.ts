/**
 * Kensho's own container on the page: one `<kensho-layer>` appended to `<html>` (outside `<body>`, so a
 * framework hydrating the body never sees it). Markers, cards and fallback highlight boxes live in it,
 * positioned in document coordinates. It joins the page on first use (layout with something to place): a page where
 * Kensho finds nothing is never touched.
 */
import { setStyles } from '../ui/shared/stylesheets';

export class Layer {
  readonly host: HTMLElement;

  constructor(readonly doc: Document) {
    this.host = doc.createElement('kensho-layer');
    setStyles(this.host, {
      all: 'initial',
      position: 'absolute',
      top: '0px',
      left: '0px',
      width: '0px',
      height: '0px',
      overflow: 'visible',
      'z-index': '2147483646',
      'pointer-events': 'none',
    });
  }

  /** Viewport position of the layer's origin: add to viewport rects' negation to get layer coordinates. */
  origin(): { x: number; y: number } {
    const r = this.host.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  /** Appends the layer, or puts it back if the page replaced or emptied `<html>` (some SPAs do). */
  ensureAttached(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  dispose(): void {
    this.host.remove();
  }
}
