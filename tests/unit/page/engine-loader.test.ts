import { describe, expect, it, vi } from 'vitest';
import { pageMatchingLoader } from '../../../src/page/engine-loader';
import {
  installPageEngine,
  installedPageEngine,
  PAGE_ENGINE_KEY,
  type PageEngine,
} from '../../../src/page/page-engine';
import { fakeMatcher } from './fake-matcher';

function engine(): PageEngine & { forPage: ReturnType<typeof vi.fn> } {
  const createMatcher = vi.fn(async () => fakeMatcher([]));
  return { forPage: vi.fn(() => ({ claims: (added: unknown[]) => [...added], createMatcher })) } as never;
}

const deps = (scope: object, request: () => Promise<void>) => ({
  scope,
  request,
  vocabulary: async () => [],
  slicing: { yieldFn: async () => {} },
  published: () => '2025-10-28',
});

describe('the engine, loaded on demand', () => {
  it('asks the worker once, makes the frame’s matching once, and gives the page date with every matcher call', async () => {
    const scope = {};
    const made = engine();
    const request = vi.fn(async () => installPageEngine(scope, made));
    const load = pageMatchingLoader(deps(scope, request));
    const [a, b] = await Promise.all([load(), load()]);
    expect(b).toBe(a);
    expect(load()).toBe(a);
    expect(request).toHaveBeenCalledTimes(1);
    expect(made.forPage).toHaveBeenCalledTimes(1);
    await a.createMatcher([], { strictness: 'strict' });
    const inner = made.forPage.mock.results[0]!.value as { createMatcher: ReturnType<typeof vi.fn> };
    const options = inner.createMatcher.mock.calls[0]![1] as { strictness: string; published: () => string };
    expect(options.strictness).toBe('strict');
    expect(options.published()).toBe('2025-10-28');
  });

  it('tries twice (the worker may restart between the ask and the injection), and a failed load is not remembered', async () => {
    const scope = {};
    const request = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockImplementationOnce(async () => installPageEngine(scope, engine()));
    await expect(pageMatchingLoader(deps(scope, request))()).resolves.toBeTruthy();
    expect(request).toHaveBeenCalledTimes(2);

    const empty = {};
    const failing = vi.fn(async () => {});
    const load = pageMatchingLoader(deps(empty, failing));
    await expect(load()).rejects.toThrow('the engine script did not install itself in this frame');
    expect(failing).toHaveBeenCalledTimes(2);
    failing.mockImplementationOnce(async () => installPageEngine(empty, engine()));
    await expect(load()).resolves.toBeTruthy();
  });

  it('ignores a malformed value, or another build’s engine', () => {
    for (const bad of [null, 1, {}, { forPage: 'no' }])
      expect(installedPageEngine({ [PAGE_ENGINE_KEY]: bad })).toBeNull();
    expect(installedPageEngine({ 'kensho:engine:older': engine() })).toBeNull();
  });
});
