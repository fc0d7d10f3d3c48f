/**
 * Batched MutationObserver: collects the block elements whose text changed and hands them over at most once per
 * `interval` ms. Kensho's own elements are ignored; beyond `burst` records in one batch it asks for a full rescan
 * instead (cheaper than thousands of small ones).
 */
import { INLINE_TAGS, isOwnElement } from './skip-rules';

export interface MutationBatchOptions {
  signal: AbortSignal;
  onBatch(changed: Element[] | 'all'): void;
  interval?: number;
  burst?: number;
}

/** The nearest block-level element holding `node` (text in inline elements belongs to its block). */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

function isOwn(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isOwnElement(el)) return true;
  }
  return false;
}

/** Starts observing `root`; stops when `signal` aborts. */
export function observeMutations(root: Node, opts: MutationBatchOptions): void {
  const { signal, onBatch, interval = 250, burst = 400 } = opts;
  const win = (root.ownerDocument ?? (root as Document)).defaultView ?? globalThis;
  let changed = new Set<Element>();
  let records = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (signal.aborted) return;
    const batch = records > burst ? 'all' : [...changed];
    changed = new Set();
    records = 0;
    if (batch === 'all' || batch.length > 0) onBatch(batch);
  };
  const observer = new win.MutationObserver((list) => {
    for (const r of list) {
      if (isOwn(r.target)) continue;
      records++;
      if (records > burst) break;
      if (r.type === 'characterData') {
        const b = blockOf(r.target);
        if (b) changed.add(b);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && isOwnElement(n as Element)) continue;
        const b =
          n.nodeType === 1 && !INLINE_TAGS.has((n as Element).tagName.toUpperCase())
            ? (n as Element)
            : blockOf(r.target);
        if (b) changed.add(b);
      }
      // Removed text inside a block changes that block's text.
      if (r.removedNodes.length > 0) {
        const b = blockOf(r.target);
        if (b) changed.add(b);
      }
    }
    // Throttle, not debounce: a ticker updating every 16 ms still gets a batch every `interval` ms.
    timer ??= win.setTimeout(flush, interval);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) win.clearTimeout(timer);
    },
    { once: true },
  );
}
