import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { useKensho, type Kensho } from './harness';

/** The extension's `chrome` global as seen from the worker or an extension page. */
type ChromeGlobal = { chrome: typeof browser };
const PACKS = 'tests/fixtures/packs';
const storageLocal = (k: Kensho, key: string) =>
  k.worker.evaluate(async (key) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(key))[key], key) as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- stored JSON, shape asserted by each test

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('options page', () => {
  const k = useKensho();

  it('a source-filter change is stored and an open card loses that publisher’s sources', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const marker = article.locator('[data-kensho-claim="nvidia.openai-100b"]').first();
    await marker.waitFor({ timeout: 15_000 });
    await marker.locator('button').first().click();
    const card = article.locator('kensho-card .card[data-claim="nvidia.openai-100b"]');
    await card.waitFor({ timeout: 5_000 });
    const publisher = 'Bloomberg (Japanese edition)';
    await expect.poll(() => card.locator(`li[data-publisher="${publisher}"]`).count()).toBeGreaterThan(0);

    const options = await k.extensionPage('options.html');
    await options.getByLabel(/^Publisher$|^発行元$/).fill(publisher);
    await options.getByRole('button', { name: /^Hide$|^非表示にする$/ }).click();
    await options.getByRole('checkbox', { name: /^Blogs$|^ブログ$/ }).uncheck();
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.sourceFilters).toMatchObject({ hiddenPublishers: [publisher], hiddenKinds: ['blog'] });
    // The card follows at once, without reopening.
    await expect.poll(() => card.locator(`li[data-publisher="${publisher}"]`).count(), { timeout: 5_000 }).toBe(0);
    await options.close();
    await article.close();
  });

  it('imports a valid pack, and its claim gets annotated on a fixture page', async () => {
    const options = await k.extensionPage('options.html');
    await options.locator('#k-import-pack').setInputFiles(`${PACKS}/valid-city-bike-lanes.kensho-pack.json`);
    await expect.poll(() => options.locator('.k-notice-success').textContent()).toContain('Test pack: city transport');
    await expect.poll(() => options.locator('tr[data-pack-id="test.city-transport"]').count()).toBe(1);
    const packs = await storageLocal(k, 'packs');
    expect(packs.map((p: { id: string }) => p.id)).toEqual(['test.city-transport']);
    const page = await k.open('www.reuters.com', 'en/unrelated.html');
    await page.locator('[data-kensho-claim="test.city-bike-lanes"]').first().waitFor({ timeout: 15_000 });
    await page.close();
    await options.close();
  });

  it('a malformed pack shows the first problem and leaves existing packs untouched', async () => {
    const before = await storageLocal(k, 'packs');
    expect(before).toHaveLength(1);
    const options = await k.extensionPage('options.html');
    await options.locator('#k-import-pack').setInputFiles(`${PACKS}/malformed-bad-date.kensho-pack.json`);
    const alert = options.locator('.k-notice-error[role=alert]');
    await expect.poll(() => alert.textContent()).toContain('claims[0].sources[0].date');
    await options.locator('#k-import-pack').setInputFiles(`${PACKS}/malformed-truncated.kensho-pack.json`);
    await expect.poll(() => alert.textContent()).toMatch(/not valid JSON/);
    expect(await storageLocal(k, 'packs')).toEqual(before);
    expect(await options.locator('tr[data-pack-id]').count()).toBe(1);
    await options.close();
  });

  it('asks before replacing a pack with the same id', async () => {
    const options = await k.extensionPage('options.html');
    const revised = `${PACKS}/valid-city-bike-lanes-revised.kensho-pack.json`;
    await options.locator('#k-import-pack').setInputFiles(revised);
    const dialog = options.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /Cancel|キャンセル/ }).click();
    expect((await storageLocal(k, 'packs'))[0].name.en).toBe('Test pack: city transport');
    await options.locator('#k-import-pack').setInputFiles(revised);
    await options.getByRole('alertdialog').getByRole('button', { name: /Replace|置き換える/ }).click();
    await expect.poll(async () => (await storageLocal(k, 'packs'))[0].name.en).toBe('Test pack: city transport (revised)');
    expect(await storageLocal(k, 'packs')).toHaveLength(1);
    await options.close();
  });

  it('works from the keyboard alone', async () => {
    const options = await k.extensionPage('options.html');
    await options.locator('h1').waitFor();
    let focused = '';
    for (let i = 0; i < 5 && !/Kensho on/.test(focused); i++) {
      await options.keyboard.press('Tab');
      focused = await options.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    }
    expect(focused).toMatch(/Kensho on|Kensho オン/);
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.enabled).toBe(false);
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.enabled).toBe(true);
    await options.close();
  });

  it('has no serious or critical axe violations, light and dark', async () => {
    const options = await k.extensionPage('options.html');
    await options.locator('tr[data-pack-id]').first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    // Screenshots for the README (test-results/ is not committed).
    await options.screenshot({ path: 'test-results/screenshots/options-light.png', fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(options)).toEqual([]);
    await options.screenshot({ path: 'test-results/screenshots/options-dark.png', fullPage: true });
    await options.close();
  });

  // Last: the worker is restarted, so the harness's worker handle goes stale.
  it('settings written by an older version migrate when Kensho starts again', async () => {
    const v1 = JSON.parse(readFileSync('tests/unit/storage/fixtures/settings-v1.json', 'utf8'));
    const v2 = JSON.parse(readFileSync('tests/unit/storage/fixtures/settings-v2.json', 'utf8'));
    // What a v1 build left behind: the value without WXT's version meta.
    await k.worker.evaluate(async (old) => {
      const c = (globalThis as unknown as ChromeGlobal).chrome;
      await c.storage.local.remove('settings$');
      await c.storage.local.set({ settings: old });
    }, v1);
    // Restart the worker (chrome.runtime.reload() disables an unpacked extension in this harness, so no real update).
    const probe = await k.context.newPage();
    const cdp = await k.context.newCDPSession(probe);
    const workerTargets = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t: { type: string; url: string }) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${k.extensionId}/`));
    const [old] = await workerTargets();
    await cdp.send('Target.closeTarget', { targetId: old!.targetId });
    await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(0);
    // A news page's report wakes the worker, which migrates while it loads its storage items.
    await probe.goto(k.url('www.reuters.com', 'en/ai-borrowing.html'));
    await expect.poll(async () => (await workerTargets()).length, { timeout: 15_000 }).toBe(1);
    const options = await k.extensionPage('options.html');
    const read = () => options.evaluate(async () => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(['settings', 'settings$']));
    await expect.poll(async () => (await read())['settings$'], { timeout: 10_000 }).toEqual({ v: 2 });
    expect((await read()).settings).toEqual(v2);
    expect(await options.getByRole('radio', { name: /^Strict$|^厳しめ$/ }).isChecked()).toBe(true);
    expect(await options.getByRole('switch', { name: 'nikkei.com', exact: true }).isChecked()).toBe(false);
    await cdp.detach();
    await Promise.all([options.close(), probe.close()]);
  });
});
