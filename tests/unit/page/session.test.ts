import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatcherOptions } from '../../../src/core/types';
import type { PageClaim } from '../../../src/evidence/page-claims';
import { PageSession, type SessionDeps } from '../../../src/page/session';
import { createCardHost } from '../../../src/ui/card/card-host';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-types';
import { fakeMatcher } from './fake-matcher';
import { CLAIM_A, CLAIM_B, PAGE_CLAIMS } from './page-claims-fixture';
import { markers, pageDom } from './page-dom';

const BODY = `<article><p>Nvidia will invest in the lab.</p><p>Big Tech borrowing is rising fast.</p></article>`;
const RULES = [
  { keyword: 'Nvidia', claimId: CLAIM_A },
  { keyword: 'borrowing', claimId: CLAIM_B, stance: 'disputes' as const },
];

function setup(settings: Settings = DEFAULT_SETTINGS, url?: string, probe: SessionDeps['probe'] = () => true) {
  const { doc } = pageDom(BODY, url);
  const controller = new AbortController();
  const report = vi.fn();
  const createMatcher = vi.fn(async (_claims: readonly PageClaim[], _options: MatcherOptions) => fakeMatcher(RULES));
  const deps: SessionDeps = {
    doc,
    signal: controller.signal,
    uiLanguage: 'en-US',
    settings,
    added: [],
    matching: () => ({ claims: (added) => [...PAGE_CLAIMS, ...added], createMatcher }),
    probe,
    fetchSources: async () => [],
    loadCardUi: () => ({ createCardHost }),
    report,
    recordFalsePositive: async () => {},
    navigationDelay: 0,
  };
  const session = new PageSession(deps);
  return { doc, session, controller, report, createMatcher, deps };
}

/** Waits for the session's annotator to finish what it queued. */
async function settled(session: PageSession): Promise<void> {
  await vi.waitFor(() => expect(session.annotator).not.toBeNull());
  await session.annotator!.rescanAll();
}

let cleanup: AbortController | null = null;
afterEach(() => cleanup?.abort());

