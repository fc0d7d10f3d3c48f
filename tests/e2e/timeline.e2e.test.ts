/**
 * Evidence that knows its dates (issue 11), in Chromium: a 2025 article quoting the $100B plan supports it and its card
 * lists what came since; a 2026 article reporting the plan stalled disputes it; a mid-2026 article repeating the plan
 * gets the retracted marker, label and highlight. Writes the README's card and popup screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { annotationProblems, loadExpectations } from '../unit/page/fixture-expectations';
import { markers } from './annotations-lib';
import { useKensho, type Kensho } from './harness';

type ChromeGlobal = { chrome: { storage: { session: { get(k: null): Promise<Record<string, { url?: string }>> } } } };
const settle = { timeout: 15_000 };
const expectation = (page: string) => loadExpectations().find((e) => e.page === page)!;

/** Opens a fixture page and waits until it carries exactly its expected annotations. */
async function openChecked(k: Kensho, path: string): Promise<Page> {
  const e = expectation(path);
  const page = await k.open(e.host, e.page);
  await expect.poll(async () => annotationProblems(e, await markers(page)), settle).toEqual([]);
  return page;
}

/** Opens the card of the first marker of `claim` (a click on its shadow-root button) and returns the card. */
async function openCard(page: Page, claim: string): Promise<Locator> {
  await page.locator(`kensho-marker[data-kensho-claim="${claim}"]`).first().locator('button').click();
  const card = page.locator(`kensho-card .card[data-claim="${claim}"]`);
  await expect.poll(() => card.count(), settle).toBe(1);
  // Sources and updates come from the background after the card opens.
  await expect.poll(() => card.locator('[data-sources="loading"]').count(), settle).toBe(0);
  return card;
}

const updateRows = (card: Locator) =>
  card.locator('.since-then li.update').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-update-date')} ${el.getAttribute('data-status')}`));

async function tabIdFor(k: Kensho, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(async () => {
      const all = await k.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null));
      id = Number(Object.entries(all).find(([key, v]) => key.startsWith('tab-results:') && v.url === url)?.[0].slice('tab-results:'.length)) || undefined;
      return id;
    }, settle)
    .toBeTypeOf('number');
  return id!;
}

describe('evidence that knows its dates', () => {
  const k = useKensho();

  it('a 2025 article quoting the $100B plan supports it; the card is as of the article and lists what came since, newest first', async () => {
    const page = await openChecked(k, 'en/openai-plan-2025.html');
    const card = await openCard(page, 'nvidia.openai-100b');
    expect(await card.locator('.stance').getAttribute('data-state')).toBe('supports');
    expect(await card.locator('.as-of').textContent()).toBe('As of this article (2025-10-14): as stated');
    expect(await card.locator('.since-then > h3').textContent()).toBe('Since then');
    const rows = await updateRows(card);
    // Newest first; every 2026 development after the article, the retraction on top.
    expect(rows[0]).toBe('2026-03-04 retracted');
    expect(rows).toContain('2026-01-30 contested');
    expect([...rows].sort().reverse()).toEqual(rows);
    // Each update names its status in words and cites its sources.
    const newest = card.locator('.since-then li.update').first();
    expect(await newest.locator('.status-label').textContent()).toBe('retracted');
    expect(await newest.locator('.sources li').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1000, height: 900 });
    await card.screenshot({ path: 'test-results/screenshots/card-since-then.png' });

    // The popup groups the claim the same way: as of the page's date, with "Since then".
    const tabId = await tabIdFor(k, page.url());
    const popup = await k.extensionPage(`popup.html?tabId=${tabId}`);
    const item = popup.locator('.k-claims > li[data-claim-id="nvidia.openai-100b"]');
    await expect.poll(() => item.count(), settle).toBe(1);
    expect(await item.locator('.k-as-of').textContent()).toBe('As of this article (2025-10-14): as stated');
    expect(await item.locator('.k-since-then li[data-update-date]').first().getAttribute('data-update-date')).toBe('2026-03-04');
    expect(await item.getAttribute('data-state')).toBeNull();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: 'test-results/screenshots/popup-since-then.png' });
    await popup.close();
    await page.close();
  });

  it('the Japanese 2025 article: the same claim, as stated then, with the updates since', async () => {
    const page = await openChecked(k, 'ja/openai-plan-2025.html');
    const card = await openCard(page, 'nvidia.openai-100b');
    expect(await card.locator('.as-of').getAttribute('data-status')).toBe('as-stated');
    expect((await updateRows(card))[0]).toBe('2026-03-04 retracted');
    await page.close();
  });

  it('a 2026 article reporting the plan stalled disputes the original claim; its card shows the status then and what came after', async () => {
    // Needs the reported-change stance rule (judgement work): until then the engine calls the sentence "supports".
    const page = await openChecked(k, 'en/openai-plan-stalled-2026.html');
    const card = await openCard(page, 'nvidia.openai-100b');
    expect(await card.locator('.stance').getAttribute('data-state')).toBe('disputes');
    expect(await card.locator('.as-of').textContent()).toBe('As of this article (2026-02-03): revised by later reporting');
    expect(await updateRows(card)).toEqual(['2026-03-04 retracted', '2026-02-27 revised']);
    await page.close();
  });

  it('the Japanese 2026 article (保留, 縮小) disputes it too', async () => {
    const page = await openChecked(k, 'ja/openai-plan-stalled-2026.html');
    expect((await markers(page)).filter((m) => m.claim === 'nvidia.openai-100b').map((m) => m.stance)).toEqual(['disputes']);
    await page.close();
  });

  it('a mid-2026 article repeating the plan: retracted by then, so a distinct marker, label and highlight, never plainly "makes the claim"', async () => {
    const page = await openChecked(k, 'en/openai-plan-stale-2026.html');
    const marker = page.locator('kensho-marker[data-kensho-claim="nvidia.openai-100b"]');
    expect(await marker.getAttribute('data-kensho-stance')).toBe('supports');
    expect(await marker.getAttribute('data-kensho-state')).toBe('retracted');
    const button = marker.locator('button');
    expect(await button.textContent()).toBe('↺');
    expect(await button.getAttribute('aria-label')).toMatch(/^Kensho fact-check: This sentence makes a claim that was retracted\. Claim: /);
    const painted = await page.evaluate(() => [...CSS.highlights].filter(([, h]) => (h as unknown as Set<Range>).size > 0).map(([name]) => name));
    expect(painted).toEqual(['kensho-outdated']);
    const card = await openCard(page, 'nvidia.openai-100b');
    expect(await card.locator('.stance').getAttribute('data-state')).toBe('retracted');
    expect(await card.locator('.stance').textContent()).toBe('This sentence makes a claim that was retracted');
    expect(await card.locator('.as-of').textContent()).toBe('As of this article (2026-06-10): retracted');
    expect(await card.locator('.since-then').count()).toBe(0);
    await page.close();
  });
});
