import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationProblems, loadExpectations } from '../unit/page/fixture-expectations';
import { collectErrors, markers, missingFrom } from './annotations-lib';
import { useKensho } from './harness';

const ALL = loadExpectations();
const byPage = (page: string) => ALL.find((e) => e.page === page)!;
const settle = { timeout: 8_000, interval: 100 };

/** Polls until `check` reports no problems or time runs out; returns the last problems. */
async function waitForNoProblems(check: () => Promise<string[]>, timeout: number): Promise<string[]> {
  const end = Date.now() + timeout;
  let last = await check();
  while (last.length > 0 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await check();
  }
  return last;
}

describe('in-page annotations on the fixture pages (built extension, Chromium)', () => {
  const k = useKensho();

  it('every fixture page gets its expected annotations (and none where none are expected), without page errors', async () => {
    // Every page is checked and all problems reported together, so one engine miss does not hide the others.
    const problems: Record<string, string[]> = {};
    for (const e of ALL.filter((x) => x.page !== 'en/long-article.html')) {
      const page = await k.context.newPage();
      const errors = collectErrors(page);
      await page.goto(k.url(e.host, e.page));
      let found = await waitForNoProblems(() => markers(page).then((m) => annotationProblems(e, m)), 4_000);
      if (e.annotations.length === 0 && found.length === 0) {
        // Give a late scan the chance to (wrongly) add something before declaring the page clean.
        await page.waitForTimeout(400);
        found = annotationProblems(e, await markers(page));
      }
      if (found.length || errors.length) problems[e.page] = [...found, ...errors];
      await page.close();
    }
    expect(problems).toEqual({});
  });

  it('never changes the page text: textContent is identical with and without Kensho', async () => {
    for (const path of ['en/ai-borrowing.html', 'ja/debt-bonds.html', 'en/comments.html']) {
      const without = await k.context.newPage();
      await without.goto(k.url('www.example.com', path)); // not a news host: Kensho does not run
      const plain = await without.evaluate(() => document.body.textContent);
      const withK = await k.open('www.reuters.com', path);
      await expect.poll(async () => (await markers(withK)).length, settle).toBeGreaterThan(0);
      expect(await withK.evaluate(() => document.body.textContent), path).toBe(plain);
      // Nothing of Kensho's inside the body, no wrapped text nodes.
      expect(
        await withK.evaluate(() => document.body.querySelectorAll('[data-kensho-claim], kensho-layer, mark').length),
      ).toBe(0);
      await without.close();
      await withK.close();
    }
  });

  it('paints highlights with the Custom Highlight API and leaves editable regions alone', async () => {
    const page = await k.open('www.wired.com', 'en/comments.html');
    await expect.poll(async () => (await markers(page)).length, settle).toBe(2);
    const painted = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('kensho-supports') as unknown as Set<Range>)];
      return ranges.map((r) => ({
        text: r.toString(),
        editable: !!r.startContainer.parentElement?.closest('[contenteditable], textarea'),
      }));
    });
    expect(painted.map((p) => p.editable)).toEqual([false, false]);
    expect(painted[1]!.text).toContain('lost about 80% of its value');
    await page.close();
  });

  it('keyboard: Tab reaches a marker, Enter opens its card with both sides and the figure check, Escape returns focus', async () => {
    const page = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    await expect.poll(async () => (await markers(page)).length, settle).toBe(5);
    let onMarker = false;
    for (let i = 0; i < 40 && !onMarker; i++) {
      await page.keyboard.press('Tab');
      onMarker = await page.evaluate(() => document.activeElement?.tagName === 'KENSHO-MARKER');
    }
    expect(onMarker).toBe(true);
    const label = await page.evaluate(() =>
      document.activeElement!.shadowRoot!.activeElement!.getAttribute('aria-label'),
    );
    expect(label).toMatch(/Kensho/);
    // Move to the $157 billion sentence's marker (second in page order) and open it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const card = page.locator('kensho-card .card');
    await expect.poll(() => card.isVisible(), settle).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('KENSHO-CARD');
    expect(await card.getAttribute('role')).toBe('dialog');
    expect(await card.getAttribute('data-claim')).toBe('debt.us-tech-bonds-2025');
    expect(await card.locator('h2').textContent()).toMatch(/\$157 billion/);
    expect(await card.locator('.figure .bar').count()).toBe(2);
    // The sources arrive from the background (claim/sources) a moment after the card opens.
    await expect.poll(() => card.locator('.sources.supports li').count(), settle).toBeGreaterThan(0);
    expect(await card.locator('.sources.supports').count()).toBe(1);
    expect(await card.locator('.sources.disputes').count()).toBe(1);
    expect(await card.locator('[data-sources]').count()).toBe(0);
    // Fetched, not bundled: the content script carries none of the sources' URLs that the card now links to.
    const contentScript = readFileSync('.output/chrome-mv3/content-scripts/news.js', 'utf8');
    const hrefs = await card.locator('.sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => contentScript.includes(h))).toEqual([]);
    // The focus stayed in the card while the sources came in.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('KENSHO-CARD');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), settle).toBe(0);
    const back = await page.evaluate(() => ({
      host: document.activeElement?.getAttribute('data-kensho-claim'),
      expanded: document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-expanded'),
    }));
    expect(back).toEqual({ host: 'debt.us-tech-bonds-2025', expanded: 'false' });
    await page.close();
  });

  it('a figure that differs is drawn as a bar comparison (Japanese page)', async () => {
    const e = byPage('ja/nvidia-openai.html');
    const page = await k.open(e.host, e.page);
    await expect.poll(async () => annotationProblems(e, await markers(page)), settle).toEqual([]);
    const differs = page.locator('kensho-marker[data-kensho-stance="disputes"]');
    if ((await differs.count()) > 0) {
      await differs.first().locator('button').click();
      const fig = page.locator('kensho-card .figure.differs');
      await expect.poll(() => fig.count(), settle).toBe(1);
      // The article's figure as the page wrote it; the sources' figure in the reader's language (this browser's UI is
      // English).
      expect(await fig.locator('.bar-value').allTextContents()).toEqual(['500億ドル', 'up to $100B']);
    }
    await page.close();
  });

  it('strict CSP with Trusted Types: highlights, markers and cards still work', async () => {
    const page = await k.context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(k.url('www.reuters.com', 'en/strict-csp.html'));
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    await expect.poll(async () => (await markers(page)).length, settle).toBe(3);
    expect(await page.evaluate(() => document.documentElement.dataset.pageScript)).toBe('ran');
    expect(await page.evaluate(() => (CSS.highlights.get('kensho-supports') as unknown as Set<Range>).size)).toBe(3);
    // The ::highlight rules are in a document-scope constructable sheet, which style-src does not block.
    expect(
      await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('::highlight(kensho-supports)')),
        ),
      ),
    ).toBe(true);
    await page.locator('kensho-marker').first().locator('button').click();
    await expect.poll(() => page.locator('kensho-card .card h2').isVisible(), settle).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a React-like page hydrates after Kensho without a mismatch, and streamed-in text is annotated', async () => {
    const e = byPage('en/hydration.html');
    const page = await k.context.newPage();
    const errors = collectErrors(page);
    await page.goto(k.url(e.host, e.page));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.hydrated), settle).toBe('ok');
    await expect.poll(async () => annotationProblems(e, await markers(page), e.afterHydration), settle).toEqual([]);
    await page.click('#like');
    expect(await page.textContent('#likes')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('SPA navigation clears the old view and annotates the new one', async () => {
    const e = byPage('en/spa.html');
    const page = await k.open(e.host, e.page);
    // Exact, not just present: the new view gets its annotations and nothing else (the old view's are gone).
    await expect.poll(async () => annotationProblems(e, await markers(page)), settle).toEqual([]);
    await page.click('a[data-route="sora"]');
    await expect.poll(async () => annotationProblems(e, await markers(page), e.afterNavigation!), settle).toEqual([]);
    // The old view's annotations are gone with it.
    expect((await markers(page)).filter((m) => m.claim === 'imf.gdp-share')).toEqual([]);
    await page.close();
  });

  it('infinite scroll annotates only the new stories and keeps the existing markers', async () => {
    const e = byPage('en/infinite.html');
    const page = await k.open(e.host, e.page);
    await expect.poll(async () => annotationProblems(e, await markers(page)), settle).toEqual([]);
    const before = (await markers(page)).length;
    await page.evaluate(() =>
      document
        .querySelector('kensho-marker[data-kensho-claim="debt.google-2025"]')!
        .setAttribute('data-test-original', ''),
    );
    // Scroll again on every poll: a scroll that lands before the observer has seen the sentinel leave the viewport
    // (right after an append) changes nothing it can see, so a single scroll per story can wait forever.
    for (const n of ['1', '2']) {
      await expect
        .poll(
          () =>
            page.evaluate(
              () => (window.scrollTo(0, document.body.scrollHeight), document.documentElement.dataset.loaded),
            ),
          settle,
        )
        .toBe(n);
    }
    await expect.poll(async () => annotationProblems(e, await markers(page), e.afterScroll!), settle).toEqual([]);
    // The first story was not re-annotated: its marker is the same element, and there is still one of it.
    expect(await page.locator('kensho-marker[data-test-original]').count()).toBe(1);
    expect(await page.locator('kensho-marker[data-kensho-claim="debt.google-2025"]').count()).toBe(1);
    expect((await markers(page)).length).toBeGreaterThan(before);
    await page.close();
  });

  it('annotates inside a same-site iframe', async () => {
    const e = byPage('en/iframe.html');
    const page = await k.open(e.host, e.page);
    await expect.poll(async () => missingFrom(e.annotations, await markers(page)), settle).toEqual([]);
    const frame = page.frames().find((f) => f.url().endsWith('iframe-inner.html'))!;
    await expect
      .poll(async () => missingFrom(e.frames!['iframe-inner.html']!, await markers(frame)), settle)
      .toEqual([]);
    await page.close();
  });

  it('the global off switch removes everything at once, and switching on brings it back (no reload)', async () => {
    const page = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    await expect.poll(async () => (await markers(page)).length, settle).toBe(5);
    const setEnabled = (enabled: boolean) =>
      k.worker.evaluate(async (on) => {
        type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
        const c = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
        const { settings } = await c.storage.local.get('settings');
        await c.storage.local.set({ settings: { ...(settings as object), enabled: on } });
      }, enabled);
    await setEnabled(false);
    await expect.poll(async () => (await markers(page)).length, settle).toBe(0);
    expect(
      await page.evaluate(
        () => (CSS.highlights.get('kensho-supports') as unknown as Set<Range> | undefined)?.size ?? 0,
      ),
    ).toBe(0);
    await setEnabled(true);
    await expect.poll(async () => (await markers(page)).length, settle).toBe(5);
    await page.close();
  });
});
