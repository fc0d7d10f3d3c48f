/**
 * A linkedom page for page-layer unit tests. linkedom has no layout, so ranges and elements get a simple one: each
 * block element is a 600×20 box stacked in document order, and a range has one line box inside its block's. That is
 * enough for markers to be placed and for fallback highlight boxes to be drawn.
 */
import { parseHTML } from 'linkedom';

type Rect = {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  x: number;
  y: number;
};
const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
  x: left,
  y: top,
});

function blockTop(el: Element): number {
  const all = [...el.ownerDocument.querySelectorAll('body *')];
  return Math.max(0, all.indexOf(el)) * 24;
}

let shimmed = false;
function shimLayout(win: ReturnType<typeof parseHTML>): void {
  if (shimmed) return;
  shimmed = true;
  // linkedom's Range has no setStart/setEnd: a minimal live-enough one, as much as the page layer uses.
  const RangeProto = win.document.createRange().constructor.prototype as Range & Record<string, unknown>;
  Object.defineProperties(RangeProto, {
    setStart: {
      value(this: Record<string, unknown>, node: Node, offset: number) {
        this._sc = node;
        this._so = offset;
      },
    },
    setEnd: {
      value(this: Record<string, unknown>, node: Node, offset: number) {
        this._ec = node;
        this._eo = offset;
      },
    },
    startContainer: {
      get(this: Record<string, unknown>) {
        return this._sc;
      },
    },
    startOffset: {
      get(this: Record<string, unknown>) {
        return this._so;
      },
    },
    endContainer: {
      get(this: Record<string, unknown>) {
        return this._ec;
      },
    },
    endOffset: {
      get(this: Record<string, unknown>) {
        return this._eo;
      },
    },
  });
  RangeProto.getClientRects = function (this: Range) {
    const container = this.startContainer;
    const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
    if (!el?.isConnected) return [] as unknown as DOMRectList;
    return [rect(10 + this.startOffset, blockTop(el), 200, 20)] as unknown as DOMRectList;
  };
  RangeProto.getBoundingClientRect = function (this: Range) {
    return (this.getClientRects()[0] ?? rect(0, 0, 0, 0)) as DOMRect;
  };
  const ElementProto = Object.getPrototypeOf(Object.getPrototypeOf(win.document.createElement('p'))) as Element;
  // Nothing scrolls on a page with no layout.
  (ElementProto as Element & { scrollIntoView(): void }).scrollIntoView = () => {};
  ElementProto.getBoundingClientRect = function (this: Element) {
    if (!this.isConnected || this.tagName.startsWith('KENSHO-')) return rect(0, 0, 0, 0) as DOMRect;
    return rect(10, blockTop(this), 600, 20) as DOMRect;
  };
}

/** A fresh page with `body` as its body, at `url`; also made the global document, as Preact expects. */
export function pageDom(body: string, url = 'https://www.reuters.com/world/a') {
  const win = parseHTML(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
  shimLayout(win);
  const doc = win.document as unknown as Document;
  Object.defineProperty(doc, 'location', { value: new URL(url), configurable: true });
  Object.defineProperty(doc.documentElement, 'clientWidth', { value: 1200, configurable: true });
  const view = doc.defaultView as unknown as Record<string, unknown>;
  // No element scrolls its overflow (scroll-clip.ts reads the computed overflow).
  view.getComputedStyle ??= () => ({ overflowX: 'visible', overflowY: 'visible', getPropertyValue: () => '' });
  view.requestAnimationFrame ??= (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 0);
  view.setTimeout ??= setTimeout;
  view.clearTimeout ??= clearTimeout;
  (globalThis as { document?: unknown }).document = doc;
  return { win, doc };
}

/** Kensho's markers on the page as `claim stance` strings, in document order. */
export function markers(doc: Document): string[] {
  return [...doc.querySelectorAll('kensho-marker')].map(
    (m) => `${m.getAttribute('data-kensho-claim')} ${m.getAttribute('data-kensho-stance')}`,
  );
}
