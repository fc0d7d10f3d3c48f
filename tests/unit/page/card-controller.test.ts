import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../../src/page/card-controller';
import { Layer } from '../../../src/page/layer';
import type { LiveAnnotation } from '../../../src/page/marker-placement';
import { SourcesCache, type FetchSources } from '../../../src/page/sources-cache';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { createCardHost } from '../../../src/ui/card/card-host';
import { cardText } from '../../../src/ui/card/card-text';
import { createMarker } from '../../../src/ui/marker/marker';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { CLAIM_A, CLAIM_B, claimById } from './page-claims-fixture';
import { pageDom } from './page-dom';

let controller = new AbortController();
afterEach(() => controller.abort());

function setup(fetch: FetchSources) {
  const { doc } = pageDom('<article><p id="a">Nvidia will invest.</p><p id="b">Borrowing rises.</p></article>');
  controller = new AbortController();
  const layer = new Layer(doc);
  let gone = false;
  const onActiveChange = vi.fn();
  const onNotThisClaim = vi.fn(async () => {});
  const cards = new CardController({
    layer,
    signal: controller.signal,
    lang: () => 'en',
    getClaim: claimById,
    getSettings: () => DEFAULT_SETTINGS,
    sources: new SourcesCache(fetch, controller.signal),
    gone: () => gone,
    // The card UI as card.js installs it, already loaded (the loading itself: card-loader.test.ts, e2e).
    loadUi: () => ({ createCardHost }),
    onNotThisClaim,
    onActiveChange,
  });
  const annotation = (id: string, claimId: string): LiveAnnotation => {
    const text = doc.getElementById(id)!.firstChild as Text;
    const range = doc.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.data.length);
    const marker = createMarker(doc, {
      claimId,
      stance: 'supports',
      label: 'm',
      lang: 'en',
      onOpen: () => {},
      signal: controller.signal,
    });
    layer.host.appendChild(marker.host);
    const match = {
      claimId,
      topic: claimById(claimId)?.topic ?? 'ai-debt-financing',
      score: 0.9,
      stance: 'supports' as const,
      terms: [],
      figures: [],
    };
    return {
      block: { element: doc.getElementById(id)!, text: text.data, segments: [], lang: 'en' } as never,
      start: 0,
      end: text.data.length,
      sentence: text.data,
      match,
      others: [],
      range,
      marker,
    };
  };
  const card = () => doc.querySelector('kensho-card')?.shadowRoot ?? null;
  return { doc, cards, annotation, card, onActiveChange, onNotThisClaim, setGone: () => (gone = true) };
}

const sourcesOf = (id: string) => FIXTURE_CLAIMS.find((c) => c.id === id)!.sources;
const answer = async (ids: string[]) => ids.map((claimId) => ({ claimId, sources: sourcesOf(claimId), updates: [] }));
const expanded = (a: LiveAnnotation) => a.marker.button.getAttribute('aria-expanded');

describe('CardController', () => {
  it('opens one card at a time under its marker, loads its sources, and closes with focus back on the marker', async () => {
    const { cards, annotation, card, onActiveChange } = setup(answer);
    const a = annotation('a', CLAIM_A);
    const b = annotation('b', CLAIM_B);
    expect(cards.open(a)).toBe(true);
    expect(cards.current).toBe(a);
    expect(expanded(a)).toBe('true');
    expect(onActiveChange).toHaveBeenLastCalledWith(a);
    expect(card()!.querySelector('[data-sources="loading"]')).not.toBeNull();
    await vi.waitFor(() => expect(card()!.querySelectorAll('.sources li').length).toBe(sourcesOf(CLAIM_A).length));

    cards.open(b);
    expect(expanded(a)).toBe('false');
    expect(cards.current).toBe(b);

    const focus = vi.spyOn(b.marker.button, 'focus');
    cards.close(true);
    expect(cards.current).toBeNull();
    expect(expanded(b)).toBe('false');
    expect(onActiveChange).toHaveBeenLastCalledWith(null);
    expect(focus).toHaveBeenCalled();
  });

  it('does not open for a claim it does not know', () => {
    const { cards, annotation, card } = setup(answer);
    expect(cards.open(annotation('a', 'no.such-claim'))).toBe(false);
    expect(card()).toBeNull();
  });

  it('offers a retry when the background does not answer, and the retry loads them', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('worker asleep')).mockImplementation(answer);
    const { cards, annotation, card } = setup(fetch);
    cards.open(annotation('a', CLAIM_A));
    await vi.waitFor(() => expect(card()!.querySelector('[data-sources="failed"]')).not.toBeNull());
    (card()!.querySelector('button.retry') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(card()!.querySelectorAll('.sources li').length).toBeGreaterThan(0));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shows nothing late once the page session is gone', async () => {
    let resolve!: (v: Awaited<ReturnType<FetchSources>>) => void;
    const { cards, annotation, card, setGone } = setup(() => new Promise((r) => (resolve = r)));
    cards.open(annotation('a', CLAIM_A));
    await vi.waitFor(() => expect(resolve).toBeDefined());
    setGone();
    resolve(await answer([CLAIM_A]));
    await new Promise((r) => setTimeout(r, 10));
    expect(card()!.querySelector('[data-sources="loading"]')).not.toBeNull();
  });

  it('closes when the reader presses outside the card and its marker, not inside', () => {
    const { doc, cards, annotation } = setup(answer);
    const a = annotation('a', CLAIM_A);
    cards.open(a);
    const press = (target: EventTarget, path: EventTarget[]) => {
      const e = new doc.defaultView!.Event('pointerdown', { bubbles: true }) as Event;
      Object.defineProperty(e, 'composedPath', { value: () => path });
      target.dispatchEvent(e);
    };
    press(a.marker.host, [a.marker.host, doc.documentElement, doc]);
    expect(cards.current).toBe(a);
    const body = doc.getElementById('b')!;
    press(body, [body, doc.body, doc.documentElement, doc]);
    expect(cards.current).toBeNull();
  });

  it('"not this claim" is handed to the page session, and the card says it was saved', async () => {
    const { cards, annotation, card, onNotThisClaim } = setup(answer);
    const a = annotation('a', CLAIM_A);
    cards.open(a);
    const button = [...card()!.querySelectorAll('button')].find(
      (b) => b.textContent === cardText('en')('card_not_this_claim'),
    )!;
    button.click();
    expect(onNotThisClaim).toHaveBeenCalledWith(a);
    await vi.waitFor(() =>
      expect(card()!.querySelector('.card')!.textContent).toContain(cardText('en')('card_reported')),
    );
  });
});
