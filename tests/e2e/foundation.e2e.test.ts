import { describe, expect, it } from 'vitest';
import { useKensho } from './harness';

/** The few extension APIs these tests call inside the service worker. */
interface WorkerChrome {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  runtime: { getManifest(): { manifest_version: number } };
  i18n: { getMessage(key: string): string };
}

const sessionResults = (k: ReturnType<typeof useKensho>) =>
  k.worker.evaluate(async () => {
    // Runs inside the extension's service worker.
    const all = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get(null);
    return Object.values(all) as { url: string }[];
  });

describe('the built extension in Chromium', () => {
  const k = useKensho();

  it('loads with a service worker and a localised name', async () => {
    expect(k.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await k.worker.evaluate(() =>
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    const name = await k.worker.evaluate(() =>
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.i18n.getMessage('extName'),
    );
    expect(name).toContain('Kensho');
  });

  it('runs its content script on a listed news host and reports to the background', async () => {
    const page = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    await expect
      .poll(async () => (await sessionResults(k)).map((r) => r.url), { timeout: 10_000 })
      .toContain(page.url());
    await page.close();
  });

  it('stays out of sites the reader has not granted', async () => {
    const page = await k.open('www.example.com', 'en/ai-borrowing.html');
    await page.waitForLoadState('load');
    await new Promise((r) => setTimeout(r, 1000));
    expect((await sessionResults(k)).map((r) => r.url)).not.toContain(page.url());
    await page.close();
  });

  it('renders the popup as an extension page', async () => {
    const page = await k.extensionPage('popup.html');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Kensho');
    await page.close();
  });
});
