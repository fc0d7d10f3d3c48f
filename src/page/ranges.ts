/** Maps offsets in a block's text back to a DOM Range over the block's text nodes (hypothesis-style anchoring). */
import type { TextBlock, TextSegment } from './extract';

/** Index of the first segment whose end is after `offset` (binary search; segments are ordered). */
function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The block offsets with surrounding whitespace removed, or null when nothing is left. */
export function trimOffsets(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/**
 * True when every text node of the block is still attached and unchanged since extraction (a block has at least one).
 */
export function isBlockIntact(block: TextBlock): boolean {
  return (
    block.segments.length > 0 &&
    block.segments.every((s) => s.node.isConnected && s.node.data.length === s.end - s.start)
  );
}

/**
 * DOM boundary points of a span: what a Range is built from (kept separate so DOM libraries without Range can test it).
 */
export interface Anchor {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Boundary points covering block text [start, end), trimmed of whitespace; offsets inside a `<br>` gap snap to the
 * next text node. Null when the block changed since extraction or the span is empty.
 */
export function anchorOffsets(block: TextBlock, start: number, end: number): Anchor | null {
  const trimmed = trimOffsets(block.text, start, end);
  const { segments } = block;
  if (!trimmed || segments.length === 0) return null;
  [start, end] = trimmed;
  const first = segments[segmentAt(segments, start)]!;
  let lastAt = segmentAt(segments, end - 1);
  // `end` inside a gap: the last segment is the one before the gap.
  if (segments[lastAt]!.start >= end && lastAt > 0) lastAt--;
  const last = segments[lastAt]!;
  if (first.start >= end || last.start >= end) return null;
  for (const s of [first, last]) {
    if (!s.node.isConnected || s.node.data.length !== s.end - s.start) return null;
  }
  return {
    startNode: first.node,
    startOffset: Math.max(0, start - first.start),
    endNode: last.node,
    endOffset: Math.min(end, last.end) - last.start,
  };
}

/** A live Range for block text [start, end) (see anchorOffsets), or null. */
export function rangeForOffsets(block: TextBlock, start: number, end: number): Range | null {
  const a = anchorOffsets(block, start, end);
  if (!a) return null;
  const range = a.startNode.ownerDocument.createRange();
  range.setStart(a.startNode, a.startOffset);
  range.setEnd(a.endNode, a.endOffset);
  return range;
}
