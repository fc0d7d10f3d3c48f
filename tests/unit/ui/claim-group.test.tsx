import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { localeText } from '../../../src/ui/locale-messages';
import { buildClaimBase } from '../../../src/ui/shared/claim-base';
import { TabClaims } from '../../../src/ui/popup/tab-claims';
import { mount } from './mount';

const en = localeText('en');

describe('popup claim list', () => {
  const base = buildClaimBase(loadBundledEvidence(), []);
  const filters = DEFAULT_SETTINGS.sourceFilters;

  it('shows distinct empty states before and after the page reports', () => {
    expect(mount(h(TabClaims, { results: null, base, lang: 'en', filters, onReveal: null })).textContent).toContain(
      en('popup_noResultsYet'),
    );
    expect(
      mount(h(TabClaims, { results: { url: 'u', claims: [] }, base, lang: 'en', filters, onReveal: null })).textContent,
    ).toContain(en('popup_noClaims'));
  });

  it('puts disputed claims first and writes claims, strings and the figure check in the reader’s language', () => {
    const results = {
      url: 'u',
      claims: [
        {
          claimId: 'debt.big-tech-borrowing',
          count: 3,
          stances: ['supports' as const],
          figures: [],
          frames: [{ frameId: 0, count: 3 }],
        },
        {
          claimId: 'nvidia.openai-100b',
          count: 1,
          stances: ['supports' as const],
          figures: [{ text: '$50 billion', verdict: 'differs' as const, expected: 1e11, unit: 'USD' }],
          frames: [{ frameId: 0, count: 1 }],
        },
      ],
    };
    const app = mount(h(TabClaims, { results, base, lang: 'ja', filters, onReveal: () => {} }));
    const items = [...app.querySelectorAll('li[data-claim-id]')];
    expect(items.map((li) => li.getAttribute('data-claim-id'))).toEqual([
      'nvidia.openai-100b',
      'debt.big-tech-borrowing',
    ]);
    expect(items[0]!.querySelector('h3')!.textContent).toBe(base.byId.get('nvidia.openai-100b')!.statement.ja);
    expect(items[0]!.querySelector('.k-figure-differs')!.textContent).toBe(
      'ページでは $50 billion、情報源では 1000億ドル です。',
    );
    expect(items[0]!.querySelector('button')!.textContent).toBe('ページで表示');
    // The other side of a disputed pair is named under the sources.
    expect(items[1]!.querySelector('[data-counter-claim="imf.not-debt-financed"]')).not.toBeNull();
  });

  it('says so when the source filters hide every source of a claim', () => {
    const results = {
      url: 'u',
      claims: [
        {
          claimId: 'nvidia.openai-100b',
          count: 1,
          stances: ['neutral' as const],
          figures: [],
          frames: [{ frameId: 0, count: 1 }],
        },
      ],
    };
    const hideAll = { ...filters, hiddenLangs: ['en' as const, 'ja' as const] };
    expect(mount(h(TabClaims, { results, base, lang: 'en', filters: hideAll, onReveal: null })).textContent).toContain(
      en('popup_sourcesAllHidden'),
    );
  });
});
