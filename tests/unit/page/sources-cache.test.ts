import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '../../../src/evidence/schema';
import type { ClaimSources } from '../../../src/messaging/protocol';
import { SourcesCache } from '../../../src/page/sources-cache';

const source: Source = {
  url: 'https://example.org/a',
  publisher: 'Wire A',
  kind: 'news-agency',
  lang: 'en',
  date: '2025-09-22',
  title: 'T',
  stance: 'supports',
  summary: 'S',
};
const answer = (ids: string[]): ClaimSources[] => ids.map((claimId) => ({ claimId, sources: [source], updates: [] }));
const evidence = { sources: [source], updates: [] };

describe('the page session’s sources cache', () => {
  afterEach(() => vi.useRealTimers());

  it('asks the background once per claim, also for overlapping requests', async () => {
    const fetch = vi.fn(async (ids: string[]) => answer(ids));
    const cache = new SourcesCache(fetch, new AbortController().signal);
    expect(cache.peek('a')).toBeUndefined();
    const [x, y] = await Promise.all([cache.load('a'), cache.load('a')]);
    expect(x).toEqual(evidence);
    expect(y).toBe(x);
    expect(await cache.load('a')).toBe(x);
    expect(cache.peek('a')).toBe(x);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(['a']);
  });

  it('keeps the claim’s summary the background sends with its sources, and drops a malformed one', async () => {
    const summary = { en: 'Summary.', ja: '要約。' };
    const good = new SourcesCache(
      async () => [{ claimId: 'a', summary, sources: [source], updates: [] }],
      new AbortController().signal,
    );
    expect(await good.load('a')).toEqual({ ...evidence, summary });
    const bad = new SourcesCache(
      async () => [{ claimId: 'a', summary: { en: 'only one language' }, sources: [source], updates: [] }] as never,
      new AbortController().signal,
    );
    expect(await bad.load('a')).toEqual(evidence);
  });

  it('does not keep a failure: the next load asks again', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockImplementation(async (ids: string[]) => answer(ids));
    const cache = new SourcesCache(fetch, new AbortController().signal);
    await expect(cache.load('a')).rejects.toThrow();
    expect(cache.peek('a')).toBeUndefined();
    expect(await cache.load('a')).toEqual(evidence);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects (never throws) on a synchronous throw, an empty answer or one without the claim', async () => {
    const cases = [
      () => {
        throw new Error('Extension context invalidated.');
      },
      async () => undefined as unknown as ClaimSources[],
      async () => [{ claimId: 'other', sources: [source], updates: [] }],
      async () => [{ claimId: 'a', sources: 'all', updates: [] }] as unknown as ClaimSources[],
      async () => [{ claimId: 'a', sources: [source] }] as unknown as ClaimSources[],
    ];
    for (const fetch of cases)
      await expect(new SourcesCache(fetch, new AbortController().signal).load('a')).rejects.toThrow();
  });

  it('gives up after the timeout when the background never answers', async () => {
    vi.useFakeTimers();
    const cache = new SourcesCache(() => new Promise(() => {}), new AbortController().signal, 5000);
    const loading = cache.load('a');
    const settled = expect(loading).rejects.toThrow(/did not answer/);
    await vi.advanceTimersByTimeAsync(5000);
    await settled;
  });

  it('is torn down with the page session: pending loads reject, their timers are cleared, nothing is kept', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let reply: (v: ClaimSources[]) => void = () => {};
    const cache = new SourcesCache(() => new Promise((resolve) => (reply = resolve)), controller.signal, 5000);
    const loading = cache.load('a');
    const settled = expect(loading).rejects.toThrow(/session ended/);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await settled;
    expect(vi.getTimerCount()).toBe(0);
    reply(answer(['a']));
    await vi.advanceTimersByTimeAsync(0);
    expect(cache.peek('a')).toBeUndefined();
    await expect(cache.load('b')).rejects.toThrow(/session ended/);
  });

  it('clear() forgets fetched sources, and an answer to an older request is not kept', async () => {
    let reply: (v: ClaimSources[]) => void = () => {};
    const fetch = vi.fn(() => new Promise<ClaimSources[]>((resolve) => (reply = resolve)));
    const cache = new SourcesCache(fetch, new AbortController().signal);
    const old = cache.load('a');
    await Promise.resolve();
    cache.clear();
    reply(answer(['a']));
    expect(await old).toEqual(evidence);
    expect(cache.peek('a')).toBeUndefined();
  });
});
