import { describe, expect, it } from 'vitest';
import type { SentenceMatch } from '../../../src/core/types';
import type { PageClaim } from '../../../src/evidence/page-claims';
import { ClaimCard } from '../../../src/ui/card/claim-card';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { mount } from './mount';

const { sources: _s, ...base } = FIXTURE_CLAIMS[0]!;
const match: SentenceMatch = {
  claimId: base.id,
  topic: base.topic,
  score: 0.6,
  stance: 'supports',
  terms: [],
  figures: [],
};
const card = (claim: PageClaim, lang: 'en' | 'ja' = 'en') =>
  mount(
    <ClaimCard
      claim={claim}
      match={match}
      lang={lang}
      filters={DEFAULT_SETTINGS.sourceFilters}
      sources={{ state: 'loading' }}
      onClose={() => {}}
      onNotThisClaim={() => {}}
      onRetrySources={() => {}}
    />,
  );

describe('the card names where an added claim comes from', () => {
  it('a feed claim names its feed, in the reader’s language', () => {
    const claim = { ...base, origin: { kind: 'feed' as const, name: { en: 'Test desk', ja: 'テストデスク' } } };
    expect(card(claim).querySelector('[data-origin="feed"]')?.textContent).toBe('From the evidence feed “Test desk”');
    expect(card(claim, 'ja').querySelector('[data-origin="feed"]')?.textContent).toBe(
      'エビデンスフィード「テストデスク」より',
    );
  });

  it('a pack claim names its pack; a bundled claim names nothing', () => {
    expect(
      card({ ...base, origin: { kind: 'pack', name: { en: 'Mine', ja: '私の' } } }).querySelector(
        '[data-origin="pack"]',
      )?.textContent,
    ).toContain('“Mine”');
    expect(card(base).querySelector('[data-origin]')).toBeNull();
  });
});
