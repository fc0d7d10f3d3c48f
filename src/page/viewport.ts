/** Orders blocks so the ones the reader is looking at are scanned first (then below, then above the viewport). */
import type { TextBlock } from './extract';

/** Blocks from the first one reaching into the viewport downwards, then the ones above, nearest first. */
export function viewportFirst(blocks: readonly TextBlock[]): TextBlock[] {
  if (blocks.length < 2 || typeof blocks[0]!.element.getBoundingClientRect !== 'function') return [...blocks];
  // Blocks are in document order, so their tops are (nearly) ascending: binary search for the first visible one.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.element.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...blocks.slice(lo), ...blocks.slice(0, lo).reverse()];
}
