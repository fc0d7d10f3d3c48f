import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import type { FigureCheck } from '../../../src/core/types';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import type { Lang } from '../../../src/evidence/schema';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { sourcesFigureText } from '../../../src/ui/card/figure-bars';
import { localeText } from '../../../src/ui/locale-messages';
import { TabClaims } from '../../../src/ui/popup/tab-claims';
import { buildClaimBase } from '../../../src/ui/shared/claim-base';
import { mount } from './mount';

// Values where two formatters could disagree: scale words, small sums, units only one side used to know.
const CASES: [number, string, Lang][] = [
  [157e9, 'USD', 'en'],
  [157e9, 'USD', 'ja'],
  [1.4e12, 'USD', 'en'],
  [25_000, 'JPY', 'en'],
  [3e12, 'JPY', 'ja'],
  [5, 'USD-cents', 'ja'],
  [12.5, 'percent', 'en'],
  [10, 'GW', 'ja'],
  [45, 'seconds', 'en'],
  [45, 'seconds', 'ja'],
  [2027, 'year', 'ja'],
];

describe('the card and the popup print an evidence figure the same way', () => {
  const base = buildClaimBase(loadBundledEvidence(), []);

  it.each(CASES)('%d %s (%s)', (expected, unit, lang) => {
    const check: FigureCheck = { text: 'X', value: 1, unit, verdict: 'differs', expected, start: 0, end: 1 };
    // The card: no matching claim figure, so no qualifier, just the value.
    const onCard = sourcesFigureText({ figures: [] }, check, lang);
    const results = {
      url: 'u',
      claims: [
        {
          claimId: 'nvidia.openai-100b',
          count: 1,
          stances: ['supports' as const],
          figures: [{ text: 'X', verdict: 'differs' as const, expected, unit }],
          frames: [{ frameId: 0, count: 1 }],
        },
      ],
    };
    const popup = mount(h(TabClaims, { results, base, lang, filters: DEFAULT_SETTINGS.sourceFilters, onReveal: null }));
    expect(popup.querySelector('.k-figure-differs')!.textContent).toBe(
      localeText(lang)('popup_figureDiffers', ['X', onCard]),
    );
  });
});
