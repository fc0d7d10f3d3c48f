/**
 * Hostile pages (issue 7; the million-text-node page is in hostile-million.e2e.test.ts): a 16 ms ticker, iframes of
 * every kind, open/closed/declarative shadow roots, a rich editor, overridden built-ins, RTL and mixed JA/EN text. On
 * each: no page error, the page's text unchanged, nothing annotated inside editable regions. On the ticker page, in the
 * steady state, no long task that the same page without Kensho (on www.example.com, an unlisted host) does not have;
 * Kensho's start-up (the engine's index build, now built in slices) is judged by annotations-budget.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUDGET_PROBE, collectErrors, extraLongTasksInRuns, markers, readBudget } from './annotations-lib';
import { useKensho } from './harness';
import { countScans, scanSettled } from './scan-reports';

const settle = { timeout: 10_000, interval: 100 };
const BASELINE = 'www.example.com';
const NEWS = 'www.reuters.com';

describe('hostile pages (built extension, Chromium)', () => {
  const k = useKensho();

  /** Opens a hostile fixture with the long-task probe and error collection. */
  async function open(host: string, file: string, probe = true): Promise<{ page: Page; errors: string[] }> {
    const page = await k.context.newPage();
    // The probe is a main-world init script: in a script-less sandboxed frame Chromium logs it as blocked.
    if (probe) await page.addInitScript(BUDGET_PROBE);
    const errors = collectErrors(page);
    await countScans(k);
    await page.goto(k.url(host, `hostile/${file}`));
    return { page, errors };
  }

  const claimsOn = async (page: Page) => new Set((await markers(page)).map((m) => m.claim));
  /**
   * Long tasks in the steady state (from one second after the first marker on: the article is scanned, only the
   * page's own changes make Kensho work), and on the same page without Kensho from the same moment after
   * DOMContentLoaded. Start-up tasks are only printed (annotations-budget.e2e.test.ts measures start-up).
   */
  async function compareLongTasks(
    file: string,
    withK: Page,
    waitMs: number,
  ): Promise<{ withK: number[]; without: number[] }> {
    await withK.waitForTimeout(waitMs);
    const k1 = await readBudget(withK);
    const steadyFrom = (k1.first ?? 0) + 1000;
    const from = steadyFrom - k1.dcl;
    const after = (r: typeof k1, t0: number) =>
      r.longAfterDcl.filter((t) => t.start >= t0).map((t) => Math.round(t.duration));
    const base = await open(BASELINE, file);
    await base.page.waitForTimeout(waitMs);
    const b = await readBudget(base.page);
    await base.page.close();
    const withTasks = after(k1, steadyFrom);
    const without = after(b, b.dcl + from);
    const startup = k1.longAfterDcl.filter((t) => t.start < steadyFrom).map((t) => Math.round(t.duration));
    console.log(
      `[hostile] ${file}: steady-state long tasks with Kensho ${JSON.stringify(withTasks)}, without ${JSON.stringify(without)}; start-up ${JSON.stringify(startup)}`,
    );
    expect(k1.first, 'the first marker time was recorded').not.toBeNull();
    return { withK: withTasks, without };
  }
  /** body text of the page without Kensho, for "text unchanged". */
  async function plainText(file: string, read: () => unknown = () => document.body.textContent): Promise<unknown> {
    const base = await open(BASELINE, file);
    await base.page.waitForLoadState('load');
    const text = await base.page.evaluate(read);
    await base.page.close();
    return text;
  }

  it('a ticker mutating every 16 ms: markers stay put (not rebuilt), no page error, no extra long task in the steady state, article text unchanged', async () => {
    const { page, errors } = await open(NEWS, 'ticker.html');
    await expect
      .poll(async () => [...(await claimsOn(page))], settle)
      .toEqual(expect.arrayContaining(['debt.meta-since-2022', 'nvidia.openai-100b']));
    // The first full scan is done (the ticker keeps Kensho's batches coming, so never quiet).
    await scanSettled(k, page, 0, { quiet: false });
    const n = await page.evaluate(() => {
      const all = document.querySelectorAll('kensho-marker');
      all.forEach((m) => m.setAttribute('data-test-original', ''));
      return all.length;
    });
    let withK: number[] = [];
    let without: number[] = [];
    let runs = 0;
    // The first run measures this page; reruns open a fresh one (the markers check below reads the first).
    const budget = await extraLongTasksInRuns(async () => {
      const target = runs++ === 0 ? page : (await open(NEWS, 'ticker.html')).page;
      if (target !== page) await expect.poll(async () => (await claimsOn(target)).size, settle).toBeGreaterThan(0);
      const r = await compareLongTasks('ticker.html', target, 2500);
      if (target !== page) await target.close();
      ({ withK, without } = r);
      return r.withK.length - r.without.length;
    });
    // Same marker elements after 150 ticks: the ticker's batches did not make Kensho re-annotate the article.
    expect(await page.locator('kensho-marker').count()).toBe(n);
    expect(await page.locator('kensho-marker[data-test-original]').count()).toBe(n);
    expect(Number(await page.textContent('#inline-price'))).toBeGreaterThan(100);
    const article = () =>
      document.getElementById('story')!.textContent!.replace(/Prices: \d+ points/, 'Prices: N points');
    expect(await page.evaluate(article)).toBe(await plainText('ticker.html', article));
    expect(errors).toEqual([]);
    expect(
      budget.holds,
      `Kensho-only steady-state long tasks per run: ${budget.extras} (last: with ${JSON.stringify(withK)} vs without ${JSON.stringify(without)})`,
    ).toBe(true);
    await page.close();
  });

  it('iframes (cross-origin, sandboxed, srcdoc, about:blank): no page error, frame text unchanged, no Kensho UI in frames it may not enter', async () => {
    const { page, errors } = await open(NEWS, 'frames.html', false);
    await expect.poll(() => claimsOn(page), settle).toContain('debt.meta-since-2022');
    await scanSettled(k, page);
    // The news iframe Kensho runs in has scanned too (its text is compared below).
    const newsFrame = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).hostname === NEWS);
    if (newsFrame) await scanSettled(k, page, 0, { frame: newsFrame.url() });
    type FrameState = { text: string; layer: number; markers: number };
    const frameState = async (p: Page): Promise<Record<string, FrameState>> =>
      Object.fromEntries(
        await Promise.all(
          p
            .frames()
            .filter((f) => f !== p.mainFrame())
            .map(async (f) => {
              const id = await (await f.frameElement()).getAttribute('id');
              const state = await f.evaluate(() => ({
                text: document.body?.textContent?.trim() ?? '',
                layer: document.querySelectorAll('kensho-layer').length,
                markers: document.querySelectorAll('kensho-marker').length,
              }));
              return [id ?? '', state as FrameState] as const;
            }),
        ),
      );
    const withK = await frameState(page);
    const base = await open(BASELINE, 'frames.html', false);
    await base.page.waitForTimeout(500);
    const without = await frameState(base.page);
    await base.page.close();
    console.log(
      `[hostile] frames with Kensho: ${JSON.stringify(Object.fromEntries(Object.entries(withK).map(([id, s]) => [id, s.markers])))}`,
    );
    expect(Object.keys(withK).sort()).toEqual([
      'blank',
      'cross-news',
      'cross-other',
      'sandboxed',
      'sandboxed-scripts',
      'srcdoc',
    ]);
    for (const [id, s] of Object.entries(withK)) expect(s.text, id).toBe(without[id]!.text);
    // Kensho does not run on unlisted origins, nor in about:blank/srcdoc documents (no match_about_blank).
    for (const id of ['cross-other', 'blank', 'srcdoc']) expect(withK[id]!.layer, id).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('open, closed and declarative shadow roots: open ones annotated, closed ones left alone, text unchanged', async () => {
    const { page, errors } = await open(NEWS, 'shadow.html');
    await expect
      .poll(async () => [...(await claimsOn(page))].sort(), settle)
      .toEqual(expect.arrayContaining(['debt.meta-since-2022', 'imf.not-debt-financed']));
    await scanSettled(k, page);
    const claims = await claimsOn(page);
    // The closed root's sentence (the only place this claim appears) is not Kensho's to read.
    expect(claims.has('nvidia.openai-100b')).toBe(false);
    const read = () => ({
      light: document.body.textContent,
      open: document.getElementById('open-host')!.shadowRoot!.textContent,
      declarative: document.getElementById('declarative')!.shadowRoot!.textContent,
      closed: (window as unknown as { __closedText(): string }).__closedText(),
    });
    expect(await page.evaluate(read)).toEqual(await plainText('shadow.html', read));
    // The highlight for the open-root sentence is a range inside that shadow root (in whichever of Kensho's highlights
    // its stance and the claim's status put it: an undated page sees a claim's latest status).
    const inShadow = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('kensho-'))
        .some(([, h]) =>
          [...(h as unknown as Set<Range>)].some((r) => r.startContainer.getRootNode() instanceof ShadowRoot),
        ),
    );
    expect(inShadow).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a contenteditable rich editor and a role=textbox: never annotated, typing works and stays exactly as typed', async () => {
    const { page, errors } = await open(NEWS, 'editor.html');
    await expect.poll(() => claimsOn(page), settle).toContain('debt.meta-since-2022');
    const scanned = await scanSettled(k, page);
    const editorClaims = ['nvidia.openai-100b', 'imf.not-debt-financed', 'debt.us-tech-bonds-2025'];
    expect([...(await claimsOn(page))].filter((c) => editorClaims.includes(c))).toEqual([]);
    const paintedInEditors = () =>
      page.evaluate(
        () =>
          [...CSS.highlights.values()]
            .flatMap((h) => [...(h as unknown as Set<Range>)])
            .filter((r) => r.startContainer.parentElement?.closest('[contenteditable], [role="textbox"]')).length,
      );
    expect(await paintedInEditors()).toBe(0);
    const before = await page.evaluate(() => document.getElementById('rich')!.innerHTML);
    expect(before).toBe(await plainText('editor.html', () => document.getElementById('rich')!.innerHTML));
    // Type a claim sentence into the editor: it is kept exactly, and Kensho does not annotate it.
    await page.click('#rich p:last-child');
    await page.keyboard.press('End');
    const typed = ' Nvidia will invest up to $100 billion in OpenAI.';
    await page.keyboard.type(typed, { delay: 5 });
    // Typing is a mutation Kensho scans (and skips, being editable): wait for that scan, not for a fixed time.
    await scanSettled(k, page, scanned);
    expect(await page.evaluate(() => document.getElementById('rich')!.textContent)).toContain(typed.trim());
    expect([...(await claimsOn(page))].filter((c) => editorClaims.includes(c))).toEqual([]);
    expect(await paintedInEditors()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rich');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that overrides Array/Node/Element/String/JSON built-ins: Kensho never calls them and still annotates', async () => {
    const { page, errors } = await open(NEWS, 'prototypes.html', false);
    // Locators run in Playwright's own world, so reading markers does not touch the page's traps.
    await expect
      .poll(() => page.locator('kensho-marker[data-kensho-claim="nvidia.openai-100b"]').count(), settle)
      .toBe(1);
    await scanSettled(k, page);
    const hijacked = await page.evaluate(() => {
      const w = window as unknown as { __armed: boolean; __hijack: string[] };
      w.__armed = false;
      return {
        fromExtension: w.__hijack.filter((c) => c.includes('chrome-extension:')),
        polluted: ({} as Record<string, unknown>).polluted,
        mapIsPages: !Array.prototype.map.toString().includes('[native code]'),
      };
    });
    // The page keeps its own overrides (Kensho restores nothing) and no trap was called from Kensho's code.
    expect(hijacked).toEqual({ fromExtension: [], polluted: 'by the page', mapIsPages: true });
    expect(await page.locator('kensho-marker[data-kensho-claim="debt.meta-since-2022"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('right-to-left and mixed JA/EN text: English and Japanese claims annotated, markers on the page, no horizontal overflow', async () => {
    const { page, errors } = await open(NEWS, 'rtl-mixed.html');
    await expect
      .poll(async () => [...(await claimsOn(page))].sort(), settle)
      .toEqual(expect.arrayContaining(['debt.meta-since-2022', 'imf.not-debt-financed', 'nvidia.openai-100b']));
    await scanSettled(k, page);
    const geometry = () => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      text: document.body.textContent,
    });
    const withK = await page.evaluate(geometry);
    expect(withK).toEqual(await plainText('rtl-mixed.html', geometry));
    const boxes = await page
      .locator('kensho-marker')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(withK.clientWidth);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
