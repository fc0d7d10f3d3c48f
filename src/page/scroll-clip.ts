/**
 * Text inside an independently scrolling box (a live blog pane, a comments column) moves without the document
 * scrolling, and is hidden when scrolled out of its box. Markers live in Kensho's layer, outside the box, so
 * they must follow the box's scroll and hide with the text: these helpers find a block's clipping boxes once
 * and give the visible part of the viewport for it on each layout pass.
 */

export interface ClipRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Boxes that clip their content: overflow other than visible on either axis (scrolling or hidden). */
function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

/**
 * Remembers each block's clipping ancestors (computed styles are read once per block, not on every scroll) and,
 * per layout pass, the intersection of their boxes.
 */
export class ScrollClips {
  private readonly ancestors = new WeakMap<Element, Element[]>();

  constructor(private readonly doc: Document) {}

  /** Clipping ancestors of `el` below the document's scrolling element, innermost first. */
  private clippersOf(el: Element): Element[] {
    let list = this.ancestors.get(el);
    if (list) return list;
    list = [];
    const view = this.doc.defaultView;
    const root = this.doc.scrollingElement ?? this.doc.documentElement;
    for (let p = el.parentElement; p && p !== root && p !== this.doc.body && view; p = p.parentElement) {
      if (clips(view.getComputedStyle(p))) list.push(p);
    }
    this.ancestors.set(el, list);
    return list;
  }

  /** A per-pass reader: the visible rect for a block (null when no box clips it), each box measured once. */
  pass(): (el: Element) => ClipRect | null {
    const rects = new Map<Element, DOMRect>();
    const rectOf = (box: Element) => {
      let r = rects.get(box);
      if (!r) rects.set(box, (r = box.getBoundingClientRect()));
      return r;
    };
    return (el) => {
      const boxes = this.clippersOf(el);
      if (!boxes.length) return null;
      const clip: ClipRect = { top: -Infinity, bottom: Infinity, left: -Infinity, right: Infinity };
      for (const box of boxes) {
        const r = rectOf(box);
        clip.top = Math.max(clip.top, r.top);
        clip.bottom = Math.min(clip.bottom, r.bottom);
        clip.left = Math.max(clip.left, r.left);
        clip.right = Math.min(clip.right, r.right);
      }
      return clip;
    };
  }

  /** Whether an element that scrolled holds any of these blocks (other scrolls, like a ticker, need no layout). */
  static moves(target: EventTarget | null, blocks: Iterable<Element>): boolean {
    const node = target as Node | null;
    if (!node || typeof node.contains !== 'function') return false;
    for (const b of blocks) if (node.contains(b)) return true;
    return false;
  }
}
