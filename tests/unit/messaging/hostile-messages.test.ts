/**
 * Forged, malformed, oversized and unknown messages: the background and the content script act on none of them.
 * "No side effect" is checked where effects would land: session storage (tab results), the badge, the page session.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../src/background/router';
import { listenForCommands } from '../../../src/page/content-messages';
import type { PageSession } from '../../../src/page/session';

const id = fakeBrowser.runtime.id;
const env = (type: string, data: unknown) => ({ kensho: 1, type, data });
const goodResults = {
  url: 'https://www.reuters.com/a',
  claims: [{ claimId: 'ai-roi.mit-95', count: 1, stances: ['disputes'], figures: [] }],
};

async function sideEffects() {
  return {
    session: await fakeBrowser.storage.session.get(null),
    local: await fakeBrowser.storage.local.get(null),
    badge: await fakeBrowser.action.getBadgeText({ tabId: 1 }),
  };
}

const sender = fc.oneof(
  fc.record(
    {
      id: fc.constant(id),
      tab: fc.constant({ id: 1 }),
      frameId: fc.constantFrom(0, 2),
      url: fc.constantFrom('https://www.reuters.com/a', undefined),
    },
    { requiredKeys: ['id'] },
  ),
  fc.record({
    id: fc.oneof(fc.string(), fc.constant(undefined)),
    tab: fc.constant({ id: 1 }),
    frameId: fc.constant(0),
  }),
  fc.record({ id: fc.constant('other-extension'), url: fc.constant(`chrome-extension://${id}/popup.html`) }),
);
const junk = fc.oneof(
  fc.anything(),
  fc.record({
    kensho: fc.constantFrom(1, '1', 2, true),
    type: fc.constantFrom(
      'page/results',
      'claim/sources',
      'tab/results',
      'page/reveal',
      'page/stop',
      'settings/write',
      '__proto__',
      'constructor',
    ),
    data: fc.anything(),
  }),
  // Well-formed shape, hostile sizes: over every limit of the results payload.
  fc.constantFrom(
    env('page/results', { url: 'x'.repeat(5000), claims: [] }),
    env('page/results', { ...goodResults, claims: Array.from({ length: 501 }, () => goodResults.claims[0]) }),
    env('page/results', {
      ...goodResults,
      claims: [{ ...goodResults.claims[0], stances: Array(1001).fill('supports') }],
    }),
    env('page/results', { ...goodResults, claims: [{ ...goodResults.claims[0], claimId: 'x'.repeat(121) }] }),
    env('page/results', { ...goodResults, __proto__: { polluted: true } }),
    env('page/results', JSON.parse(`{"url":"u","claims":[],"__proto__":{"polluted":true}}`)),
    // claim/sources only reads; forged and oversized requests must still write nothing.
    env('claim/sources', { claimIds: Array.from({ length: 10_000 }, (_, i) => `c${i}`) }),
    env('claim/sources', { claimIds: ['__proto__', 'constructor', 'x'.repeat(121)] }),
    env('claim/sources', JSON.parse(`{"claimIds":["__proto__"],"__proto__":{"polluted":true}}`)),
  ),
);

describe('the background ignores what it should not act on', () => {
  beforeEach(() => fakeBrowser.reset());

  it('random messages from random senders: only a valid frame report from this extension is stored', async () => {
    await fc.assert(
      fc.asyncProperty(junk, sender, async (raw, s) => {
        fakeBrowser.reset();
        const reply = handleMessage(raw, s as never);
        if (reply) await reply;
        const after = await sideEffects();
        expect(after.local).toEqual({});
        if (Object.keys(after.session).length > 0) {
          // The only way in: this extension, a tab's frame, a payload that validates.
          expect(s.id).toBe(id);
          expect((s as { frameId?: number }).frameId).toBeTypeOf('number');
          expect((raw as { type: string }).type).toBe('page/results');
        } else expect(after.badge).toBe('');
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an oversized report is dropped whole: nothing stored, no badge', async () => {
    const huge = env('page/results', {
      url: 'https://www.reuters.com/a',
      claims: Array.from({ length: 10_000 }, (_, i) => ({ ...goodResults.claims[0], claimId: `c${i}` })),
    });
    expect(handleMessage(huge, { id, tab: { id: 1 } as never, frameId: 0 })).toBeUndefined();
    expect(await sideEffects()).toEqual({ session: {}, local: {}, badge: '' });
  });

  it('an oversized claim/sources request is dropped whole, unanswered', () => {
    const from = { id, tab: { id: 1 } as never, frameId: 0 };
    expect(
      handleMessage(env('claim/sources', { claimIds: Array.from({ length: 1000 }, () => 'nvidia.openai-100b') }), from),
    ).toBeUndefined();
    expect(
      handleMessage(env('claim/sources', { claimIds: ['nvidia.openai-100b'], include: 'packs' }), from),
    ).toBeUndefined();
  });

  it('a content script cannot read another tab’s results by forging tab/results', async () => {
    await handleMessage(env('page/results', goodResults), { id, tab: { id: 1 } as never, frameId: 0 });
    const forged = {
      id,
      tab: { id: 2 } as never,
      frameId: 0,
      url: 'https://evil.example/',
      origin: `chrome-extension://${id}`,
    };
    expect(handleMessage(env('tab/results', { tabId: 1 }), forged)).toBeUndefined();
  });
});

describe('the content script ignores what it should not act on', () => {
  const session = () =>
    ({ reveal: vi.fn(() => true), stop: vi.fn() }) as unknown as PageSession & {
      reveal: ReturnType<typeof vi.fn>;
      stop: ReturnType<typeof vi.fn>;
    };
  beforeEach(() => fakeBrowser.reset());

  it('acts on page/reveal and page/stop from this extension only, validated', async () => {
    const s = session();
    const controller = new AbortController();
    listenForCommands(s, controller.signal);
    const forged: [unknown, { id?: string }][] = [
      [env('page/stop', { reason: 'revoked' }), { id: 'other-extension' }],
      [env('page/stop', { reason: 'revoked' }), {}],
      [env('page/stop', { reason: 'because' }), { id }],
      [env('page/stop', { reason: 'revoked', extra: 1 }), { id }],
      [{ type: 'page/stop', data: { reason: 'revoked' } }, { id }],
      [env('page/reveal', { claimId: 'x'.repeat(500), occurrence: 0 }), { id }],
      [env('page/reveal', { claimId: 'a', occurrence: -1 }), { id }],
      [env('page/results', goodResults), { id }],
      ['page/stop', { id }],
    ];
    for (const [msg, from] of forged) await fakeBrowser.runtime.onMessage.trigger(msg, from as never);
    expect(s.stop).not.toHaveBeenCalled();
    expect(s.reveal).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger(env('page/reveal', { claimId: 'a', occurrence: 0 }), { id } as never);
    expect(s.reveal).toHaveBeenCalledWith('a', 0);
    controller.abort();
  });

  it('stops listening when its context is invalidated', async () => {
    const s = session();
    const controller = new AbortController();
    listenForCommands(s, controller.signal);
    controller.abort();
    await fakeBrowser.runtime.onMessage.trigger(env('page/stop', { reason: 'revoked' }), { id } as never);
    expect(s.stop).not.toHaveBeenCalled();
  });
});
