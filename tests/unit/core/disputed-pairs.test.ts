/**
 * Both sides of a disputed pair against the bundled claims, with sentences written for this project: a reported
 * change (a plan shelved, frozen, put on ice) disputes the plan and asserts none of its contraries, while a rebuttal
 * of one side still speaks for the other.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

const matcher = createMatcher(loadBundledEvidence());
const stances = (text: string, lang: 'en' | 'ja') =>
  new Map(matcher.matchSentence(text, lang).map((m) => [m.claimId, m.stance]));

describe('disputed pairs', () => {
  it.each([
    ['en', "Nvidia's investment in OpenAI has been put on ice."],
    ['en', 'Nvidia has paused its investment in OpenAI, according to people familiar with the matter.'],
    ['ja', 'エヌビディアのOpenAIへの出資は凍結された。'],
    ['ja', 'エヌビディアによるOpenAIへの投資は棚上げになった。'],
  ] as const)('a reported change supports none of the changed claim’s contraries (%s): %s', (lang, text) => {
    expect(stances(text, lang).get('nvidia.openai-100b')).not.toBe('supports');
  });

  it.each([
    'Nvidia has suspended its planned $100 billion investment in OpenAI.',
    "Nvidia's $100 billion investment in OpenAI has been postponed.",
    'Nvidia halted talks on its $100 billion investment in OpenAI.',
    "Nvidia's $100 billion investment in OpenAI is frozen.",
    'Nvidia cut back its $100 billion investment in OpenAI.',
  ])('a plan suspended, postponed, halted, frozen or cut back asserts no other deal: %s', (text) => {
    const s = stances(text, 'en');
    expect(s.get('nvidia.openai-100b')).toBe('disputes');
    expect(s.get('nvidia.openai-30b-stake')).not.toBe('supports');
  });

  it('a reported change supports the claim that itself reports the change', () => {
    expect(
      stances("Nvidia's $100 billion investment in OpenAI has been put on ice.", 'en').get(
        'nvidia.openai-plan-stalled',
      ),
    ).toBe('supports');
  });

  it('a rebuttal of one side still speaks for the other', () => {
    const s = stances(
      'Critics say the six-year useful life hyperscalers assign to their servers and GPUs is exaggerated.',
      'en',
    );
    expect(s.get('scaling.gpu-useful-life')).toBe('disputes');
    expect(s.get('scaling.gpu-obsolete-fast')).toBe('supports');
  });
});
