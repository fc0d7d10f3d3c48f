import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageClaim } from '../../../src/evidence/page-claims';
import type { Claim } from '../../../src/evidence/schema';
import { cardText } from '../../../src/ui/card/card-text';
import { ClaimCard, type SourcesState } from '../../../src/ui/card/claim-card';
import { formatFigure } from '../../../src/ui/shared/format-figure';
import type { SentenceMatch } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';

// The card's strings come from the bundled locale files in the reader's language, whatever the browser's is.
const en = cardText('en');

const claim: Claim = {
  id: 'nvidia.openai-100b',
  topic: 'nvidia-openai-circular',
  statement: {
    en: 'NVIDIA plans to invest up to $100 billion in OpenAI.',
    ja: 'エヌビディアはオープンAIに最大1000億ドルを投資する計画だ。',
  },
  summary: { en: 'Summary.', ja: '要約。' },
  entities: { en: ['NVIDIA'], ja: ['エヌビディア'] },
  terms: { en: ['invest'], ja: ['投資'] },
  figures: [
    {
      value: 100,
      unit: 'USD',
      scale: 1e9,
      qualifier: 'up-to',
      measures: { en: 'investment', ja: '投資額' },
      asOf: '2025-09',
    },
  ],
  disputes: [],
  sources: [
    {
      url: 'https://example.org/a',
      publisher: 'Wire A',
      kind: 'news-agency',
      lang: 'en',
      date: '2025-09-22',
      title: 'Deal announced',
      stance: 'supports',
      summary: 'Says up to $100B.',
    },
    {
      url: 'javascript:alert(1)',
      publisher: 'Blog B',
      kind: 'blog',
      lang: 'en',
      date: '2025-10-01',
      title: 'Circular?',
      stance: 'disputes',
      summary: 'Doubts it.',
    },
    {
      url: 'https://example.org/c',
      publisher: 'Paper C',
      kind: 'newspaper',
      lang: 'ja',
      date: '2025-10-02',
      title: '報道',
      stance: 'supports',
      summary: '要約。',
    },
  ],
};
const match: SentenceMatch = {
  claimId: claim.id,
  topic: claim.topic,
  score: 0.61,
  stance: 'disputes',
  terms: ['nvidia', 'openai'],
  figures: [{ text: '$50 billion', value: 50e9, unit: 'USD', verdict: 'differs', expected: 100e9, start: 0, end: 11 }],
};

// The card gets a claim without sources (as the content script holds it) and the sources the background sent.
const { sources: claimSources, ...pageClaim } = claim;
const ready: SourcesState = { state: 'ready', sources: claimSources, updates: [] };

function mount(filters = DEFAULT_SETTINGS.sourceFilters, lang: 'en' | 'ja' = 'en', sources: SourcesState = ready) {
  const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  // Preact creates elements through the global document.
  (globalThis as { document?: unknown }).document = document;
  const el = document.getElementById('m')!;
  const onNotThisClaim = vi.fn();
  const onRetrySources = vi.fn();
  render(
    <ClaimCard
      claim={pageClaim}
      match={match}
      lang={lang}
      filters={filters}
      sources={sources}
      now={new Date('2026-01-01')}
      onClose={() => {}}
      onNotThisClaim={onNotThisClaim}
      onRetrySources={onRetrySources}
    />,
    el as never,
  );
  return { el, onNotThisClaim, onRetrySources };
}

