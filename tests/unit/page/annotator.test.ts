import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Matcher } from '../../../src/core/types';
import { Annotator, type AnnotatorDeps } from '../../../src/page/annotator';
import { SourcesCache } from '../../../src/page/sources-cache';
import { createCardHost } from '../../../src/ui/card/card-host';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-types';
import { fakeMatcher } from './fake-matcher';
import { CLAIM_A, CLAIM_B, claimById } from './page-claims-fixture';
import { markers, pageDom } from './page-dom';

const ARTICLE = `
  <nav><p>Nvidia menu link.</p></nav>
  <article>
    <h1>Markets today</h1>
    <p id="p1">Nvidia will invest in the lab. Nothing else here.</p>
    <p id="p2">Big Tech borrowing is rising fast.</p>
    <aside><p>Nvidia in a sidebar.</p></aside>
  </article>`;

const RULES = [
  { keyword: 'Nvidia', claimId: CLAIM_A },
  { keyword: 'borrowing', claimId: CLAIM_B, stance: 'disputes' as const },
];

function setup(
  opts: {
    settings?: Settings;
    matcher?: Matcher;
    body?: string;
    mayMatch?: AnnotatorDeps['mayMatch'];
    /** A CSS highlight registry to paint into (the Highlight API painter) instead of the fallback's boxes. */
    highlights?: Map<string, Set<Range>>;
  } = {},
) {
  const { doc } = pageDom(opts.body ?? ARTICLE);
  if (opts.highlights) {
    const registry = opts.highlights;
    const view = new Proxy(doc.defaultView!, {
      get: (win, key) => (key === 'CSS' ? { highlights: registry } : key === 'Highlight' ? Set : Reflect.get(win, key)),
    });
    Object.defineProperty(doc, 'defaultView', { value: view, configurable: true });
  }
  const controller = new AbortController();
  let settings = opts.settings ?? DEFAULT_SETTINGS;
  const report = vi.fn();
  const recordFalsePositive = vi.fn(async () => {});
  const getMatcher = vi.fn(() => opts.matcher ?? fakeMatcher(RULES));
  const deps: AnnotatorDeps = {
    doc,
    signal: controller.signal,
    lang: () => 'en',
    getMatcher,
    getClaim: claimById,
    getSettings: () => settings,
    sources: new SourcesCache(
      async (ids) => ids.map((claimId) => ({ claimId, sources: [], updates: [] })),
      controller.signal,
    ),
    // The card UI as card.js installs it, already loaded (the loading itself: card-loader.test.ts, e2e).
    loadCardUi: () => ({ createCardHost }),
    report,
    recordFalsePositive,
    forceFallback: !opts.highlights,
    mayMatch: opts.mayMatch,
  };
  const annotator = new Annotator(deps);
  return {
    doc,
    annotator,
    controller,
    report,
    recordFalsePositive,
    getMatcher,
    setSettings: (s: Settings) => (settings = s),
  };
}

let cleanup: AbortController | null = null;
afterEach(() => cleanup?.abort());

