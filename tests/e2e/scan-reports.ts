/**
 * Kensho's own "scan finished" signal, for tests that assert something did NOT happen: every scan of a frame ends
 * with a `page/results` message from the content script to the worker (src/page/annotator.ts `reportNow`), also
 * when it found nothing. The test counts those messages in the worker, where a page cannot reach: a page can fake
 * markers, attributes or events in its own DOM, but not a message from Kensho's content script. So "wait for the
 * next report, then assert" fails when Kensho is slow, instead of passing vacuously after a fixed sleep.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Kensho } from './harness';

type Counts = Record<string, number>;
type WorkerGlobal = {
  __kenshoReports?: Counts;
  chrome: {
    runtime: {
      onMessage: { addListener(f: (msg: unknown, sender: { frameId?: number; url?: string }) => void): void };
    };
  };
};

/** Starts counting reports per frame URL in the worker (once per worker); call before opening the page. */
export async function countScans(k: Kensho): Promise<void> {
  await k.worker.evaluate(() => {
    const g = globalThis as unknown as WorkerGlobal;
    if (g.__kenshoReports) return;
    const counts: Counts = (g.__kenshoReports = {});
    // A second listener beside Kensho's router: it only counts, and returns nothing, so it never answers a message.
    g.chrome.runtime.onMessage.addListener((msg, sender) => {
      const m = msg as { kensho?: unknown; type?: unknown } | null;
      if (m?.kensho === 1 && m.type === 'page/results' && sender.url)
        counts[sender.url] = (counts[sender.url] ?? 0) + 1;
    });
  });
}

/** How many scans of `page` (or of a frame's document, by its URL) Kensho has finished since countScans. */
export function scansOf(k: Kensho, page: Page | string): Promise<number> {
  const url = typeof page === 'string' ? page : page.url();
  return k.worker.evaluate((u) => (globalThis as unknown as WorkerGlobal).__kenshoReports?.[u] ?? 0, url);
}

/**
 * Waits until Kensho has finished a scan of `page` (or a frame's URL) after the `after`-th, and then, with `quiet`,
 * until its reports stop: its mutation batches come at most every 250 ms (src/page/mutations.ts), so 600 ms without
 * a report after one arrived means every change made before the call has been scanned. Returns the count reached.
 */
export async function scanSettled(
  k: Kensho,
  page: Page,
  after = 0,
  opts: { frame?: string; quiet?: boolean } = {},
): Promise<number> {
  const target = opts.frame ?? page;
  await expect.poll(() => scansOf(k, target), { timeout: 15_000, interval: 50 }).toBeGreaterThan(after);
  let last = await scansOf(k, target);
  while (opts.quiet !== false) {
    await page.waitForTimeout(600);
    const now = await scansOf(k, target);
    if (now === last) break;
    last = now;
  }
  return last;
}
