/**
 * Kensho's own container on the page: one `<kensho-layer>` appended to `<html>` (outside `<body>`, so a
 * framework hydrating the body never sees it) and shown in the top layer. Markers, cards and fallback highlight
 * boxes live in it, positioned in document coordinates. It joins the page on first use (layout with something to
 * place): a page where Kensho finds nothing is never touched.
 */
import { setStyles } from '../ui/shared/stylesheets';

export class Layer {
  readonly host: HTMLElement;

  constructor(readonly doc: Document) {
    this.host = doc.createElement('kensho-layer');
    // In the top layer: joining it repaints no more of the page than any small box does. Appended as a plain child of
    // <html>, the new stacking context made Chromium 156 walk the whole page again before painting (30 ms on a
    // million text nodes, tests/e2e/hostile-million). "manual": the page's own popovers and light dismiss leave it.
    this.host.setAttribute('popover', 'manual');
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
    // Not while something is full screen: joining the top layer then would put the markers over the video or slides.
    if (this.doc.fullscreenElement) return;
    try {
      if (!this.host.matches(':popover-open')) this.host.showPopover();
    } catch {
      // No popover support: the z-index keeps the layer above the page.
    }
  }

  dispose(): void {
    this.host.remove();
  }
}
