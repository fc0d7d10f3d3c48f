/**
 * A page with a million text nodes (generated in the page by its own script, before DOMContentLoaded). One load
 * without Kensho (www.example.com, unlisted) and one with it; both tests read the same two loads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUDGET_PROBE, collectErrors, extraLongTasksInRuns, markers, readBudget } from './annotations-lib';
import { useKensho } from './harness';

interface Reading {
  text: { len: number; nodes: string | undefined; last: string | null };
  longTasks: number[];
  claims: string[];
  errors: string[];
}

/**
 * The floor Kensho is held to: the page itself shows one small box a second after DOMContentLoaded, as Kensho shows
 * its first marker. On a million text nodes any change to the DOM costs one layout and paint of the page (measured in
 * Chromium 156: 25-30 ms layout and 15-20 ms paint for a 16 px box, whatever its containment), close to the 50 ms of a
 * long task; that frame is the price of showing anything, not Kensho's. Kensho must cost no more long tasks than it.
 */
const ONE_BOX = `document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;top:120px;left:8px;width:16px;height:16px;background:#888';
  document.documentElement.appendChild(box);
}, 1000));`;

describe('a million text nodes (built extension, Chromium)', () => {
  const k = useKensho();
  const readings: Record<'with' | 'without', Reading> = {} as never;
  let budget: { extras: number[]; holds: boolean };

  async function load(host: string, annotated: boolean): Promise<Reading> {
    const page: Page = await k.context.newPage();
    await page.addInitScript(BUDGET_PROBE);
    if (!annotated) await page.addInitScript(ONE_BOX);
    const errors = collectErrors(page);
    await page.goto(k.url(host, 'hostile/million-nodes.html'), { timeout: 45_000 });
    // (expect.poll is for tests only; this runs in beforeAll.)
    for (let end = Date.now() + 20_000; annotated && Date.now() < end; await page.waitForTimeout(100)) {
      if ((await markers(page)).some((m) => m.claim === 'nvidia.openai-100b')) break;
    }
    await page.waitForTimeout(3000);
    const text = await page.evaluate(() => ({
      len: document.body.textContent!.length,
      nodes: document.documentElement.dataset.textNodes,
      last: document.getElementById('last')!.textContent,
    }));
    const longTasks = (await readBudget(page)).longAfterDcl.map((t) => Math.round(t.duration));
    const claims = (await markers(page)).map((m) => m.claim);
    await page.close();
    return { text, longTasks, claims, errors };
  }

  beforeAll(async () => {
    budget = await extraLongTasksInRuns(async () => {
      const without = await load('www.example.com', false);
      const withK = await load('www.reuters.com', true);
      // The first pair is also the one the correctness test reads.
      readings.without ??= without;
      readings.with ??= withK;
      console.log(
        `[hostile] million nodes: long tasks after DCL with Kensho ${JSON.stringify(withK.longTasks)}, without (one box) ${JSON.stringify(without.longTasks)}`,
      );
      return withK.longTasks.length - without.longTasks.length;
    });
  }, 240_000);

  it('no page error, text unchanged, the claim at the top annotated', () => {
    expect(readings.with.text.nodes).toBe('1000000');
    expect(readings.with.text).toEqual(readings.without.text);
    expect(readings.with.claims).toContain('nvidia.openai-100b');
    expect(readings.without.claims).toEqual([]);
    expect(readings.with.errors).toEqual([]);
  });

  // Kensho used to add long tasks here: adopting the document-scope ::highlight sheet after the page was built made
  // the first checkVisibility() restyle all million nodes (~350 ms), and a wrapper plus a segment object for every
  // text node the walk touched caused 50-80 ms GCs. The sheet is now adopted at document_start and all-text
  // paragraphs are read through textContent, their segments listed only when a match needs a range.
  it('no long task attributable to Kensho', () => {
    expect(budget.holds, `Kensho-only long tasks per run: ${budget.extras}`).toBe(true);
  });
});
