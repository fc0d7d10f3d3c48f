/**
 * What Kensho costs a page, read through the Chrome DevTools Protocol: process metrics (main-thread task time, JS
 * heap), CPU-profile time in Kensho's own scripts, and marker-click-to-card time read in the page.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { PAGE_TIMINGS_GLOBAL, type PageTimings } from '../../src/page/page-timings';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const ms = (x: number) => Math.round(x * 10) / 10;

export interface LoadCost {
  /** Main-thread task time of the page's renderer since it started (ms). */
  taskMs: number;
  /** Script execution time of the renderer (ms). */
  scriptMs: number;
  /** JS heap in use after a full GC (MB). */
  heapMB: number;
}

/**
 * Loads `url` in a fresh tab, lets it settle (`settle` resolves), collects garbage and reads the renderer's metrics;
 * `inspect` reads more before the tab closes.
 */
export async function loadCost(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
  inspect?: (cdp: CDPSession) => Promise<void>,
): Promise<LoadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await settle(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await inspect?.(cdp);
  await page.close();
  return {
    taskMs: get('TaskDuration') * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    heapMB: get('JSHeapUsedSize') / 2 ** 20,
  };
}

/**
 * The top frame's start-up timings as Kensho's content script recorded them (src/page/page-timings.ts), read in its
 * isolated world (the page's own world cannot see them); null when that world or the record is missing.
 */
export async function contentScriptTimings(cdp: CDPSession, extensionId: string): Promise<PageTimings | null> {
  type Context = { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } };
  const contexts: Context[] = [];
  const seen = (e: { context: Context }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', seen);
  await cdp.send('Runtime.enable'); // reports every existing context first
  cdp.off('Runtime.executionContextCreated', seen);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = contexts.find(
    (c) =>
      c.origin === `chrome-extension://${extensionId}` &&
      c.auxData?.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id,
  );
  if (!world) return null;
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: `globalThis[${JSON.stringify(PAGE_TIMINGS_GLOBAL)}] ?? null`,
    contextId: world.id,
    returnByValue: true,
  })) as { result: { value?: PageTimings | null } };
  return result.value ?? null;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface KenshoCpu {
  /** Kensho's content script evaluating at document_start (its top-level code, ms). */
  evaluateMs: number;
  /** All main-thread time with a Kensho frame on the stack, before and after DOMContentLoaded (ms). */
  beforeDclMs: number;
  afterDclMs: number;
}

/** Starts a sampling CPU profile of the page's main thread (every 100 µs) and records DOMContentLoaded's time. */
export async function startProfile(cdp: CDPSession): Promise<() => Promise<KenshoCpu>> {
  let dcl = Infinity;
  await cdp.send('Page.enable');
  cdp.on('Page.domContentEventFired', (e) => (dcl = e.timestamp * 1e6));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return kenshoTime(profile, dcl);
  };
}

/** Sums the samples whose stack holds a frame of an extension script (`chrome-extension://`), split at `dcl` (µs). */
function kenshoTime(profile: Profile, dcl: number): KenshoCpu {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isKensho = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
  // A script's top-level code is the frame at line 0, column 0 of its URL, called from the root.
  const isTopLevel = (n: ProfileNode) =>
    isKensho(n) &&
    n.callFrame.lineNumber === 0 &&
    n.callFrame.columnNumber === 0 &&
    byId.get(parent.get(n.id)!)?.callFrame.functionName === '(root)';
  const memo = new Map<number, 'top' | 'kensho' | 'none'>();
  const classify = (id: number): 'top' | 'kensho' | 'none' => {
    const known = memo.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const up = parent.has(id) ? classify(parent.get(id)!) : 'none';
    const c = up !== 'none' ? up : isTopLevel(n) ? 'top' : isKensho(n) ? 'kensho' : 'none';
    memo.set(id, c);
    return c;
  };
  const out = { evaluateMs: 0, beforeDclMs: 0, afterDclMs: 0 };
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample stands for the time until the next one
    t += profile.timeDeltas[i]!;
    const c = classify(id);
    if (c === 'none') return;
    if (c === 'top') out.evaluateMs += dt / 1000;
    if (t < dcl) out.beforeDclMs += dt / 1000;
    else out.afterDclMs += dt / 1000;
  });
  return out;
}

export interface CardTiming {
  /** Click to the card's heading on screen (ms). */
  shownMs: number;
  /** Click to the card's sources on screen (ms): the card's full content. */
  contentMs: number;
}

/**
 * Clicks the `index`-th marker from the page's own world and times, with a MutationObserver, the card's heading and
 * then its sources appearing (the card's shadow root is open, like the markers').
 */
export function timeCardOpen(page: Page, index: number): Promise<CardTiming> {
  return page.evaluate(
    (i) =>
      new Promise<CardTiming>((resolve, reject) => {
        const button = document.querySelectorAll('kensho-marker')[i]?.shadowRoot?.querySelector('button');
        if (!button) return reject(new Error(`no marker ${i}`));
        let shownMs = NaN;
        const check = () => {
          const root = document.querySelector('kensho-card')?.shadowRoot;
          if (!root) return;
          if (Number.isNaN(shownMs) && root.querySelector('.card h2')) shownMs = performance.now() - t0;
          if (
            !Number.isNaN(shownMs) &&
            root.querySelector('.sources li, .sources .muted') &&
            !root.querySelector('[data-sources]')
          ) {
            done.disconnect();
            watchCard.disconnect();
            resolve({ shownMs, contentMs: performance.now() - t0 });
          }
        };
        const done = new MutationObserver(check);
        done.observe(document.documentElement, { childList: true, subtree: true });
        // The card host is created once per page; its shadow root is watched once it exists.
        const watchCard = new MutationObserver(() => {
          const root = document.querySelector('kensho-card')?.shadowRoot;
          if (root) done.observe(root, { childList: true, subtree: true, attributes: true });
          check();
        });
        watchCard.observe(document.documentElement, { childList: true, subtree: true });
        const existing = document.querySelector('kensho-card')?.shadowRoot;
        if (existing) done.observe(existing, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error('card did not show its content within 10 s')), 10_000);
        const t0 = performance.now();
        button.click();
        check();
      }),
    index,
  );
}

/** Closes the open card by clicking its marker again (a toggle) and waits until it is gone. */
export async function closeCard(page: Page, index: number): Promise<void> {
  await page.evaluate(
    (i) => document.querySelectorAll('kensho-marker')[i]?.shadowRoot?.querySelector('button')?.click(),
    index,
  );
  await page.waitForFunction(() => !document.querySelector('kensho-card')?.shadowRoot?.querySelector('.card'));
}
