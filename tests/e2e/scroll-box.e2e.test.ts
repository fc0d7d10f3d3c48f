/**
 * Markers live in Kensho's layer, outside the text they mark, so they must follow their sentence when layout moves it
 * without any change to the DOM: text in a box that scrolls on its own (a live-updates pane; the marker also hides
 * while its sentence is scrolled out of the box), and a picture that loads late and pushes the story down.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors } from './annotations-lib';
import { useKensho } from './harness';

const settle = { timeout: 10_000, interval: 50 };

/** The marker's box and the sentence's last visible line, in viewport coordinates (null when hidden). */
function positions(page: Page) {
  return page.evaluate(() => {
    const marker = document.querySelector('[data-kensho-claim="dotcom.nasdaq-80pct"]') as HTMLElement | null;
    const m = marker?.getBoundingClientRect();
    const p = document.getElementById('claim')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const rects = [...range.getClientRects()];
    const pane = document.getElementById('live')!.getBoundingClientRect();
    const visible = rects.filter((r) => r.bottom > pane.top && r.top < pane.bottom);
    const last = visible.at(-1);
    return {
      marker: marker && getComputedStyle(marker).display !== 'none' && m ? { top: m.top, bottom: m.bottom } : null,
      line: last ? { top: last.top, bottom: last.bottom } : null,
    };
  });
}

describe('a sentence inside an independently scrolling box (built extension, Chromium)', () => {
  const k = useKensho();

  it('the marker follows the box scroll, and hides while its sentence is scrolled out of the box', async () => {
    const page = await k.context.newPage();
    const errors = collectErrors(page);
    await page.goto(k.url('www.reuters.com', 'en/scroll-box.html'));
    await expect.poll(async () => (await positions(page)).marker, settle).not.toBeNull();

    // Level with its line at first...
    const level = async () => {
      const { marker, line } = await positions(page);
      return marker && line ? Math.abs((marker.top + marker.bottom) / 2 - (line.top + line.bottom) / 2) : Infinity;
    };
    await expect.poll(level, settle).toBeLessThan(12);

    // ...still level after the box (not the document) scrolls the sentence up by 40 px...
    const before = (await positions(page)).marker!.top;
    await page.evaluate(() => document.getElementById('live')!.scrollBy(0, 40));
    await expect.poll(async () => (await positions(page)).marker?.top ?? Infinity, settle).toBeLessThan(before - 20);
    await expect.poll(level, settle).toBeLessThan(12);

    // ...hidden while the box shows only later updates, and back when scrolled home.
    await page.evaluate(() => {
      const live = document.getElementById('live')!;
      live.scrollTop = live.scrollHeight;
    });
    await expect.poll(async () => (await positions(page)).line, settle).toBeNull();
    await expect.poll(async () => (await positions(page)).marker, settle).toBeNull();
    await page.evaluate(() => (document.getElementById('live')!.scrollTop = 0));
    await expect.poll(level, settle).toBeLessThan(12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the marker moves with its sentence when a picture above it loads late', async () => {
    const page = await k.context.newPage();
    const errors = collectErrors(page);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/late-image.svg', async (route) => {
      await held;
      await route.fulfill({ path: 'tests/fixtures/pages/en/late-image.svg', contentType: 'image/svg+xml' });
    });
    // Not waiting for the load event: it waits for the picture.
    await page.goto(k.url('www.reuters.com', 'en/late-image.html'), { waitUntil: 'domcontentloaded' });
    const where = () =>
      page.evaluate(() => {
        const marker = document.querySelector('[data-kensho-claim="dotcom.nasdaq-80pct"]')?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('claim')!);
        const line = [...range.getClientRects()].at(-1)!;
        return { marker: marker ? (marker.top + marker.bottom) / 2 : null, line: (line.top + line.bottom) / 2 };
      });
    const offLine = async () => {
      const { marker, line } = await where();
      return marker === null ? Infinity : Math.abs(marker - line);
    };
    await expect.poll(offLine, settle).toBeLessThan(12);
    const before = (await where()).line;

    release();
    await expect.poll(async () => (await where()).line, settle).toBeGreaterThan(before + 200);
    await expect.poll(offLine, settle).toBeLessThan(12);
    expect(errors).toEqual([]);
    await page.close();
  });
});
