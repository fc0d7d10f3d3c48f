import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Frame, Page, Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { useKensho, type Kensho } from './harness';

/** The extension's `chrome` global as seen from the worker or an extension page. */
type ChromeGlobal = { chrome: typeof browser };

/** The tab id the background stored results under for a page (content script reported). */
async function tabIdFor(k: Kensho, worker: Worker, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(
      async () => {
        const all = await worker.evaluate(() =>
          (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null),
        );
        const hit = Object.entries(all).find(
          ([key, v]) => key.startsWith('tab-results:') && (v as { url: string }).url === url,
        );
        id = hit ? Number(hit[0].slice('tab-results:'.length)) : undefined;
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeTypeOf('number');
  return id!;
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('popup', () => {
  const k = useKensho();

  it('lists the claims found on a fixture page, opened as an extension page for that tab', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const tabId = await tabIdFor(k, k.worker, article.url());
    const popup = await k.extensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('.k-claims > li[data-claim-id]').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    const ids = await popup
      .locator('.k-claims > li[data-claim-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')));
    expect(ids).toContain('nvidia.openai-100b');
    expect(await popup.locator('.k-site-status').getAttribute('data-status')).toBe('active');
    expect(await popup.locator('.k-site-status').textContent()).toContain('www.reuters.com');

    // "Show on page" scrolls the article to the sentence and opens its card.
    await popup
      .locator('li[data-claim-id="nvidia.openai-100b"] button', { hasText: /Show on page|ページで表示/ })
      .click();
    await expect
      .poll(() => article.locator('kensho-card .card[data-claim="nvidia.openai-100b"]').count(), { timeout: 10_000 })
      .toBe(1);
    expect(await popup.locator('[role=alert]').count()).toBe(0);
    await popup.close();
    await article.close();
  });

  it('counts, lists and reveals the claims found inside a same-site iframe, and forgets them when the frame goes', async () => {
    const article = await k.open('www.reuters.com', 'en/iframe.html');
    const tabId = await tabIdFor(k, k.worker, article.url());
    const frame = article.frames().find((f) => f.url().endsWith('iframe-inner.html'))!;
    const claimsIn = (f: Page | Frame) =>
      f.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll('[data-kensho-claim]')].map((m) => m.getAttribute('data-kensho-claim')!),
        ),
      ]);
    await expect
      .poll(async () => (await claimsIn(frame)).includes('openai.compute-over-1t'), { timeout: 15_000 })
      .toBe(true);
    const inTop = await claimsIn(article);
    const onlyInFrame = (await claimsIn(frame)).filter((c) => !inTop.includes(c));
    expect(inTop).toContain('debt.jpmorgan-14pct');
    expect(onlyInFrame).toContain('openai.compute-over-1t');
    const badge = () =>
      k.worker.evaluate(
        (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge, { timeout: 10_000 }).toBe(String(inTop.length + onlyInFrame.length));

    const popup = await k.extensionPage(`popup.html?tabId=${tabId}`);
    const listed = () =>
      popup
        .locator('.k-claims > li[data-claim-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')).sort());
    await expect.poll(listed, { timeout: 10_000 }).toEqual([...inTop, ...onlyInFrame].sort());
    // "Show on page" for a claim only the iframe makes opens the card inside the iframe, not in the page around it.
    await popup
      .locator('li[data-claim-id="openai.compute-over-1t"] button', { hasText: /Show on page|ページで表示/ })
      .click();
    await expect
      .poll(() => frame.locator('kensho-card .card[data-claim="openai.compute-over-1t"]').count(), { timeout: 10_000 })
      .toBe(1);
    expect(await article.locator('kensho-card .card').count()).toBe(0);
    expect(await popup.locator('[role=alert]').count()).toBe(0);

    // The frame goes (removed from the page): its claims leave the badge and the list; the top frame's stay.
    await article.evaluate(() => document.querySelector('iframe')!.remove());
    await expect.poll(badge, { timeout: 10_000 }).toBe(String(inTop.length));
    await expect.poll(listed, { timeout: 10_000 }).toEqual([...inTop].sort());
    await popup.close();
    await article.close();
  });

  it('looks up free text in English and Japanese as you type, on any tab', async () => {
    const popup = await k.extensionPage('popup.html');
    const box = popup.getByRole('searchbox');
    await box.fill('NVIDIA OpenAI investment');
    await expect.poll(() => popup.locator('.k-lookup-results > li').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await box.fill('エヌビディア OpenAI 出資');
    await expect.poll(() => popup.locator('.k-lookup-results > li').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await box.fill('xqzj');
    await expect.poll(() => popup.locator('.k-lookup .k-empty').count(), { timeout: 5_000 }).toBe(1);
    await popup.close();
  });

  it('"Check with Kensho" on a selection opens the lookup result for it', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const tabId = await tabIdFor(k, k.worker, article.url());
    // The item exists (update rejects for an unknown id).
    await k.worker.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.contextMenus.update('kensho-check-selection', {}),
    );
    // Headless Chromium cannot click a native context menu: dispatch the click event the menu would send.
    const opened = k.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/popup.html?'),
      timeout: 10_000,
    });
    await k.worker.evaluate(
      ([id, url]) =>
        (
          globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(...a: unknown[]): void } } } }
        ).chrome.contextMenus.onClicked.dispatch(
          {
            menuItemId: 'kensho-check-selection',
            selectionText: 'NVIDIA will invest up to $100 billion in OpenAI',
            editable: false,
            pageUrl: url,
          },
          { id, url },
        ),
      [tabId, article.url()] as const,
    );
    const popup = await opened;
    expect(new URL(popup.url()).searchParams.get('tabId')).toBe(String(tabId));
    await expect
      .poll(() => popup.locator('.k-lookup-results > li').first().getAttribute('data-claim-id'), { timeout: 10_000 })
      .toBe('nvidia.openai-100b');
    expect(await popup.getByRole('searchbox').inputValue()).toBe('NVIDIA will invest up to $100 billion in OpenAI');
    await popup.close();
    await article.close();
  });

  it('says when a page cannot be checked, and when Kensho cannot see an ungranted tab', async () => {
    const newest = () =>
      k.worker.evaluate(async () =>
        Math.max(...(await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({})).map((t) => t.id!)),
      );
    // A PDF on a news site: Kensho may see its address, and no extension can script it. Named by its tab id: which
    // tab is active while a test opens tabs is the browser's timing, and Chromium 156 shows no tab's address (not even
    // the popup's own extension page) to an extension without the tabs permission or a grant for its host.
    const unscriptable = await k.open('www.reuters.com', 'en/annual-report.pdf');
    const popup = await k.extensionPage(`popup.html?tabId=${await newest()}`);
    await expect.poll(() => popup.locator('.k-site-status').getAttribute('data-status')).toBe('unsupported');
    expect(await popup.locator('.k-tab-claims .k-empty').count()).toBe(1);
    await unscriptable.close();
    const other = await k.open('www.example.com', 'en/ai-borrowing.html');
    const ids = await k.worker.evaluate(async () =>
      (await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({})).map((t) => t.id!),
    );
    // Without a grant (or activeTab from a real toolbar click) the tab's address is hidden from Kensho.
    const forOther = await k.extensionPage(`popup.html?tabId=${Math.max(...ids)}`);
    await expect.poll(() => forOther.locator('.k-site-status').getAttribute('data-status')).toMatch(/unknown|inactive/);
    await forOther.close();
    await other.close();
    await popup.close();
  });

  it('pauses on this site and switches off everywhere, with the badge following', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const tabId = await tabIdFor(k, k.worker, article.url());
    const markers = article.locator('[data-kensho-claim]');
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const badge = () =>
      k.worker.evaluate(
        (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    expect(Number(await badge())).toBeGreaterThan(0);
    const popup = await k.extensionPage(`popup.html?tabId=${tabId}`);
    const pause = popup.getByRole('switch', { name: /Pause on www\.reuters\.com|www\.reuters\.com で一時停止/ });
    await pause.check();
    await expect.poll(() => popup.locator('.k-site-status').getAttribute('data-status')).toBe('paused');
    await expect.poll(() => markers.count(), { timeout: 5_000 }).toBe(0);
    await pause.uncheck();
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.getByRole('switch', { name: /Kensho on \(all sites\)|Kensho オン（全サイト）/ }).uncheck();
    await expect.poll(() => popup.locator('.k-site-status').getAttribute('data-status')).toBe('off');
    await expect.poll(() => markers.count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
    await popup.getByRole('switch', { name: /Kensho on \(all sites\)|Kensho オン（全サイト）/ }).check();
    await expect.poll(() => markers.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  it('has no serious or critical axe violations, light and dark', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const tabId = await tabIdFor(k, k.worker, article.url());
    const popup = await k.extensionPage(`popup.html?tabId=${tabId}&q=NVIDIA`);
    await expect.poll(() => popup.locator('.k-claims > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.locator('.k-claims details').first().locator('summary').click();
    expect(await seriousViolations(popup)).toEqual([]);
    // Screenshots for the README (test-results/ is not committed), at the size Chrome gives a popup.
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: 'test-results/screenshots/popup-light.png' });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: 'test-results/screenshots/popup-dark.png' });
    await popup.close();
    await article.close();
  });

  // Last in the file: afterwards the harness's worker handle is stale (a new worker runs).
  it('loses nothing when the service worker is stopped mid-session', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const tabId = await tabIdFor(k, k.worker, article.url());
    await k.worker.evaluate(async () => {
      const c = (globalThis as unknown as ChromeGlobal).chrome;
      const { settings } = await c.storage.local.get('settings');
      await c.storage.local.set({
        settings: { ...(settings as object), theme: 'dark', pausedSites: ['www.example.org'] },
      });
    });
    const badgeBefore = await k.worker.evaluate(
      (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(Number(badgeBefore)).toBeGreaterThan(0);

    // Stop the worker as Chrome does when idle: close its target through the DevTools protocol.
    const cdp = await k.context.newCDPSession(article);
    const workerTargets = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t: { type: string; url: string }) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${k.extensionId}/`),
      );
    const [target] = await workerTargets();
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(0);

    // The popup's message wakes a new worker, which answers from storage: results, badge and settings all survive.
    const popup = await k.extensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('.k-claims > li[data-claim-id]').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('html').getAttribute('data-theme')).toBe('dark');
    const after = await popup.evaluate(async (id) => {
      const c = (globalThis as unknown as ChromeGlobal).chrome;
      return {
        badge: await c.action.getBadgeText({ tabId: id }),
        settings: (await c.storage.local.get('settings')).settings as { pausedSites: string[] },
      };
    }, tabId);
    expect(after.badge).toBe(badgeBefore);
    expect(after.settings.pausedSites).toEqual(['www.example.org']);

    // The new worker still takes reports: a fresh page's results get stored and badged.
    const second = await k.open('www.nikkei.com', 'en/nvidia-openai.html');
    await expect
      .poll(
        () =>
          popup.evaluate(
            async (url) =>
              Object.values(await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null)).some(
                (r) => (r as { url: string }).url === url,
              ),
            second.url(),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    await cdp.detach();
    await Promise.all([popup.close(), second.close(), article.close()]);
  });
});