describe('PageSession', () => {
  it('annotates when the settings allow this host, and reports nothing where Kensho is paused', async () => {
    const on = setup();
    cleanup = on.controller;
    on.session.start();
    await settled(on.session);
    expect(markers(on.doc)).toEqual([`${CLAIM_A} supports`, `${CLAIM_B} disputes`]);
    expect(on.createMatcher).toHaveBeenCalledWith(PAGE_CLAIMS, { strictness: 'balanced' });

    const paused = setup({ ...DEFAULT_SETTINGS, pausedSites: ['www.reuters.com'] });
    paused.session.start();
    expect(paused.session.annotator).toBeNull();
    expect(paused.report).toHaveBeenCalledWith([]);
    expect(paused.createMatcher).not.toHaveBeenCalled();
    paused.controller.abort();
  });

  it('moves the same matcher to the new strictness (no index rebuild) and rescans, only when strictness changes', async () => {
    const { session, controller, createMatcher } = setup();
    cleanup = controller;
    session.start();
    await settled(session);
    expect(createMatcher).toHaveBeenCalledTimes(1);
    const built = (await createMatcher.mock.results[0]!.value) as ReturnType<typeof fakeMatcher>;
    const moved = vi.spyOn(built, 'withOptions');

    session.onSettings({ ...DEFAULT_SETTINGS, strictness: 'strict' });
    await settled(session);
    expect(createMatcher).toHaveBeenCalledTimes(1);
    expect(moved).toHaveBeenCalledWith({ strictness: 'strict' });

    // A stance filter change rescans with the same matcher; a look-only change does not rescan at all.
    session.onSettings({ ...DEFAULT_SETTINGS, strictness: 'strict', highlightStances: ['disputes'] });
    await settled(session);
    expect(createMatcher).toHaveBeenCalledTimes(1);
    expect(moved).toHaveBeenCalledTimes(1);
    const rescan = vi.spyOn(session.annotator!, 'rescanAll');
    session.onSettings({
      ...DEFAULT_SETTINGS,
      strictness: 'strict',
      highlightStances: ['disputes'],
      highlightStyle: 'underline',
    });
    expect(rescan).not.toHaveBeenCalled();
  });

  it('applies a stance filter change to the page', async () => {
    const { doc, session, controller } = setup();
    cleanup = controller;
    session.start();
    await settled(session);
    session.onSettings({ ...DEFAULT_SETTINGS, highlightStances: ['disputes'] });
    await settled(session);
    expect(markers(doc)).toEqual([`${CLAIM_B} disputes`]);
  });

  it('turns off when the reader pauses the site, and on again when they resume', async () => {
    const { doc, session, controller, report } = setup();
    cleanup = controller;
    session.start();
    await settled(session);
    session.onSettings({ ...DEFAULT_SETTINGS, pausedSites: ['www.reuters.com'] });
    expect(session.annotator).toBeNull();
    expect(markers(doc)).toEqual([]);
    expect(report).toHaveBeenLastCalledWith([]);
    session.onSettings(DEFAULT_SETTINGS);
    await settled(session);
    expect(markers(doc)).toHaveLength(2);
  });

  it('new claims (a pack) rebuild the matcher over the bundled and added claims and rescan', async () => {
    const { session, controller, createMatcher } = setup();
    cleanup = controller;
    session.start();
    await settled(session);
    const pack = [{ ...PAGE_CLAIMS[0]!, id: 'test.pack-claim' }];
    session.onClaims(pack);
    await settled(session);
    expect(createMatcher).toHaveBeenLastCalledWith([...PAGE_CLAIMS, ...pack], { strictness: 'balanced' });
  });

  it('never asks for the engine when the probe fires on no block, unless the reader added claims', async () => {
    const quiet = setup(DEFAULT_SETTINGS, undefined, () => false);
    cleanup = quiet.controller;
    const matching = vi.spyOn(quiet.deps, 'matching');
    quiet.session.start();
    await settled(quiet.session);
    expect(matching).not.toHaveBeenCalled();
    expect(markers(quiet.doc)).toEqual([]);
    expect(quiet.report).toHaveBeenLastCalledWith([]);
    quiet.controller.abort();

    // Only the block the probe fires on goes to the matcher.
    const one = setup(DEFAULT_SETTINGS, undefined, (b) => b.text.includes('borrowing'));
    cleanup = one.controller;
    one.session.start();
    await settled(one.session);
    expect(markers(one.doc)).toEqual([`${CLAIM_B} disputes`]);
    one.controller.abort();

    const withPack = setup(DEFAULT_SETTINGS, undefined, () => false);
    cleanup = withPack.controller;
    withPack.deps.added = [{ ...PAGE_CLAIMS[0]!, id: 'test.pack-claim' }];
    const session = new PageSession(withPack.deps);
    session.start();
    await settled(session);
    expect(markers(withPack.doc)).toEqual([`${CLAIM_A} supports`, `${CLAIM_B} disputes`]);
  });

  it('asks for the engine again on the next scan when its load failed', async () => {
    const { doc, session, controller, deps } = setup();
    cleanup = controller;
    const engine = deps.matching();
    const matching = vi
      .spyOn(deps, 'matching')
      .mockRejectedValueOnce(new Error('the engine script did not install itself in this frame'))
      .mockReturnValue(engine);
    session.start();
    await settled(session);
    expect(markers(doc)).toHaveLength(2);
    expect(matching).toHaveBeenCalledTimes(2);
  });

  it('stop() removes everything and stays quiet; so does the page context ending', async () => {
    const a = setup();
    a.session.start();
    await settled(a.session);
    a.session.stop();
    expect(markers(a.doc)).toEqual([]);
    expect(a.report).toHaveBeenLastCalledWith([]);
    a.session.onSettings({ ...DEFAULT_SETTINGS, strictness: 'loose' });
    expect(a.session.annotator).toBeNull();
    a.controller.abort();

    const b = setup();
    b.session.start();
    await settled(b.session);
    b.controller.abort();
    expect(b.doc.querySelector('kensho-layer')).toBeNull();
    expect(b.session.annotator).toBeNull();
  });

  it('after an SPA navigation, clears the old view at once and scans the new one', async () => {
    const { doc, session, controller } = setup();
    cleanup = controller;
    session.start();
    await settled(session);
    doc.querySelector('article')!.innerHTML = '<p>Only borrowing news now.</p>';
    session.onLocationChange();
    expect(markers(doc)).toEqual([]);
    await vi.waitFor(() => expect(markers(doc)).toEqual([`${CLAIM_B} disputes`]));
  });
});
