/** An annotation as it lives on the page: the matched sentence, its DOM range, highlight and marker. */
import type { Marker } from '../ui/marker/marker';
import type { BlockAnnotation } from './annotate';

export interface LiveAnnotation extends BlockAnnotation {
  range: Range;
  marker: Marker;
}

/** Page order of two annotations (ranges in different trees compare by their blocks). */
export function comparePageOrder(a: LiveAnnotation, b: LiveAnnotation): number {
  try {
    return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  } catch {
    const pos = a.block.element.compareDocumentPosition(b.block.element);
    return pos & 4 ? -1 : pos & 2 ? 1 : a.start - b.start;
  }
}

/** Where a marker goes: just after the sentence's last line box, in layer coordinates; null when not rendered. */
export function markerPosition(range: Range, origin: { x: number; y: number }): { x: number; y: number } | null {
  const rects = range.getClientRects();
  for (let i = rects.length - 1; i >= 0; i--) {
    const r = rects[i]!;
    if (r.width > 0 && r.height > 0) return { x: r.right - origin.x + 2, y: r.top - origin.y + (r.height - 16) / 2 - 4 };
  }
  return null;
}
