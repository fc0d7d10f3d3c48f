import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GRANTED_SCRIPT_ID, onOriginsRemoved, syncGrantedScripts } from '../../../src/background/granted-sites';
import { saveFrameResults } from '../../../src/background/tab-results';

/** fakeBrowser has no permissions/scripting: an in-memory stand-in that behaves like Chromium's. */
function mockPlatform(origins: string[]) {
  let registered: { id: string; matches: string[]; js: string[] }[] = [];
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = { getAll: async () => ({ permissions: ['storage'], origins }) };
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
      void (registered = registered.filter((s) => !ids.includes(s.id))),
    registerContentScripts: async (scripts: typeof registered) => void registered.push(...scripts),
    executeScript: vi.fn(async () => []),
  };
  fakeBrowser.runtime.getManifest = () =>
    ({ content_scripts: [{ js: ['content-scripts/news.js'], matches: [] }] }) as never;
  return { registered: () => registered, setOrigins: (o: string[]) => origins.splice(0, origins.length, ...o) };
}

describe('dynamic content scripts for granted sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('ignores the static news matches and non-web origins', async () => {
    mockPlatform(['https://*.reuters.com/*', 'https://www.example.com/*', 'chrome://favicon/*']);
    // The worker registers the content script only where the reader granted a site, not where a feed lives.
    expect(await syncGrantedScripts()).toEqual(['https://www.example.com/*']);
  });

  it('registers the same content script for granted origins, updates and unregisters', async () => {
    const p = mockPlatform(['https://www.example.com/*']);
    await syncGrantedScripts();
    expect(p.registered()).toEqual([
      expect.objectContaining({
        id: GRANTED_SCRIPT_ID,
        matches: ['https://www.example.com/*'],
        js: ['content-scripts/news.js'],
      }),
    ]);
    p.setOrigins(['https://www.example.com/*', 'https://blog.example.org/*']);
    await syncGrantedScripts();
    expect(p.registered()).toHaveLength(1);
    expect(p.registered()[0]!.matches).toEqual(['https://blog.example.org/*', 'https://www.example.com/*']);
    p.setOrigins([]);
    await syncGrantedScripts();
    expect(p.registered()).toEqual([]);
  });

  it('tells Kensho in tabs on a revoked origin to stop, and leaves news sites alone', async () => {
    mockPlatform([]);
    const claims = [{ claimId: 'ai-roi.mit-95', count: 1, stances: ['supports' as const], figures: [] }];
    await saveFrameResults(1, 0, { url: 'https://www.example.com/a', claims: [] });
    await saveFrameResults(2, 0, { url: 'https://www.reuters.com/b', claims: [] });
    // A granted page embedded in a news page: only that frame is told.
    await saveFrameResults(2, 5, { url: 'https://www.example.com/embed', claims });
    const sent: [number, number][] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: { type: string }, options: { frameId: number }) => {
      if (message.type === 'page/stop') sent.push([tabId, options.frameId]);
    }) as never;
    await onOriginsRemoved(['https://www.example.com/*', 'https://*.reuters.com/*']);
    expect(sent).toEqual([
      [1, 0],
      [2, 5],
    ]);
  });
});

describe('origins granted only for an evidence feed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are not sites to annotate; an origin granted before the feed still is', async () => {
    const { addFeed, newSubscription } = await import('../../../src/storage/feed-subscriptions');
    const key = { publicKey: 'A'.repeat(43) + '=', fingerprint: 'a'.repeat(64), keyId: `ed25519:${'a'.repeat(16)}` };
    mockPlatform(['https://feeds.example.net/*', 'https://www.example.com/*']);
    await addFeed(newSubscription('https://feeds.example.net/kensho/feed.json', key, true, new Date()));
    await addFeed(newSubscription('https://www.example.com/feed.json', key, false, new Date()));
    // The worker registers the content script only where the reader granted a site, not where a feed lives.
    expect(await syncGrantedScripts()).toEqual(['https://www.example.com/*']);
  });
});
