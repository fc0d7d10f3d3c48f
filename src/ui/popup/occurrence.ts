import type { TabClaimSummary } from '../../messaging/protocol';

/**
 * Where the tab-wide `occurrence`-th sentence of a claim is: the frame holding it and its number within that frame.
 * Tab-wide numbers run through the frames in the background's order (top frame first, then by frameId), and each
 * frame numbers only its own sentences in page order: a frame's numbers never shift when another frame reports, and
 * a content script needs to know nothing of the other frames to find one.
 */
export function locateOccurrence(
  summary: TabClaimSummary,
  occurrence: number,
): { frameId: number; occurrence: number } | null {
  let rest = occurrence;
  for (const { frameId, count } of summary.frames) {
    if (rest < count) return { frameId, occurrence: rest };
    rest -= count;
  }
  return null;
}
