import { describe, expect, it } from 'vitest';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { exportClaimReviews, toClaimReview } from '../../../src/evidence/claimreview';
import { importClaimReviews } from '../../../src/evidence/claimreview-import';
import { clone, makeClaim } from './fixtures';

const claims = loadBundledEvidence();
/** A review as a third-party fact-checker might publish it (written for this test). */
const thirdParty = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example.org/2025/10/nvidia-pays-openai-to-buy-its-chips',
  claimReviewed: 'Nvidia is paying OpenAI to buy its own chips',
  datePublished: '2025-10-20T09:00:00Z',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A commentator' } },
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
  ...over,
});

describe('ClaimReview export', () => {
  it('produces schema.org ClaimReview with the fields Google Fact Check Tools reads', () => {
    const doc = toClaimReview(
      claims.find((c) => c.id === 'imf.not-debt-financed')!,
      { reviewUrl: (c) => `https://kensho.example/claims/${c.id}` },
    );
    expect(doc).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://kensho.example/claims/imf.not-debt-financed',
      inLanguage: 'en',
      claimReviewed: expect.stringContaining('IMF'),
      author: { '@type': 'Organization', name: 'Kensho' },
      itemReviewed: { '@type': 'Claim', author: { name: 'Reuters (Japanese edition)' }, datePublished: '2025-10-14' },
      reviewRating: { '@type': 'Rating', alternateName: expect.stringMatching(/^Disputed/) },
    });
    const appearance = (doc.itemReviewed as { appearance: { url: string }[] }).appearance;
    expect(appearance.map((a) => a.url)).toContain(
      'https://jp.reuters.com/markets/japan/OVXJSHTFUBIU3OS54A57FVTSBY-2025-10-14/',
    );
  });

  it('writes the statement in the requested language', () => {
    const [doc] = exportClaimReviews([claims[0]!], { lang: 'ja' });
    expect(doc).toMatchObject({ inLanguage: 'ja', claimReviewed: claims[0]!.statement.ja });
  });
});

describe('ClaimReview import', () => {
  it('round-trips the whole evidence base exactly, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      const json = JSON.parse(JSON.stringify(exportClaimReviews(claims, { lang })));
      expect(importClaimReviews(json)).toEqual({ ok: true, claims });
      expect(importClaimReviews({ '@context': 'https://schema.org', '@graph': json })).toEqual({ ok: true, claims });
    }
  });

  it('still validates Kensho fields on the way back in', () => {
    const doc = clone(toClaimReview(makeClaim('roi.x')));
    const props = doc.additionalProperty as { propertyID: string; value: string }[];
    props.find((p) => p.propertyID === 'kensho:topic')!.value = 'not-a-topic';
    const r = importClaimReviews(doc);
    expect(r.ok ? '' : r.error.path).toBe('[0].topic');
    props.find((p) => p.propertyID === 'kensho:sources')!.value = '{broken';
    expect(importClaimReviews(doc)).toMatchObject({
      ok: false,
      error: { path: '[0].additionalProperty[kensho:sources]' },
    });
  });

  it('turns a third-party review into a valid claim with sensible defaults', () => {
    const r = importClaimReviews(thirdParty());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [claim] = r.claims;
    expect(claim).toMatchObject({
      id: expect.stringMatching(/^cr\.[a-z0-9.-]+$/),
      topic: 'nvidia-openai-circular',
      statement: {
        en: 'Nvidia is paying OpenAI to buy its own chips',
        ja: 'Nvidia is paying OpenAI to buy its own chips',
      },
      entities: { en: ['A commentator'] },
      disputes: [],
      figures: [],
    });
    expect(claim!.sources).toEqual([
      expect.objectContaining({
        url: 'https://factcheck.example.org/2025/10/nvidia-pays-openai-to-buy-its-chips',
        publisher: 'Example Fact Check',
        date: '2025-10-20',
        lang: 'en',
        stance: 'disputes',
      }),
    ]);
    expect(importClaimReviews(thirdParty())).toEqual(r); // ids are stable
  });

  it('uses a provided topic, and refuses to guess when the text gives no clear topic', () => {
    const vague = thirdParty({ claimReviewed: 'The weather will be fine tomorrow' });
    expect(importClaimReviews(vague)).toMatchObject({
      ok: false,
      error: { path: '[0].claimReviewed', message: expect.stringMatching(/topic/) },
    });
    const r = importClaimReviews(vague, { topic: 'ai-roi' });
    expect(r.ok && r.claims[0]!.topic).toBe('ai-roi');
  });

  it('maps ratings to stances and Japanese reviews to Japanese sources', () => {
    const stance = (rating: Record<string, unknown>) => {
      const r = importClaimReviews(thirdParty({ reviewRating: { '@type': 'Rating', ...rating } }));
      return r.ok ? r.claims[0]!.sources[0]!.stance : r.error.message;
    };
    expect(stance({ alternateName: 'True' })).toBe('supports');
    expect(stance({ alternateName: '誤り' })).toBe('disputes');
    expect(stance({ ratingValue: 5, bestRating: 5, worstRating: 1 })).toBe('supports');
    expect(stance({ alternateName: 'Half true' })).toBe('context');
    const ja = importClaimReviews(thirdParty({ inLanguage: 'ja', claimReviewed: 'エヌビディアの投資は還流している' }));
    expect(ja.ok && ja.claims[0]!.sources[0]!.lang).toBe('ja');
  });

  it('rejects reviews it cannot source or date, and non-http addresses', () => {
    expect(importClaimReviews(thirdParty({ url: undefined }))).toMatchObject({ ok: false, error: { path: '[0].url' } });
    expect(importClaimReviews(thirdParty({ url: 'javascript:alert(1)' }))).toMatchObject({
      ok: false,
      error: { path: '[0].url' },
    });
    expect(importClaimReviews(thirdParty({ datePublished: undefined }))).toMatchObject({
      ok: false,
      error: { path: '[0].datePublished' },
    });
    expect(importClaimReviews({ '@type': 'NewsArticle' })).toMatchObject({ ok: false, error: { path: '(root)' } });
    expect(importClaimReviews([thirdParty(), thirdParty()])).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/duplicate id/) },
    });
  });
});

