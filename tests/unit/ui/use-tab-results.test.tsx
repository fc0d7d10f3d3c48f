import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { TabResults } from '../../../src/messaging/protocol';
import { useTabResults, type TargetTab } from '../../../src/ui/popup/use-target-tab';
import { mount } from './mount';

const results = (...ids: string[]): TabResults => ({
  url: 'https://www.reuters.com/a',
  claims: ids.map((claimId) => ({
    claimId,
    count: 1,
    stances: ['supports'],
    figures: [],
    frames: [{ frameId: 0, count: 1 }],
  })),
});

function Probe({ tab }: { tab: TargetTab }) {
  const r = useTabResults(tab);
  return h('p', null, r ? r.claims.map((c) => c.claimId).join(',') || '(none)' : 'null');
}

describe('the popup’s tab results', () => {
  let stored: TabResults | null = null;
  const asked = vi.fn();
  beforeEach(() => {
    fakeBrowser.reset();
    asked.mockClear();
    // A stand-in worker answering tab/results, as the router does.
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      const m = msg as { type?: string; data?: { tabId: number } };
      if (m.type !== 'tab/results') return undefined;
      asked(m.data!.tabId);
      return Promise.resolve(stored);
    });
  });

  it('asks the worker, and asks again when the worker says this tab changed (not another tab)', async () => {
    stored = results('a');
    const app = mount(h(Probe, { tab: { tabId: 5, url: 'https://www.reuters.com/a' } }));
    await vi.waitFor(() => expect(app.textContent).toBe('a'));
    stored = results('a', 'b');
    await fakeBrowser.runtime.onMessage.trigger({ kensho: 1, type: 'tab/changed', data: { tabId: 6 } }, {} as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(app.textContent).toBe('a');
    await fakeBrowser.runtime.onMessage.trigger({ kensho: 1, type: 'tab/changed', data: { tabId: 5 } }, {} as never);
    await vi.waitFor(() => expect(app.textContent).toBe('a,b'));
    expect(asked.mock.calls.every(([tabId]) => tabId === 5)).toBe(true);
  });

  it('shows nothing for results that describe another page of the tab', async () => {
    stored = { ...results('a'), url: 'https://www.reuters.com/other' };
    const app = mount(h(Probe, { tab: { tabId: 5, url: 'https://www.reuters.com/a' } }));
    await vi.waitFor(() => expect(asked).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(app.textContent).toBe('null');
  });
});
