/**
 * The extension reloaded (as an update does) while news tabs are open. chrome.runtime.reload() disables an unpacked
 * extension in this harness, so the reload goes through the DevTools protocol instead: Chromium started with
 * --enable-unsafe-extension-debugging, and Extensions.loadUnpacked on the same folder (same id) replaces the running
 * extension exactly as an update would. Expected: the new worker starts the new content script in the open tabs, the
 * old one there stops cleanly (no "Extension context invalidated" anywhere) and leaves nothing behind, no marker is
 * doubled, a reload of the tab brings exactly one instance, settings survive.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { collectErrors, keys, markers } from './annotations-lib';
import { useKensho } from './harness';

type ChromeGlobal = { chrome: typeof browser };
const settle = { timeout: 10_000, interval: 100 };

describe('extension reloaded with tabs open (built extension, Chromium)', () => {
  const k = useKensho({ args: ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'] });
  let debuggerBrowser: Browser | undefined;
  afterAll(async () => {
    await debuggerBrowser?.close().catch(() => {});
  });

  it('the new content script takes over open tabs without a reload, the old one stops cleanly, settings survive', async () => {
    const tabs: { page: Page; errors: string[]; claims: number; found: string[] }[] = [];
    for (const [host, path] of [
      ['www.reuters.com', 'en/ai-borrowing.html'],
      ['www.nikkei.com', 'ja/debt-bonds.html'],
    ] as const) {
      const page = await k.context.newPage();
      const errors = collectErrors(page);
      await page.goto(k.url(host, path));
      await expect.poll(async () => (await markers(page)).length, settle).toBeGreaterThanOrEqual(3);
      // Wait until the count holds still: the install's first settings write makes the page rescan once, and a
      // marker tagged just before that rescan would be replaced by an untagged one.
      let last = -1;
      await expect
        .poll(
          async () => {
            const now = await page.locator('kensho-marker').count();
            const steady = now === last && now >= 3;
            last = now;
            return steady;
          },
          { timeout: 10_000, interval: 300 },
        )
        .toBe(true);
      // Tag the old instance's markers so the new instance's can be told apart.
      const claims = await page.evaluate(() => {
        const all = document.querySelectorAll('kensho-marker');
        all.forEach((m) => m.setAttribute('data-test-old', ''));
        return all.length;
      });
      expect(claims).toBeGreaterThanOrEqual(3);
      tabs.push({ page, errors, claims, found: keys(await markers(page)) });
    }
    await k.worker.evaluate(async () => {
      const c = (globalThis as unknown as ChromeGlobal).chrome;
      const { settings } = await c.storage.local.get('settings');
      await c.storage.local.set({
        settings: { ...(settings as object), pausedSites: ['www.example.org'], theme: 'dark' },
      });
    });

    const port = readFileSync(join(k.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    debuggerBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const cdp = await debuggerBrowser.newBrowserCDPSession();
    const newWorker = k.context.waitForEvent('serviceworker', { timeout: 15_000 });
    const { id } = (await cdp.send(
      'Extensions.loadUnpacked' as never,
      { path: resolve('.output/chrome-mv3') } as never,
    )) as { id: string };
    expect(id).toBe(k.extensionId);
    const worker = await newWorker;
    expect(worker).not.toBe(k.worker);

    // The new worker starts the new content script in the open news tabs (no tab reload): the old instance yields
    // to it, so each tab ends with the new instance's markers only, the same count, and one Kensho layer.
    for (const { page, claims, found } of tabs) {
      await expect.poll(() => page.locator('kensho-marker:not([data-test-old])').count(), settle).toBe(claims);
      expect(await page.locator('kensho-marker[data-test-old]').count()).toBe(0);
      expect(await page.locator('kensho-layer').count()).toBe(1);
      expect(keys(await markers(page))).toEqual(found);
    }
    // The page changing afterwards neither revives the old instance nor doubles the new one's markers.
    const [byMutation] = tabs as [(typeof tabs)[number]];
    await byMutation.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Meta alone has taken on some $28 billion of debt since 2022, according to the figures cited by market researchers.';
      document.querySelector('article')!.append(p);
    });
    await tabs[1]!.page.locator('kensho-marker button').first().click();
    await expect.poll(() => tabs[1]!.page.locator('kensho-card .card').count(), settle).toBe(1);
    // The new instance asks the new worker for the card's sources.
    await expect.poll(() => tabs[1]!.page.locator('kensho-card .card .sources li').count(), settle).toBeGreaterThan(0);
    for (const { page } of tabs) {
      expect(await page.locator('kensho-layer').count()).toBe(1);
      expect(await page.locator('kensho-marker[data-test-old]').count()).toBe(0);
    }
    // A reload of the tab still brings exactly one instance.
    for (const { page, claims } of tabs) {
      await page.reload();
      await expect.poll(() => page.locator('kensho-marker').count(), settle).toBe(claims);
      expect(await page.locator('kensho-layer').count()).toBe(1);
    }

    const settings = await worker.evaluate(
      async () =>
        (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('settings')).settings as {
          pausedSites: string[];
          theme: string;
        },
    );
    expect([settings.pausedSites, settings.theme]).toEqual([['www.example.org'], 'dark']);
    const fresh = await k.open('www.reuters.com', 'en/nvidia-openai.html');
    await expect.poll(async () => (await markers(fresh)).length, settle).toBeGreaterThan(0);
    for (const { errors } of tabs) expect(errors).toEqual([]);
    await Promise.all([fresh.close(), ...tabs.map((t) => t.page.close())]);
  });
});