describe('ClaimReview: review dates and dated updates', () => {
  const update = (date: string, status: 'contested' | 'overtaken') => ({
    date,
    status,
    summary: { en: `Update of ${date}.`, ja: `${date}の更新。` },
    sources: [
      {
        url: `https://example.org/${date}`,
        publisher: 'Example Wire',
        kind: 'news-agency' as const,
        lang: 'en' as const,
        date,
        stance: 'disputes' as const,
        summary: 'Reports the change.',
        via: 'Example Agency',
        note: 'Headline not visible in the copy we saw.',
      },
    ],
  });
  const dated = makeClaim('roi.dated', {
    reviewed: '2026-11-20',
    updates: [update('2026-01-30', 'contested'), update('2026-02-14', 'overtaken')],
  });

  it('exports each update as a later review of the same claim, dated and rated by what it did', () => {
    const docs = exportClaimReviews([dated, makeClaim('roi.plain')]);
    expect(docs).toHaveLength(4);
    expect(docs[0]).toMatchObject({
      datePublished: '2026-11-20',
      reviewRating: { alternateName: 'Overtaken by later events' },
    });
    expect(docs[1]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: dated.statement.en,
      reviewBody: 'Update of 2026-01-30.',
      datePublished: '2026-01-30',
      reviewRating: { alternateName: 'Contested by later reporting' },
      itemReviewed: { appearance: [{ url: 'https://example.org/2026-01-30', publisher: { name: 'Example Wire' } }] },
      additionalProperty: [
        { propertyID: 'kensho:updateOf', value: 'roi.dated' },
        { propertyID: 'kensho:status', value: 'contested' },
      ],
    });
    // A source without a title gets no headline rather than an invented one.
    expect((docs[1]!.itemReviewed as { appearance: Record<string, unknown>[] }).appearance[0]).not.toHaveProperty(
      'headline',
    );
    expect(docs[2]).toMatchObject({ datePublished: '2026-02-14', reviewBody: 'Update of 2026-02-14.' });
    expect(docs[3]).toMatchObject({ claimReviewed: makeClaim('roi.plain').statement.en });
  });

  it('round-trips reviewed, updates, notes, via and a missing title exactly; later reviews are not claims of their own', () => {
    for (const lang of ['en', 'ja'] as const) {
      const json = JSON.parse(JSON.stringify(exportClaimReviews([dated, makeClaim('roi.plain')], { lang })));
      expect(importClaimReviews(json)).toEqual({ ok: true, claims: [dated, makeClaim('roi.plain')] });
    }
  });

  it('an old export without the new fields still imports, and later reviews alone are refused with a reason', () => {
    const old = clone(toClaimReview(makeClaim('roi.old')));
    expect(importClaimReviews(old)).toEqual({ ok: true, claims: [makeClaim('roi.old')] });
    const laterOnly = exportClaimReviews([dated]).slice(1);
    expect(importClaimReviews(laterOnly)).toMatchObject({
      ok: false,
      error: { path: '(root)', message: expect.stringMatching(/only later reviews/) },
    });
  });

  it('validates updates on the way back in', () => {
    const doc = clone(toClaimReview(dated));
    const props = doc.additionalProperty as { propertyID: string; value: string }[];
    const updates = props.find((p) => p.propertyID === 'kensho:updates')!;
    updates.value = JSON.stringify([{ ...update('2026-01-30', 'contested'), status: 'debunked' }]);
    expect(importClaimReviews(doc)).toMatchObject({ ok: false, error: { path: '[0].updates[0].status' } });
    updates.value = '[{';
    expect(importClaimReviews(doc)).toMatchObject({
      ok: false,
      error: { path: '[0].additionalProperty[kensho:updates]' },
    });
  });
});
