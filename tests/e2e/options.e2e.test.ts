import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { useKensho, type Kensho } from './harness';

/** The extension's `chrome` global as seen from the worker or an extension page. */
type ChromeGlobal = { chrome: typeof browser };
const PACKS = 'tests/fixtures/packs';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored JSON, shape asserted by each test
const storageLocal = (k: Kensho, key: string): Promise<any> =>
  k.worker.evaluate(
    async (key) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(key))[key],
    key,
  );

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
    await expect
      .poll(async () => (await storageLocal(k, 'settings'))?.sourceFilters)
      .toMatchObject({ hiddenPublishers: [publisher], hiddenKinds: ['blog'] });
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
    // Keyboard focus lands on the safe choice.
    expect(await options.evaluate(() => document.activeElement?.textContent)).toMatch(/Cancel|キャンセル/);
    await options.keyboard.press('Enter');
    expect((await storageLocal(k, 'packs'))[0].name.en).toBe('Test pack: city transport');
    await options.locator('#k-import-pack').setInputFiles(revised);
    await options
      .getByRole('alertdialog')
      .getByRole('button', { name: /Replace|置き換える/ })
      .click();
    await expect
      .poll(async () => (await storageLocal(k, 'packs'))[0].name.en)
      .toBe('Test pack: city transport (revised)');
    expect(await storageLocal(k, 'packs')).toHaveLength(1);
    await options.close();
  });

  it('packs can be turned off (annotations go), exported and removed', async () => {
    const options = await k.extensionPage('options.html');
    const row = options.locator('tr[data-pack-id="test.city-transport"]');
    await row.waitFor();
    const page = await k.open('www.reuters.com', 'en/unrelated.html');
    const marker = page.locator('[data-kensho-claim="test.city-bike-lanes"]');
    await marker.first().waitFor({ timeout: 15_000 });
    await row.getByRole('switch').uncheck();
    await expect.poll(() => marker.count(), { timeout: 5_000 }).toBe(0);
    await row.getByRole('switch').check();
    await expect.poll(() => marker.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const download = options.waitForEvent('download');
    await row.getByRole('button', { name: /Export|書き出す/ }).click();
    const file = await download;
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(exported).toMatchObject({
      format: 'kensho-pack',
      version: 1,
      id: 'test.city-transport',
      claims: [{ id: 'test.city-bike-lanes' }],
    });
    await row.getByRole('button', { name: /Remove|削除/ }).click();
    await expect.poll(async () => (await storageLocal(k, 'packs')) ?? []).toEqual([]);
    await expect.poll(() => marker.count(), { timeout: 5_000 }).toBe(0);
    // Put it back for the tests below.
    await options.locator('#k-import-pack').setInputFiles(`${PACKS}/valid-city-bike-lanes.kensho-pack.json`);
    await expect.poll(() => options.locator('tr[data-pack-id]').count()).toBe(1);
    await page.close();
    await options.close();
  });

  it('lists "not this claim" reports from cards, exports and clears them', async () => {
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const marker = article.locator('[data-kensho-claim="nvidia.openai-100b"]').first();
    await marker.waitFor({ timeout: 15_000 });
    await marker.locator('button').first().click();
    await article.locator('kensho-card .card button.not-this').click();
    const options = await k.extensionPage('options.html');
    const rows = options.locator('.k-table:not(.k-packs) tbody tr');
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(1);
    expect(await rows.first().textContent()).toContain('nvidia.openai-100b');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: /Export as JSON|JSON で書き出す/ }).click();
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(exported.reports).toEqual([expect.objectContaining({ claimId: 'nvidia.openai-100b', url: article.url() })]);
    await options.getByRole('button', { name: /Clear all reports|すべてのレポートを消去/ }).click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(await storageLocal(k, 'falsePositives')).toEqual([]);
    await options.close();
    await article.close();
  });

  it('choosing 日本語 on an English browser turns an open card, its marker, the popup and the options page Japanese, without a reload', async () => {
    const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
    const [en, ja] = [messages('en'), messages('ja')];
    const statement = JSON.parse(readFileSync('data/nvidia-openai-circular.json', 'utf8')).claims.find(
      (c: { id: string }) => c.id === 'nvidia.openai-100b',
    ).statement;
    expect(await k.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.i18n.getUILanguage())).toMatch(
      /^en/,
    );
    const article = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    const marker = article.locator('[data-kensho-claim="nvidia.openai-100b"]').first().locator('button');
    await marker.waitFor({ timeout: 15_000 });
    await marker.click();
    const card = article.locator('kensho-card .card[data-claim="nvidia.openai-100b"]');
    await card.waitFor({ timeout: 5_000 });
    expect(await card.getAttribute('lang')).toBe('en');
    expect(await card.locator('.brand').textContent()).toBe(en.card_title.message);
    const popup = await k.extensionPage('popup.html');
    const claimsHeading = popup.locator('#k-claims-h');
    await expect.poll(() => claimsHeading.textContent()).toBe(en.popup_claimsHeading.message);

    const options = await k.extensionPage('options.html');
    // Labelled in both languages, whichever the browser speaks.
    expect(await options.locator('fieldset:has(input[name="language"]) legend').textContent()).toBe(
      `${en.options_language.message} / ${ja.options_language.message}`,
    );
    await options.getByRole('radio', { name: '日本語' }).check();
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.language).toBe('ja');

    await expect.poll(() => card.getAttribute('lang'), { timeout: 5_000 }).toBe('ja');
    expect(await card.locator('.brand').textContent()).toBe(ja.card_title.message);
    expect(await card.locator('h2').textContent()).toBe(statement.ja);
    expect(await card.locator('.stance').textContent()).toMatch(/^この文は/);
    expect(await marker.getAttribute('lang')).toBe('ja');
    expect(await marker.getAttribute('aria-label')).toContain(statement.ja);
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await claimsHeading.textContent()).toBe(ja.popup_claimsHeading.message);
    // The options page itself re-renders in the chosen language at once, and English turns it back.
    const pageLang = () => options.evaluate(() => document.documentElement.lang);
    await expect.poll(() => options.locator('h1').textContent()).toBe(ja.optionsTitle.message);
    expect(await pageLang()).toBe('ja');
    await options.getByRole('radio', { name: 'English', exact: true }).check();
    await expect.poll(() => options.locator('h1').textContent()).toBe(en.optionsTitle.message);
    expect(await pageLang()).toBe('en');

    // Labelled with this page's language first, the other after.
    await options.getByRole('radio', { name: /^Same as the browser \/ / }).check();
    await expect.poll(() => card.getAttribute('lang'), { timeout: 5_000 }).toBe('en');
    expect(await card.locator('h2').textContent()).toBe(statement.en);
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await Promise.all([options.close(), popup.close(), article.close()]);
  });

  it('exports, imports and resets all settings', async () => {
    const options = await k.extensionPage('options.html');
    await options.getByRole('radio', { name: /^Dark$|^ダーク$/ }).check();
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.theme).toBe('dark');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: /Export settings|設定を書き出す/ }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file).toMatchObject({ kensho: 'settings', version: 3, settings: { theme: 'dark' } });
    await options.getByRole('button', { name: /Reset all settings|すべての設定を既定値に戻す/ }).click();
    await options.getByRole('button', { name: /^Reset$|^リセット$/ }).click();
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.theme).toBe('auto');
    expect((await storageLocal(k, 'settings')).sourceFilters.hiddenPublishers).toEqual([]);
    await options
      .locator('#k-import-settings')
      .setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.theme).toBe('dark');
    await options
      .locator('#k-import-settings')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"claims": []}') });
    await expect
      .poll(() => options.locator('.k-notice-error').textContent())
      .toMatch(/not a Kensho settings file|Kensho の設定ファイルではありません/);
    expect((await storageLocal(k, 'settings')).theme).toBe('dark');
    // Back to following the system, so the axe run below sees both themes.
    await options.getByRole('radio', { name: /^Follow the system$|^システムに合わせる$/ }).check();
    await expect.poll(async () => (await storageLocal(k, 'settings'))?.theme).toBe('auto');
    await options.close();
  });

  it('imports a schema.org ClaimReview file as a pack', async () => {
    const options = await k.extensionPage('options.html');
    await options.locator('#k-import-pack').setInputFiles(`${PACKS}/claimreview-third-party.json`);
    const row = options.locator('tr[data-pack-id="claimreview.claimreview-third-party"]');
    await row.waitFor({ timeout: 5_000 });
    const stored = (await storageLocal(k, 'packs')).find(
      (p: { id: string }) => p.id === 'claimreview.claimreview-third-party',
    );
    expect(stored).toMatchObject({ format: 'claimreview', enabled: true, claims: [{ topic: 'ai-debt-financing' }] });
    await row.getByRole('button', { name: /Remove|削除/ }).click();
    await expect.poll(() => options.locator('tr[data-pack-id]').count()).toBe(1);
    await options.close();
  });

  it('works from the keyboard alone', async () => {
    const options = await k.extensionPage('options.html');
    await options.locator('h1').waitFor();
    let focused = '';
    for (let i = 0; i < 5 && !/Kensho on/.test(focused); i++) {
      await options.keyboard.press('Tab');
      focused = await options.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '',
      );
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
    const v3 = JSON.parse(readFileSync('tests/unit/storage/fixtures/settings-v3.json', 'utf8'));
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
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t: { type: string; url: string }) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${k.extensionId}/`),
      );
    const [old] = await workerTargets();
    await cdp.send('Target.closeTarget', { targetId: old!.targetId });
    await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(0);
    // A news page's report wakes the worker, which migrates while it loads its storage items.
    await probe.goto(k.url('www.reuters.com', 'en/ai-borrowing.html'));
    await expect.poll(async () => (await workerTargets()).length, { timeout: 15_000 }).toBe(1);
    const options = await k.extensionPage('options.html');
    const read = () =>
      options.evaluate(async () =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(['settings', 'settings$']),
      );
    await expect.poll(async () => (await read())['settings$'], { timeout: 10_000 }).toEqual({ v: 3 });
    expect((await read()).settings).toEqual(v3);
    expect(await options.getByRole('radio', { name: /^Strict$|^厳しめ$/ }).isChecked()).toBe(true);
    expect(await options.getByRole('switch', { name: 'nikkei.com', exact: true }).isChecked()).toBe(false);
    await cdp.detach();
    await Promise.all([options.close(), probe.close()]);
  });
});
