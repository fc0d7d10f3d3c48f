import { describe, expect, it } from 'vitest';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { glossClaim, shownPolarity, type ShownMatch } from '../../../src/cli/eval/gold';
import { fnv1a, halfOf } from '../../../src/cli/eval/split';

const disputesOf = (id: string) => FIXTURE_CLAIMS.find((c) => c.id === id)?.disputes ?? [];
const debt = FIXTURE_CLAIMS.find((c) => c.id === 'test.debt')!;
const m = (claimId: string, topic: string, stance: ShownMatch['stance']): ShownMatch => ({ claimId, topic, stance });

describe('eval gold claim (read without the engine)', () => {
  it('picks the claim of the row topic that shares the most distinctive words with the gloss', () => {
    expect(
      glossClaim(FIXTURE_CLAIMS, 'nvidia-openai-circular', 'NVIDIA deal raises circular financing fears')?.id,
    ).toBe('test.circular');
    expect(glossClaim(FIXTURE_CLAIMS, 'nvidia-openai-circular', 'NVIDIA to invest up to $100B in OpenAI')?.id).toBe(
      'test.chipmaker-invests',
    );
    // Only claims of the row's own topic are candidates; no shared word, no gold claim.
    expect(glossClaim(FIXTURE_CLAIMS, 'ai-roi', 'Most generative AI pilots fail')?.id).toBe('test.pilots');
    expect(glossClaim(FIXTURE_CLAIMS, 'ai-roi', 'Big tech borrowing through bond sales')).toBeUndefined();
    expect(glossClaim(FIXTURE_CLAIMS, 'ai-roi', 'weather forecast')).toBeUndefined();
  });

  it('scores polarity: disputing the claim, or supporting a claim that disputes it, is "disputes"', () => {
    expect(
      shownPolarity([m('test.debt', 'ai-debt-financing', 'disputes')], 'ai-debt-financing', debt, disputesOf),
    ).toBe('disputes');
    expect(
      shownPolarity([m('test.no-systemic', 'imf-no-systemic-risk', 'supports')], 'ai-debt-financing', debt, disputesOf),
    ).toBe('disputes');
    expect(
      shownPolarity([m('test.no-systemic', 'imf-no-systemic-risk', 'disputes')], 'ai-debt-financing', debt, disputesOf),
    ).toBe('supports');
    // The first match linked to the gold claim decides, not the first match shown.
    expect(
      shownPolarity(
        [m('test.pilots', 'ai-roi', 'supports'), m('test.debt', 'ai-debt-financing', 'disputes')],
        'ai-debt-financing',
        debt,
        disputesOf,
      ),
    ).toBe('disputes');
    // Unlinked: the first match on the row's topic, at face value; nothing on the topic, nothing shown.
    expect(shownPolarity([m('test.pilots', 'ai-roi', 'neutral')], 'ai-roi', undefined, disputesOf)).toBe('neutral');
    expect(shownPolarity([m('test.pilots', 'ai-roi', 'supports')], 'ai-debt-financing', debt, disputesOf)).toBeNull();
  });
});

describe('eval split', () => {
  it('is a stable hash of the url, so every sentence of a page falls on one side', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    const a = halfOf({ url: 'https://example.org/story', text: 'one' });
    expect(halfOf({ url: 'https://example.org/story', text: 'two' })).toBe(a);
    const halves = new Set(Array.from({ length: 40 }, (_, i) => halfOf({ url: `https://example.org/${i}`, text: '' })));
    expect(halves).toEqual(new Set(['tune', 'check']));
  });
});
