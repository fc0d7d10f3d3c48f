import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearTabResults, saveFrameResults } from '../../../src/background/tab-results';
import { onBackgroundMessage } from '../../../src/messaging/extension-pages';

const entry = {
  url: 'https://www.reuters.com/a',
  claims: [{ claimId: 'c', count: 1, stances: ['supports' as const], figures: [] }],
};

describe('tab/changed: the popup hears of new results through the worker, not from its storage keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is sent to extension pages when a tab record is written or cleared', async () => {
    const heard = vi.fn();
    const stop = onBackgroundMessage('tab/changed', heard);
    await saveFrameResults(7, 0, entry);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith({ tabId: 7 }));
    heard.mockClear();
    await clearTabResults(7);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith({ tabId: 7 }));
    stop();
    heard.mockClear();
    await saveFrameResults(7, 0, entry);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).not.toHaveBeenCalled();
  });

  it('ignores the same message when a tab (a content script) sends it, and malformed ones', async () => {
    const heard = vi.fn();
    onBackgroundMessage('tab/changed', heard);
    await fakeBrowser.runtime.onMessage.trigger({ kensho: 1, type: 'tab/changed', data: { tabId: 1 } }, {
      tab: { id: 1 },
    } as never);
    await fakeBrowser.runtime.onMessage.trigger({ kensho: 1, type: 'tab/changed', data: { tabId: 'x' } }, {} as never);
    expect(heard).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ kensho: 1, type: 'tab/changed', data: { tabId: 2 } }, {} as never);
    expect(heard).toHaveBeenCalledWith({ tabId: 2 });
  });
});