describe('ClaimCard', () => {
  it('shows a bundled claim’s summary once the background sent it with the sources, an added claim’s at once', () => {
    const { summary: _summary, ...bundled } = pageClaim;
    const at = (claimShown: PageClaim, sources: SourcesState) => {
      const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
      (globalThis as { document?: unknown }).document = document;
      const host = document.getElementById('m')!;
      render(
        <ClaimCard
          claim={claimShown}
          match={match}
          lang="ja"
          filters={DEFAULT_SETTINGS.sourceFilters}
          sources={sources}
          onClose={() => {}}
          onNotThisClaim={() => {}}
          onRetrySources={() => {}}
        />,
        host as never,
      );
      return host.querySelector('.card > p.summary')?.textContent ?? null;
    };
    expect(at(bundled, { state: 'loading' })).toBeNull();
    expect(at(bundled, { ...ready, summary: { en: 'Sent.', ja: '送られた要約。' } })).toBe('送られた要約。');
    expect(at(bundled, ready)).toBeNull();
    expect(at(pageClaim, { state: 'loading' })).toBe('要約。');
  });

  it('says when only commentary makes the claim, and says nothing for a claim with independent sources', () => {
    const { el } = mount();
    expect(el.querySelector('[data-corroboration]')).toBeNull();
    const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
    (globalThis as { document?: unknown }).document = document;
    const host = document.getElementById('m')!;
    const unconfirmed = { ...pageClaim, corroboration: 'commentary-only' as const };
    render(
      <ClaimCard
        claim={unconfirmed}
        match={match}
        lang="ja"
        filters={DEFAULT_SETTINGS.sourceFilters}
        sources={ready}
        onClose={() => {}}
        onNotThisClaim={() => {}}
        onRetrySources={() => {}}
      />,
      host as never,
    );
    expect(host.querySelector('[data-corroboration="commentary-only"]')!.textContent).toBe(
      cardText('ja')('card_commentary_only'),
    );
  });

  it('shows the claim, the stance, the figure check and both sides', () => {
    const { el } = mount();
    expect(el.querySelector('.card')!.getAttribute('lang')).toBe('en');
    expect(el.querySelector('h2')!.textContent).toBe(claim.statement.en);
    expect(el.querySelector('.stance')!.getAttribute('data-stance')).toBe('disputes');
    expect(el.querySelector('.stance')!.textContent).toBe(en('card_stance_disputes'));
    expect(el.querySelector('.figure-text')!.textContent).toBe(
      'The article says $50 billion; sources say up to $100B.',
    );
    expect([...el.querySelectorAll('.bar-value')].map((b) => b.textContent)).toEqual(['$50 billion', 'up to $100B']);
    expect([...el.querySelectorAll('.sources.supports li')].map((li) => li.getAttribute('data-publisher'))).toEqual([
      'Wire A',
      'Paper C',
    ]);
    expect([...el.querySelectorAll('.sources.disputes li')].map((li) => li.getAttribute('data-publisher'))).toEqual([
      'Blog B',
    ]);
  });

  it('links only http(s) sources', () => {
    const { el } = mount();
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'https://example.org/c',
    ]);
  });

  it('follows the reader source filters and says how many are hidden', () => {
    const { el } = mount({ ...DEFAULT_SETTINGS.sourceFilters, hiddenPublishers: ['wire a'], hiddenLangs: ['ja'] });
    expect(el.querySelectorAll('.sources.supports li').length).toBe(0);
    expect(el.querySelector('.sources.supports')!.textContent).toContain(en('card_hidden_count', ['2']));
  });

  it('is written in the reader language, strings and claim alike, and reports "not this claim"', () => {
    const { el, onNotThisClaim } = mount(DEFAULT_SETTINGS.sourceFilters, 'ja');
    expect(el.querySelector('.card')!.getAttribute('lang')).toBe('ja');
    expect(el.querySelector('h2')!.textContent).toBe(claim.statement.ja);
    expect(el.querySelector('.brand')!.textContent).toBe('Kensho ファクトチェック');
    expect(el.querySelector('.figure-text')!.textContent).toBe(
      '記事は$50 billionとしていますが、情報源では最大1000億ドルです。',
    );
    expect([...el.querySelectorAll('.bar-value')].map((b) => b.textContent)).toEqual(['$50 billion', '最大1000億ドル']);
    // Sources keep their own language (screen readers pick the voice by it).
    expect(el.querySelector('li[data-publisher="Wire A"] .summary')!.getAttribute('lang')).toBe('en');
    (el.querySelector('.not-this') as unknown as { click(): void }).click();
    expect(onNotThisClaim).toHaveBeenCalledOnce();
  });
});

describe('ClaimCard while its sources are fetched', () => {
  it('says it is loading, with the claim and the figure check already shown (they need no sources)', () => {
    const { el } = mount(DEFAULT_SETTINGS.sourceFilters, 'en', { state: 'loading' });
    expect(el.querySelector('h2')!.textContent).toBe(claim.statement.en);
    expect(el.querySelector('.figure-text')!.textContent).toBe(
      'The article says $50 billion; sources say up to $100B.',
    );
    expect(el.querySelector('[data-sources="loading"]')!.getAttribute('role')).toBe('status');
    expect(el.querySelector('[data-sources="loading"]')!.textContent).toBe(en('card_sources_loading'));
    expect(el.querySelectorAll('section.sources').length).toBe(0);
  });

  it('says when the background could not answer and offers a retry', () => {
    const { el, onRetrySources } = mount(DEFAULT_SETTINGS.sourceFilters, 'en', { state: 'failed' });
    const failed = el.querySelector('[data-sources="failed"]')!;
    expect(failed.getAttribute('role')).toBe('alert');
    expect(failed.textContent).toContain(en('card_sources_failed'));
    expect(el.querySelectorAll('section.sources').length).toBe(0);
    (failed.querySelector('button.retry') as unknown as { click(): void }).click();
    expect(onRetrySources).toHaveBeenCalledOnce();
  });

  it('applies the source filters to the fetched sources', () => {
    const { el } = mount({
      ...DEFAULT_SETTINGS.sourceFilters,
      hiddenStances: ['disputes'],
      hiddenKinds: ['newspaper'],
    });
    expect([...el.querySelectorAll('.sources li')].map((li) => li.getAttribute('data-publisher'))).toEqual(['Wire A']);
    expect(el.querySelector('.sources.disputes')!.textContent).toContain(en('card_hidden_count', ['1']));
  });
});

describe('formatFigure', () => {
  it('formats money, percentages and power in both languages', () => {
    expect(formatFigure(157e9, 'USD', 'en')).toBe('$157B');
    expect(formatFigure(157e9, 'USD', 'ja')).toBe('1570億ドル');
    expect(formatFigure(1.4e12, 'USD', 'en')).toBe('$1.4T');
    expect(formatFigure(3e12, 'JPY', 'ja')).toBe('3兆円');
    expect(formatFigure(95, 'percent', 'en')).toBe('95%');
    expect(formatFigure(10, 'GW', 'ja')).toBe('10 GW');
  });
});
