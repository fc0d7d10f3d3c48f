import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../src/page/extract';
import { MAX_PIECE } from '../../../src/page/match-blocks';
import { blockMayMatch, pageProbe } from '../../../src/page/page-probe';
import type { PageTimings } from '../../../src/page/page-timings';

const block = (text: string, lang: 'en' | 'ja' = 'en') =>
  ({ text, lang, element: null, segments: [] }) as unknown as TextBlock;
const CLAIM = 'Nvidia will invest up to $100 billion in OpenAI to build data centers.';
const LOCAL = 'The city council voted to add protected bike lanes along the riverside avenue.';

describe('the page probe (the build’s anchors over a block’s pieces)', () => {
  it('fires on a block holding a claim’s vocabulary, not on one far from it, and records that for the budget test', () => {
    const timings: PageTimings = {};
    const probe = pageProbe(timings);
    expect(probe(block(LOCAL))).toBe(false);
    expect(timings).toMatchObject({ probeFired: false });
    expect(probe(block(`${LOCAL} ${CLAIM}`))).toBe(true);
    expect(probe(block('エヌビディアはオープンAIに最大1000億ドルを投資する。', 'ja'))).toBe(true);
    expect(timings.probeFired).toBe(true);
    expect(timings.probeMs).toBeGreaterThan(0);
  });

  it('probes each piece the engine would be given in a long block', () => {
    const seen: string[] = [];
    const long = `${LOCAL} `.repeat(Math.ceil((MAX_PIECE * 2) / LOCAL.length));
    expect(blockMayMatch(block(long), (t) => (seen.push(t), false))).toBe(false);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.join('')).toBe(long);
    expect(blockMayMatch(block(long + CLAIM), (t) => t.includes('Nvidia'))).toBe(true);
  });
});
