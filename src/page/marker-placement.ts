/** An annotation as it lives on the page: the matched sentence, its DOM range, highlight and marker. */
import type { Marker } from '../ui/marker/marker';
import type { BlockAnnotation } from './match-blocks';
import type { ClipRect } from './scroll-clip';

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

/**
 * Where a marker goes, in layer coordinates; null when the sentence is not rendered. Markers sit in the gutter
 * just right of the paragraph, level with the sentence's last line, so they never cover the page's text; when
 * the paragraph reaches the viewport's edge they sit raised after the sentence, like a footnote mark. Inside a
 * scrolling box (`clip`), lines scrolled out of the box do not count.
 */
export function markerPosition(
  range: Range,
  origin: { x: number; y: number },
  gutter: { right: number; viewportWidth: number } | null = null,
  clip: ClipRect | null = null,
): { x: number; y: number } | null {
  const rects = range.getClientRects();
  for (let i = rects.length - 1; i >= 0; i--) {
    const r = rects[i]!;
    if (r.width <= 0 || r.height <= 0) continue;
    // A line scrolled out of its box is hidden with it; the marker goes with the last line still visible.
    if (clip && (r.bottom <= clip.top || r.top >= clip.bottom || r.right <= clip.left || r.left >= clip.right))
      continue;
    const y = r.top - origin.y + (r.height - MARKER_BOX) / 2;
    if (gutter && gutter.right + GUTTER_GAP + MARKER_BOX * 2 <= gutter.viewportWidth) {
      return { x: gutter.right + GUTTER_GAP - origin.x, y };
    }
    return { x: r.right - origin.x + 1, y: r.top - origin.y - MARKER_BOX / 2 };
  }
  return null;
}

const MARKER_BOX = 16;
const GUTTER_GAP = 6;

/** Shifts markers that would overlap an earlier one on the same line to the right, one marker-width each. */
export function spreadMarkers(places: ({ x: number; y: number } | null)[]): void {
  const taken: { x: number; y: number }[] = [];
  for (const p of places) {
    if (!p) continue;
    while (taken.some((t) => Math.abs(t.y - p.y) < MARKER_BOX + 2 && Math.abs(t.x - p.x) < MARKER_BOX + 2))
      p.x += MARKER_BOX + 4;
    taken.push(p);
  }
}
