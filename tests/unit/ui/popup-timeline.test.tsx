/**
 * The popup shows claims as the card does: as of the page's date, with what came since; overtaken claims flagged and
 * listed first.
 */
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimUpdate } from '../../../src/evidence/schema';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { localeText } from '../../../src/ui/locale-messages';
import { buildClaimBase } from '../../../src/ui/shared/claim-base';
import { TabClaims } from '../../../src/ui/popup/tab-claims';
import { LookupBox } from '../../../src/ui/popup/lookup-box';
import { makeClaim } from '../evidence/fixtures';
import { mount } from './mount';

const en = localeText('en');
const filters = DEFAULT_SETTINGS.sourceFilters;
const later = (date: string, status: ClaimUpdate['status'], kind: 'blog' | 'newspaper' = 'newspaper'): ClaimUpdate => ({
  date,
  status,
  summary: { en: `What happened on ${date}.`, ja: `${date}の出来事。` },
  sources: [
    {
      url: `https://example.org/${date}`,
      publisher: `Paper ${date}`,
      kind,
      lang: 'en',
      date,
      stance: 'disputes',
      summary: 'Reports it.',
    },
  ],
});
// Written for this test: a plan claim later overtaken, and an unrelated claim without updates.
const plan: Claim = makeClaim('roi.plan', {
  statement: { en: 'Example Corp plans a large AI rollout.', ja: '例示社は大規模なAI導入を計画している。' },
  updates: [later('2026-01-30', 'contested'), later('2026-02-14', 'overtaken', 'blog')],
});
const other: Claim = makeClaim('roi.other');
const base = buildClaimBase([plan, other], []);
const row = (claimId: string, count: number) => ({
  claimId,
  count,
  stances: Array(count).fill('supports' as const),
  figures: [],
  frames: [{ frameId: 0, count }],
});
const tab = (published?: string) =>
  mount(
    h(TabClaims, {
      results: { url: 'u', claims: [row('roi.other', 5), row('roi.plan', 1)], ...(published ? { published } : {}) },
      base,
      lang: 'en',
      filters,
      onReveal: null,
    }),
  );
const item = (app: HTMLElement, id: string) => app.querySelector(`li[data-claim-id="${id}"]`)!;

describe('popup claims as of the page’s date', () => {
  it('a 2025 page: the claim stood as stated, "Since then" lists both updates newest first; it is not flagged', () => {
    const app = tab('2025-10-14');
    const li = item(app, 'roi.plan');
    expect(li.querySelector('.k-as-of')!.textContent).toBe('As of this article (2025-10-14): as stated');
    expect(
      [...li.querySelectorAll('[data-since-then] li[data-update-date]')].map(
        (x) => `${x.getAttribute('data-update-date')} ${x.getAttribute('data-status')}`,
      ),
    ).toEqual(['2026-02-14 overtaken', '2026-01-30 contested']);
    expect(li.querySelector('[data-since-then] h4')!.textContent).toBe(en('card_since_then'));
    expect(li.querySelector('.k-status-basis')).toBeNull();
    expect(li.getAttribute('data-state')).toBeNull();
    expect([...app.querySelectorAll('li[data-claim-id]')].map((x) => x.getAttribute('data-claim-id'))).toEqual([
      'roi.other',
      'roi.plan',
    ]);
  });

  it('a 2026 page: the claim is flagged as overtaken with a text label, listed first, with nothing since', () => {
    const app = tab('2026-03-01');
    const li = item(app, 'roi.plan');
    expect(li.getAttribute('data-state')).toBe('overtaken');
    expect(li.querySelector('.k-outdated')!.textContent).toContain(en('popup_claimOvertaken'));
    expect(li.querySelector('[data-since-then]')).toBeNull();
    expect(li.querySelector('.k-status-basis h4')!.textContent).toBe(en('card_status_basis'));
    expect(li.querySelector('.k-status-basis li[data-update-date]')!.getAttribute('data-update-date')).toBe(
      '2026-02-14',
    );
    expect([...app.querySelectorAll('li[data-claim-id]')].map((x) => x.getAttribute('data-claim-id'))).toEqual([
      'roi.plan',
      'roi.other',
    ]);
    // A claim without updates says where it stood too, and is not flagged.
    expect(item(app, 'roi.other').querySelector('.k-as-of')!.getAttribute('data-status')).toBe('as-stated');
  });

  it('a page without a date: the latest status, every update; the source filters apply to update sources', () => {
    const app = mount(
      h(TabClaims, {
        results: { url: 'u', claims: [row('roi.plan', 1)] },
        base,
        lang: 'en',
        filters: { ...filters, hiddenKinds: ['blog'] },
        onReveal: null,
      }),
    );
    const li = item(app, 'roi.plan');
    expect(li.querySelector('.k-as-of')!.textContent).toBe(en('card_as_of_latest', [en('card_status_overtaken')]));
    const newest = li.querySelector('.k-since-then li[data-update-date]')!;
    expect(newest.querySelectorAll('.sources li').length).toBe(0);
    expect(li.querySelectorAll('.k-since-then li[data-update-date="2026-01-30"] .sources li').length).toBe(1);
  });

  it('the lookup shows the latest status and every update', async () => {
    const app = mount(h(LookupBox, { base, lang: 'en', filters, initialQuery: 'Example Corp AI rollout' }));
    await new Promise((r) => setTimeout(r, 200));
    const li = app.querySelector('li[data-claim-id="roi.plan"]');
    expect(li?.querySelector('.k-as-of')?.getAttribute('data-status')).toBe('overtaken');
    expect(li?.querySelector('.k-as-of')?.textContent).toBe('Latest status: overtaken by later events');
    expect(li?.querySelectorAll('.k-since-then li[data-update-date]').length).toBe(2);
  });
});
