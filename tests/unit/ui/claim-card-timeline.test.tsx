/**
 * The card knows its dates: the claim as of the article, what changed since, and never "makes the claim" plainly for an
 * overtaken one.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { datedUpdates } from '../../../src/core/claim-status';
import type { SentenceMatch } from '../../../src/core/types';
import type { PageClaim } from '../../../src/evidence/page-claims';
import type { ClaimUpdate, Source } from '../../../src/evidence/schema';
import { cardText } from '../../../src/ui/card/card-text';
import { ClaimCard, type SourcesState } from '../../../src/ui/card/claim-card';
import { DEFAULT_SETTINGS, type SourceFilters } from '../../../src/storage/settings-types';

const en = cardText('en');
const ja = cardText('ja');
const source = (publisher: string, date: string, over: Partial<Source> = {}): Source => ({
  url: `https://example.org/${publisher.replace(/\W/g, '')}`,
  publisher,
  kind: 'news-agency',
  lang: 'en',
  date,
  title: `${publisher} report`,
  stance: 'disputes',
  summary: 'Reports it.',
  ...over,
});
// Written for this test; listed oldest first as the data does.
const updates: ClaimUpdate[] = [
  {
    date: '2026-01-30',
    status: 'contested',
    summary: { en: 'Talks were reported stalled.', ja: '協議の停滞が報じられた。' },
    sources: [source('Wire A', '2026-01-30')],
  },
  {
    date: '2026-02-14',
    status: 'overtaken',
    summary: { en: 'Called never a commitment; far smaller.', ja: '確約ではなく、はるかに小規模と説明。' },
    sources: [
      source('Blog B', '2026-02-14', { kind: 'blog', title: undefined }),
      source('Paper C', '2026-02-15', { kind: 'newspaper' }),
    ],
  },
];
const claim: PageClaim = {
  id: 'test.plan-100b',
  topic: 'nvidia-openai-circular',
  statement: {
    en: 'A chipmaker plans to invest up to $100 billion.',
    ja: '半導体大手が最大1000億ドルを投資する計画だ。',
  },
  summary: { en: 'Summary.', ja: '要約。' },
  entities: { en: ['Chipmaker'], ja: ['半導体大手'] },
  terms: { en: ['invest'], ja: ['投資'] },
  figures: [],
  disputes: [],
  updates: datedUpdates(updates),
};
const match = (stance: SentenceMatch['stance']): SentenceMatch => ({
  claimId: claim.id,
  topic: claim.topic,
  score: 0.7,
  stance,
  terms: ['invest'],
  figures: [],
});
const ready: SourcesState = {
  state: 'ready',
  sources: [source('Wire Z', '2025-09-22', { stance: 'supports' })],
  updates,
};

function mount(
  opts: {
    pageDate?: string;
    stance?: SentenceMatch['stance'];
    lang?: 'en' | 'ja';
    sources?: SourcesState;
    filters?: SourceFilters;
    page?: PageClaim;
  } = {},
) {
  const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  const el = document.getElementById('m')!;
  render(
    <ClaimCard
      claim={opts.page ?? claim}
      match={match(opts.stance ?? 'supports')}
      lang={opts.lang ?? 'en'}
      filters={opts.filters ?? DEFAULT_SETTINGS.sourceFilters}
      sources={opts.sources ?? ready}
      pageDate={opts.pageDate}
      now={new Date('2026-12-01')}
      onClose={() => {}}
      onNotThisClaim={() => {}}
      onRetrySources={() => {}}
    />,
    el as never,
  );
  return el;
}
const dates = (el: Element) =>
  [...el.querySelectorAll('.since-then li.update')].map(
    (li) => `${li.getAttribute('data-update-date')} ${li.getAttribute('data-status')}`,
  );

describe('the card as of the article’s date', () => {
  it('a 2025 article: the claim as stated then, and "Since then" with both updates, newest first, each with status and sources', () => {
    const el = mount({ pageDate: '2025-10-14' });
    expect(el.querySelector('.as-of')!.textContent).toBe('As of this article (2025-10-14): as stated');
    expect(el.querySelector('.stance')!.getAttribute('data-state')).toBe('supports');
    expect(el.querySelector('.since-then h3')!.textContent).toBe(en('card_since_then'));
    expect(dates(el)).toEqual(['2026-02-14 overtaken', '2026-01-30 contested']);
    expect(el.querySelector('.status-basis')).toBeNull();
    const newest = el.querySelector('.since-then li.update')!;
    expect(newest.querySelector('.status-label')!.textContent).toBe('overtaken by later events');
    expect(newest.querySelector('.update-summary')!.textContent).toBe('Called never a commitment; far smaller.');
    expect([...newest.querySelectorAll('.sources li')].map((li) => li.getAttribute('data-publisher'))).toEqual([
      'Blog B',
      'Paper C',
    ]);
    // An update source without a recorded headline links as "Open the page", never as an invented title.
    expect(newest.querySelector('li[data-publisher="Blog B"] a.title')!.textContent).toContain(
      en('card_untitled_source'),
    );
  });

  it('a 2026 article after the updates: the claim was overtaken then; it is never shown as plainly made, and nothing came later', () => {
    const el = mount({ pageDate: '2026-03-01' });
    expect(el.querySelector('.as-of')!.getAttribute('data-status')).toBe('overtaken');
    expect(el.querySelector('.as-of')!.textContent).toBe('As of this article (2026-03-01): overtaken by later events');
    const stance = el.querySelector('.stance')!;
    expect(stance.getAttribute('data-state')).toBe('overtaken');
    expect(stance.getAttribute('data-stance')).toBe('supports');
    expect(stance.textContent).toBe(en('card_stance_overtaken'));
    expect(stance.textContent).not.toBe(en('card_stance_supports'));
    expect(el.querySelector('.since-then')).toBeNull();
    // The reader told "overtaken" sees why: the update that set the status, with its sources.
    const basis = el.querySelector('.status-basis')!;
    expect(basis.querySelector('h3')!.textContent).toBe(en('card_status_basis'));
    expect([...basis.querySelectorAll('li.update')].map((li) => li.getAttribute('data-update-date'))).toEqual([
      '2026-02-14',
    ]);
    expect(basis.querySelector('.update-summary')!.textContent).toBe('Called never a commitment; far smaller.');
  });

  it('a sentence disputing the overtaken claim still reads as disputing it', () => {
    const el = mount({ pageDate: '2026-03-01', stance: 'disputes' });
    expect(el.querySelector('.stance')!.getAttribute('data-state')).toBe('disputes');
  });

  it('between the updates: the first is the status, only the second is "since then"', () => {
    const el = mount({ pageDate: '2026-02-01' });
    expect(el.querySelector('.as-of')!.getAttribute('data-status')).toBe('contested');
    expect(dates(el)).toEqual(['2026-02-14 overtaken']);
    expect(el.querySelector('.status-basis li.update')!.getAttribute('data-update-date')).toBe('2026-01-30');
  });

  it('without a page date: the latest status and every update', () => {
    const el = mount();
    expect(el.querySelector('.as-of')!.textContent).toBe(en('card_as_of_latest', [en('card_status_overtaken')]));
    expect(el.querySelector('.stance')!.getAttribute('data-state')).toBe('overtaken');
    expect(dates(el)).toEqual(['2026-02-14 overtaken', '2026-01-30 contested']);
    expect(el.querySelector('.status-basis')).toBeNull();
  });

  it('speaks Japanese when the reader reads Japanese', () => {
    const el = mount({ pageDate: '2025-10-14', lang: 'ja' });
    expect(el.querySelector('.as-of')!.textContent).toBe('この記事の時点(2025-10-14):記載どおり');
    expect(el.querySelector('.since-then h3')!.textContent).toBe(ja('card_since_then'));
    expect(el.querySelector('.since-then .update-summary')!.textContent).toBe('確約ではなく、はるかに小規模と説明。');
  });

  it('the reader’s source filters apply to update sources too', () => {
    const el = mount({ pageDate: '2025-10-14', filters: { ...DEFAULT_SETTINGS.sourceFilters, hiddenKinds: ['blog'] } });
    const newest = el.querySelector('.since-then li.update')!;
    expect([...newest.querySelectorAll('.sources li')].map((li) => li.getAttribute('data-publisher'))).toEqual([
      'Paper C',
    ]);
    expect(newest.textContent).toContain(en('card_hidden_count', ['1']));
  });

  it('the status line shows before the sources arrive; "since then" waits for them', () => {
    const el = mount({ pageDate: '2025-10-14', sources: { state: 'loading' } });
    expect(el.querySelector('.as-of')!.getAttribute('data-status')).toBe('as-stated');
    expect(el.querySelector('.since-then')).toBeNull();
  });

  it('a claim without updates says nothing about status on an undated page', () => {
    const plain = { ...claim, updates: undefined };
    expect(mount({ page: plain, sources: { ...ready, updates: [] } }).querySelector('.as-of')).toBeNull();
    expect(
      mount({ page: plain, pageDate: '2025-10-14', sources: { ...ready, updates: [] } }).querySelector('.as-of')!
        .textContent,
    ).toBe('As of this article (2025-10-14): as stated');
  });
});
