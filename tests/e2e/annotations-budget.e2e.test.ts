import { describe, expect, it } from 'vitest';
import { BUDGET_PROBE, collectErrors, markers, readBudget } from './annotations-lib';
import { useKensho } from './harness';

// Budgets from issue 5, measured in headless Chromium on this machine. The numbers are printed for the report.
describe('annotation budgets', () => {
  const k = useKensho();

  it('100k-character article: no long task after DOMContentLoaded beyond what the page has without Kensho', async () => {
    const measure = async (host: string) => {
      const page = await k.context.newPage();
      await page.addInitScript(BUDGET_PROBE);
      const errors = collectErrors(page);
      await page.goto(k.url(host, 'en/long-article.html'));
      if (host !== 'www.example.com')
        await expect.poll(async () => (await markers(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
      await page.waitForTimeout(1500); // let the whole article be scanned
      const reading = await readBudget(page);
      const chars = await page.evaluate(() => document.querySelector('article')!.textContent!.length);
      await page.close();
      return { ...reading, chars, errors };
    };
    // Three paired runs, judged on the median: a long task from the shared 2-core machine (GC, another process)
    // can land in any one run; a long task Kensho causes lands in every run.
    const extras: number[] = [];
    for (let run = 0; run < 3; run++) {
      const baseline = await measure('www.example.com'); // not a news host: Kensho does not run
      const withK = await measure('www.reuters.com');
      console.log(
        `[budget] long article ${withK.chars} chars, run ${run + 1}: first annotation ${withK.first === null ? 'none' : Math.round(withK.first - withK.dcl)} ms after DOMContentLoaded; ` +
          `long tasks after DCL with Kensho ${JSON.stringify(withK.longAfterDcl.map((t) => Math.round(t.duration)))}, without ${JSON.stringify(baseline.longAfterDcl.map((t) => Math.round(t.duration)))}`,
      );
      expect(withK.chars).toBeGreaterThan(100_000);
      expect(withK.errors).toEqual([]);
      // Kensho-attributable: long tasks that appear only when Kensho runs. (A headless long task is >50 ms by
      // definition.)
      extras.push(withK.longAfterDcl.length - baseline.longAfterDcl.length);
    }
    expect(extras.sort((a, b) => a - b)[1], `Kensho-only long tasks per run: ${extras}`).toBeLessThanOrEqual(0);
  });

  it('first annotation within 300 ms of DOMContentLoaded on the fixture pages', async () => {
    const pages: [string, string][] = [
      ['www.reuters.com', 'en/ai-borrowing.html'],
      ['www.nikkei.com', 'ja/debt-bonds.html'],
      ['jp.reuters.com', 'ja/nvidia-openai.html'],
      ['www.reuters.com', 'en/strict-csp.html'],
      ['www.wired.com', 'en/comments.html'],
    ];
    // Each page loads three times and is judged on its median: one load slowed by the machine's other work
    // (2 shared cores) says nothing about Kensho, three slow loads do.
    const times: Record<string, number> = {};
    for (const [host, path] of pages) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await k.context.newPage();
        await page.addInitScript(BUDGET_PROBE);
        await page.goto(k.url(host, path));
        await expect.poll(async () => (await readBudget(page)).first, { timeout: 5_000 }).not.toBeNull();
        const r = await readBudget(page);
        runs.push(Math.round(r.first! - r.dcl));
        await page.close();
      }
      times[path] = runs.sort((a, b) => a - b)[1]!;
    }
    console.log(`[budget] first annotation after DOMContentLoaded, median of 3 loads (ms): ${JSON.stringify(times)}`);
    for (const [path, ms] of Object.entries(times)) expect(ms, path).toBeLessThanOrEqual(300);
  });
});
