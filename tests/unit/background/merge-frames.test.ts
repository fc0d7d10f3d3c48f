import { describe, expect, it } from 'vitest';
import { frameOrder, mergeFrames } from '../../../src/background/merge-frames';
import type { PageClaimSummary } from '../../../src/messaging/protocol';
import { locateOccurrence } from '../../../src/ui/popup/occurrence';

const claim = (
  claimId: string,
  stances: PageClaimSummary['stances'],
  figures: PageClaimSummary['figures'] = [],
): PageClaimSummary => ({ claimId, count: stances.length, stances, figures });
const url = 'https://www.reuters.com/a';

describe('merging frames', () => {
  it('orders frames top first, then by frameId as numbers', () => {
    expect(frameOrder({ 12: 1, 0: 1, 3: 1, 100: 1 })).toEqual([0, 3, 12, 100]);
  });

  it('counts a claim found in two frames together, top frame first, and keeps the others', () => {
    const differs = { text: '$50 billion', verdict: 'differs' as const, expected: 1e11, unit: 'USD' };
    const merged = mergeFrames({
      // Inserted out of order: the merge orders by frame, not by arrival.
      9: { url: `${url}/embed`, claims: [claim('b', ['disputes'], [differs]), claim('c', ['neutral'])] },
      0: { url, claims: [claim('a', ['supports']), claim('b', ['supports', 'supports'])] },
    });
    expect(merged.map((c) => c.claimId)).toEqual(['a', 'b', 'c']);
    expect(merged[1]).toEqual({
      claimId: 'b',
      count: 3,
      stances: ['supports', 'supports', 'disputes'],
      figures: [differs],
      frames: [
        { frameId: 0, count: 2 },
        { frameId: 9, count: 1 },
      ],
    });
    expect(merged[2]!.frames).toEqual([{ frameId: 9, count: 1 }]);
  });

  it('does not change the frames it merges', () => {
    const top = { url, claims: [claim('a', ['supports'])] };
    const frozen = JSON.stringify(top);
    mergeFrames({ 0: top, 4: { url, claims: [claim('a', ['disputes'])] } });
    expect(JSON.stringify(top)).toBe(frozen);
  });

  it('numbers occurrences through the frames in order, each frame by its own numbering', () => {
    const [b] = mergeFrames({
      0: { url, claims: [claim('b', ['supports', 'supports'])] },
      7: { url, claims: [claim('b', ['neutral'])] },
    });
    expect(locateOccurrence(b!, 0)).toEqual({ frameId: 0, occurrence: 0 });
    expect(locateOccurrence(b!, 1)).toEqual({ frameId: 0, occurrence: 1 });
    expect(locateOccurrence(b!, 2)).toEqual({ frameId: 7, occurrence: 0 });
    expect(locateOccurrence(b!, 3)).toBeNull();
    const [onlyInFrame] = mergeFrames({ 0: { url, claims: [] }, 7: { url, claims: [claim('x', ['supports'])] } });
    expect(locateOccurrence(onlyInFrame!, 0)).toEqual({ frameId: 7, occurrence: 0 });
  });
});
