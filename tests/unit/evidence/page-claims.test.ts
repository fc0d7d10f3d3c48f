/**
 * The content script's claim list (virtual:kensho/page-claims, built from data/*.json): every bundled claim, in order,
 * without its sources and vocabulary (requirements too) and otherwise unchanged; and the engine matches the same with
 * or without sources, the vocabulary given back (claims/vocabulary).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMatcher } from '../../../src/core/engine';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { trustedBundledClaims } from '../../../src/evidence/bundled-data';
import { addedPageClaims, bundledVocabulary } from '../../../src/background/answer-claim-sources';
import { bundledPageClaims, forMatcher, withoutSources } from '../../../src/evidence/page-claims';
import { pageEngine } from '../../../src/page/engine-script';
import { loadAddedClaims } from '../../../src/page/load-claims';
import { putPack } from '../../../src/storage/packs';
import { lookupClaims } from '../../../src/core/lookup';

const rows: { text: string; lang: 'en' | 'ja' }[] = readFileSync(
  new URL('../../fixtures/sentences/own-sentences.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

describe('the content script’s bundled claims', () => {
  const page = bundledPageClaims();

  it('carry no sources, no summary (the card asks for both) and no vocabulary (their index comes compiled)', () => {
    expect(page.length).toBeGreaterThan(0);
    for (const c of page)
      expect(
        Object.keys(c).filter((k) => ['sources', 'summary', 'terms', 'entities', 'requires'].includes(k)),
        c.id,
      ).toEqual([]);
  });

  it('are otherwise exactly the validated evidence base, in the same order', () => {
    const slim = ({ terms: _t, entities: _e, requires: _r, summary: _s, ...rest }: ReturnType<typeof withoutSources>) =>
      rest;
    expect(page).toEqual(loadBundledEvidence().map(withoutSources).map(slim));
    expect(page).toEqual(
      trustedBundledClaims().map(
        ({ sources: _sources, terms: _t, entities: _e, requires: _r, summary: _s, updates, ...rest }) =>
          updates ? { ...rest, updates: updates.map(({ date, status }) => ({ date, status })) } : rest,
      ),
    );
  });

  it('keep only the date and status of each update (the card asks for summaries and sources)', () => {
    const claim = {
      ...trustedBundledClaims()[0]!,
      updates: [
        {
          date: '2026-01-30',
          status: 'overtaken' as const,
          summary: { en: 'x', ja: 'x' },
          sources: trustedBundledClaims()[0]!.sources,
        },
      ],
    };
    expect(withoutSources(claim).updates).toEqual([{ date: '2026-01-30', status: 'overtaken' }]);
    for (const c of page)
      for (const u of c.updates ?? []) expect(Object.keys(u).sort(), c.id).toEqual(['date', 'status']);
  });

  it('match every sentence exactly as the full claims do (the engine never reads sources)', () => {
    const slim = createMatcher(forMatcher(page, bundledVocabulary()));
    const full = createMatcher(loadBundledEvidence());
    const probes = [
      ...rows,
      { text: 'Nvidia will invest $50 billion in OpenAI to build data centers.', lang: 'en' as const },
    ];
    for (const { text, lang } of probes) {
      expect(slim.matchSentence(text, lang), text).toEqual(full.matchSentence(text, lang));
      expect(slim.scanBlock(text, lang), text).toEqual(full.scanBlock(text, lang));
    }
    expect(lookupClaims(slim.index, '社債でAI投資')).toEqual(lookupClaims(full.index, '社債でAI投資'));
  });

  it('pack claims reach the page without their sources too, a bundled id still winning', async () => {
    fakeBrowser.reset();
    const bundled = trustedBundledClaims()[0]!;
    const own = { ...bundled, id: 'test.own-claim' };
    await putPack({
      id: 'p',
      name: { en: 'P', ja: 'P' },
      format: 'kensho',
      enabled: true,
      importedAt: '2026-01-01T00:00:00.000Z',
      claims: [own, { ...bundled, statement: { en: 'Shadow', ja: '影' } }],
    });
    // The always-on script asks the worker for the added claims; the engine, when it comes, puts bundled ones first.
    const added = await loadAddedClaims(addedPageClaims);
    const claims = pageEngine()
      .forPage({ vocabulary: async () => [], slicing: {} as never })
      .claims(added);
    expect(claims.map((c) => c.id)).toEqual([...page.map((c) => c.id), 'test.own-claim']);
    expect(claims.find((c) => c.id === bundled.id)!.statement.en).toBe(bundled.statement.en);
    for (const c of claims) expect(Object.keys(c), c.id).not.toContain('sources');
  });
});
