import type { PageResults, TabClaimSummary } from '../messaging/protocol';

/** Frame ids in the order their results are listed and numbered: the top frame (0) first, then by frameId. */
export function frameOrder(frames: Readonly<Record<string, unknown>>): number[] {
  return Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Merges each frame's claims into one list for the tab: a claim found in several frames is one entry whose counts,
 * stances and figures add up, in frame order; claims keep the order in which frame order first meets them.
 */
export function mergeFrames(frames: Readonly<Record<string, PageResults>>): TabClaimSummary[] {
  const merged = new Map<string, TabClaimSummary>();
  for (const frameId of frameOrder(frames)) {
    for (const c of frames[frameId]!.claims) {
      const into = merged.get(c.claimId);
      if (!into) {
        merged.set(c.claimId, {
          ...c,
          stances: [...c.stances],
          figures: [...c.figures],
          frames: [{ frameId, count: c.count }],
        });
        continue;
      }
      into.count += c.count;
      into.stances.push(...c.stances);
      into.figures.push(...c.figures);
      into.frames.push({ frameId, count: c.count });
    }
  }
  return [...merged.values()];
}
