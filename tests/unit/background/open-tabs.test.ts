import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onInstalled } from '../../../src/background/install';
import { startInOpenTabs } from '../../../src/background/open-tabs';
import { NEWS_SITE_MATCHES } from '../../../src/sites/news-sites';

type Tab = { id?: number; url: string; discarded?: boolean };

/**
 * fakeBrowser has no scripting, permissions or contextMenus, and its tabs.query ignores `url`: stand-ins that record
 * calls.
 */
function mockPlatform(tabs: Tab[], opts: { granted?: string[]; failOn?: number[] } = {}) {
  const b = fakeBrowser as unknown as Record<string, unknown>;
  const query = vi.fn(async (_: { url: string[] }) => tabs);
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (opts.failOn?.includes(target.tabId)) throw new Error('No tab with id / Cannot access contents of the page');
    return [];
  });
  b.tabs = { ...(b.tabs as object), query };
  b.scripting = {
    executeScript,
    getRegisteredContentScripts: async () => [],
    unregisterContentScripts: vi.fn(),
    registerContentScripts: vi.fn(),
  };
  b.permissions = { getAll: async () => ({ origins: [...NEWS_SITE_MATCHES, ...(opts.granted ?? [])] }) };
  b.contextMenus = { removeAll: vi.fn(async () => {}), create: vi.fn() };
  b.i18n = { ...(b.i18n as object), getMessage: (key: string) => key };
  fakeBrowser.runtime.getManifest = () =>
    ({ content_scripts: [{ js: ['content-scripts/news.js'], matches: NEWS_SITE_MATCHES }] }) as never;
  return { query, executeScript };
}

describe('starting the new content script in open tabs after install or update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the static content script, in every frame, into tabs on the news list and granted origins', async () => {
    const p = mockPlatform(
      [
        { id: 1, url: 'https://www.reuters.com/a' },
        { id: 2, url: 'https://www.example.com/b' },
      ],
      { granted: ['https://www.example.com/*'] },
    );
    expect(await startInOpenTabs()).toEqual([1, 2]);
    expect(p.query).toHaveBeenCalledWith({ url: [...NEWS_SITE_MATCHES, 'https://www.example.com/*'] });
    expect(p.executeScript.mock.calls.map(([c]) => c)).toEqual([
      { target: { tabId: 1, allFrames: true }, files: ['content-scripts/news.js'] },
      { target: { tabId: 2, allFrames: true }, files: ['content-scripts/news.js'] },
    ]);
  });

  it('skips discarded and id-less tabs, and ignores tabs it may not script or that closed meanwhile', async () => {
    const p = mockPlatform(
      [
        { id: 1, url: 'https://www.reuters.com/a', discarded: true },
        { url: 'https://www.nikkei.com/x' },
        { id: 3, url: 'https://www.ft.com/c' },
        { id: 4, url: 'https://www.wsj.com/d' },
      ],
      { failOn: [3] },
    );
    expect(await startInOpenTabs()).toEqual([4]);
    expect(p.executeScript.mock.calls.map(([c]) => c.target.tabId)).toEqual([3, 4]);
  });

  it('runs on install and update only', async () => {
    const p = mockPlatform([{ id: 5, url: 'https://www.reuters.com/a' }]);
    await onInstalled({ reason: 'chrome_update' } as never);
    expect(p.executeScript).not.toHaveBeenCalled();
    await onInstalled({ reason: 'update', previousVersion: '0.0.1' } as never);
    await onInstalled({ reason: 'install' } as never);
    expect(p.executeScript.mock.calls.map(([c]) => c.target.tabId)).toEqual([5, 5]);
  });

  it('does not fail the install when the tabs cannot be listed', async () => {
    const p = mockPlatform([]);
    p.query.mockRejectedValueOnce(new Error('tabs unavailable'));
    await expect(onInstalled({ reason: 'install' } as never)).resolves.toBeUndefined();
    expect(p.executeScript).not.toHaveBeenCalled();
  });
});