describe('Annotator', () => {
  it('marks each matching sentence of the article, not page chrome, and reports a summary per claim', async () => {
    const { doc, annotator, controller, report } = setup();
    cleanup = controller;
    await annotator.rescanAll();
    expect(markers(doc)).toEqual([`${CLAIM_A} supports`, `${CLAIM_B} disputes`]);
    expect(annotator.ordered().map((a) => a.sentence)).toEqual([
      expect.stringContaining('Nvidia will invest'),
      expect.stringContaining('Big Tech borrowing'),
    ]);
    expect(report).toHaveBeenLastCalledWith([
      expect.objectContaining({ claimId: CLAIM_A, count: 1, stances: ['supports'] }),
      expect.objectContaining({ claimId: CLAIM_B, count: 1, stances: ['disputes'] }),
    ]);
    // Markers are placed (the layout shim gives every sentence a line box) and fallback boxes drawn.
    expect(doc.querySelectorAll('kensho-box').length).toBe(2);
    expect(doc.querySelector('kensho-marker')!.getAttribute('style')).toContain('translate(');
  });

  it('leaves out stances the reader does not highlight', async () => {
    const { doc, annotator, controller } = setup({ settings: { ...DEFAULT_SETTINGS, highlightStances: ['supports'] } });
    cleanup = controller;
    await annotator.rescanAll();
    expect(markers(doc)).toEqual([`${CLAIM_A} supports`]);
  });

  it('rescans only changed blocks: an untouched sentence keeps its marker, new text gets one', async () => {
    const { doc, annotator, controller, report } = setup();
    cleanup = controller;
    await annotator.rescanAll();
    const first = doc.querySelector(`kensho-marker[data-kensho-claim="${CLAIM_A}"]`);
    const p3 = doc.createElement('p');
    p3.textContent = 'More borrowing announced today.';
    doc.querySelector('article')!.appendChild(p3);
    const p2 = doc.getElementById('p2')!;
    p2.textContent = 'Nothing to see.';
    // A batch naming the whole article (its child list changed): p1 is unchanged and must be kept, not redone.
    await annotator.rescanElements([doc.querySelector('article')!]);
    expect(doc.querySelector(`kensho-marker[data-kensho-claim="${CLAIM_A}"]`)).toBe(first);
    expect(annotator.ordered().map((a) => a.block.element.id || a.block.element.textContent)).toEqual([
      'p1',
      'More borrowing announced today.',
    ]);
    expect(report).toHaveBeenLastCalledWith([
      expect.objectContaining({ claimId: CLAIM_A }),
      expect.objectContaining({ claimId: CLAIM_B, count: 1 }),
    ]);
  });

  it('opens a card from a marker, and "not this claim" records the sentence and never annotates it again', async () => {
    const { doc, annotator, controller, recordFalsePositive } = setup();
    cleanup = controller;
    await annotator.rescanAll();
    const marker = doc.querySelector(`kensho-marker[data-kensho-claim="${CLAIM_B}"]`)!;
    (marker.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(doc.querySelector('kensho-card')).not.toBeNull();
    expect(marker.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    const card = doc.querySelector('kensho-card')!.shadowRoot!;
    const notThis = [...card.querySelectorAll('button')].find(
      (b) => b.getAttribute('data-action') === 'not-this-claim' || /not this claim/i.test(b.textContent ?? ''),
    );
    expect(notThis, 'the card has a "not this claim" button').toBeDefined();
    notThis!.click();
    await vi.waitFor(() =>
      expect(recordFalsePositive).toHaveBeenCalledWith(
        expect.objectContaining({ match: expect.objectContaining({ claimId: CLAIM_B }) }),
      ),
    );
    await annotator.rescanAll();
    expect(markers(doc)).toEqual([`${CLAIM_A} supports`]);
  });

  it('drops stale work: a rescan started while another waits for the matcher wins, and nothing is doubled', async () => {
    let release!: (m: Matcher) => void;
    const slow = new Promise<Matcher>((r) => (release = r));
    const { doc, annotator, controller, getMatcher } = setup();
    cleanup = controller;
    getMatcher.mockReturnValueOnce(slow as never);
    const a = annotator.rescanAll();
    const b = annotator.rescanAll();
    release(fakeMatcher(RULES));
    await Promise.all([a, b]);
    expect(markers(doc)).toEqual([`${CLAIM_A} supports`, `${CLAIM_B} disputes`]);
  });

  it('scans a long page in time slices, giving the thread back between them', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}: Nvidia will invest again.</p>`).join(
      '',
    );
    const slow = fakeMatcher(RULES);
    const scanBlock = slow.scanBlock.bind(slow);
    // About 2 ms of matching per block: 40 blocks cannot fit one 8 ms slice.
    slow.scanBlock = (text, lang) => {
      const until = performance.now() + 2;
      while (performance.now() < until);
      return scanBlock(text, lang);
    };
    const { doc, annotator, controller } = setup({ matcher: slow, body: `<article>${paragraphs}</article>` });
    cleanup = controller;
    let markersWhenOtherTaskRan = -1;
    setTimeout(() => (markersWhenOtherTaskRan = markers(doc).length), 0);
    await annotator.rescanAll();
    expect(markers(doc)).toHaveLength(40);
    expect(markersWhenOtherTaskRan).toBeGreaterThanOrEqual(0);
    expect(markersWhenOtherTaskRan).toBeLessThan(40);
  });

  // On a live blog of 20,000 claim-free paragraphs, the matcher's scan of each once one block passed allocated enough
  // for GC pauses that were long tasks; the probe allocates next to nothing.
  it('gives the matcher only blocks the probe passes, also after one has passed', async () => {
    const matcher = fakeMatcher(RULES);
    const scanned = vi.spyOn(matcher, 'scanBlock');
    const filler = Array.from({ length: 6 }, (_, i) => `<p>Filler paragraph number ${i} about nothing.</p>`).join('');
    const { doc, annotator, controller } = setup({
      matcher,
      body: `<article><p>Nvidia will invest in the lab.</p>${filler}<p>Big Tech borrowing is rising fast.</p></article>`,
      mayMatch: (b) => /Nvidia|borrowing/.test(b.text),
    });
    cleanup = controller;
    await annotator.rescanAll();
    expect(markers(doc)).toEqual([`${CLAIM_A} supports`, `${CLAIM_B} disputes`]);
    expect(scanned.mock.calls.map(([text]) => text)).toEqual([
      'Nvidia will invest in the lab.',
      'Big Tech borrowing is rising fast.',
    ]);
  });

  it('reads the page on a task of its own, not in the one that asked for the scan (DOMContentLoaded)', async () => {
    const { doc, annotator, controller } = setup();
    cleanup = controller;
    const read = vi.spyOn(doc, 'querySelectorAll');
    const done = annotator.rescanAll();
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(read).not.toHaveBeenCalled();
    await done;
    expect(read).toHaveBeenCalled();
    expect(markers(doc)).toEqual([`${CLAIM_A} supports`, `${CLAIM_B} disputes`]);
  });

  it('leaves a page where it finds nothing untouched: no layer, no layout read', async () => {
    const { doc, annotator, controller, report } = setup({ mayMatch: () => false });
    cleanup = controller;
    const read = vi.spyOn(doc.defaultView!.Element.prototype, 'getBoundingClientRect');
    await annotator.rescanAll();
    expect(report).toHaveBeenLastCalledWith([]);
    expect(doc.querySelector('kensho-layer')).toBeNull();
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('registers highlights with its first annotation, none on a page where it finds nothing', async () => {
    const registry = new Map<string, Set<Range>>();
    const none = setup({ mayMatch: () => false, highlights: registry });
    cleanup = none.controller;
    await none.annotator.rescanAll();
    expect(registry.size).toBe(0);
    none.controller.abort();
    const found = setup({ highlights: registry });
    cleanup = found.controller;
    await found.annotator.rescanAll();
    expect([...registry.values()].reduce((n, h) => n + h.size, 0)).toBe(2);
    found.controller.abort();
    expect(registry.size).toBe(0);
  });

  it('removes everything it added when its signal aborts', async () => {
    const { doc, annotator, controller } = setup();
    await annotator.rescanAll();
    expect(doc.querySelector('kensho-layer')).not.toBeNull();
    controller.abort();
    expect(doc.querySelector('kensho-layer')).toBeNull();
    expect(markers(doc)).toEqual([]);
    await annotator.rescanAll();
    expect(markers(doc)).toEqual([]);
  });
});
