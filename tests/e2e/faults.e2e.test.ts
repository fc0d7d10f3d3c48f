/**
 * Faults and hostile input in the real extension (issue 7): a page trying to control Kensho, hostile pack text in
 * the real card and popup, the service worker stopped before the engine loads, mid-scan, before a card asks for its
 * sources and mid-import, the options page closed mid-import, revoked or disabled sites, corrupt stored values. The
 * worker-stopping test runs last: afterwards the harness's worker handle is stale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { collectErrors, markers } from './annotations-lib';
import { useKensho, type Kensho } from './harness';
import { countScans, scanSettled, scansOf } from './scan-reports';

type ChromeGlobal = { chrome: typeof browser };
const settle = { timeout: 10_000, interval: 100 };

/** The tab id the background stored results under for a page (the content script reported). */
async function tabIdFor(k: Kensho, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(
      async () => {
        const all = await k.worker.evaluate(() =>
          (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null),
        );
        const hit = Object.entries(all).find(
          ([key, v]) => key.startsWith('tab-results:') && (v as { url: string }).url === url,
        );
        id = hit ? Number(hit[0].slice('tab-results:'.length)) : undefined;
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeTypeOf('number');
  return id!;
}

/** Reads and writes storage.local through the worker (the extension's own context). */
const local = {
  get: (k: Kensho, key: string) =>
    k.worker.evaluate(
      async (key) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(key))[key],
      key,
    ),
  set: (k: Kensho, items: Record<string, unknown>) =>
    k.worker.evaluate((items) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(items), items),
};
const tabResults = (k: Kensho, tabId: number) =>
  k.worker.evaluate(
    async (key) =>
      (await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(key))[key] as
        { claims: { claimId: string }[] } | undefined,
    `tab-results:${tabId}`,
  );

const bikePack = () => JSON.parse(readFileSync('tests/fixtures/packs/valid-city-bike-lanes.kensho-pack.json', 'utf8'));
const stored = (pack: { id: string; name: unknown; claims: unknown[] }, enabled = true) => ({
  id: pack.id,
  name: pack.name,
  format: 'kensho',
  enabled,
  importedAt: '2026-01-01T00:00:00.000Z',
  claims: pack.claims,
});

describe('faults and hostile input (built extension, Chromium)', () => {
  const k = useKensho();

  it('a page cannot control Kensho: postMessage, forged WXT events and forged envelopes have no effect', async () => {
    const page = await k.context.newPage();
    // The page listens to every message from the start: Kensho must not announce itself (or its id) this way.
    await page.addInitScript(
      `window.__seen = []; addEventListener('message', (e) => window.__seen.push(JSON.stringify(e.data)));`,
    );
    const errors = collectErrors(page);
    await countScans(k);
    await page.goto(k.url('www.reuters.com', 'en/ai-borrowing.html'));
    await expect.poll(async () => (await markers(page)).length, settle).toBe(5);
    await scanSettled(k, page);
    const tabId = await tabIdFor(k, page.url());
    const before = await tabResults(k, tabId);
    await page.evaluate((extensionId) => {
      const envelopes = [
        { kensho: 1, type: 'page/stop', data: { reason: 'revoked' } },
        { kensho: 1, type: 'page/results', data: { url: location.href, claims: [] } },
        { kensho: 1, type: 'page/reveal', data: { claimId: 'nvidia.openai-100b', occurrence: 0 } },
        { type: `${extensionId}:news:wxt:content-script-started`, contentScriptName: 'news', messageId: 'evil' },
      ];
      for (const e of envelopes) {
        window.postMessage(e, '*');
        document.dispatchEvent(new CustomEvent('message', { detail: e }));
      }
      // WXT's own "a newer content script started" event, forged with the (public, for a store build) extension id.
      for (const name of ['news', 'content', undefined]) {
        document.dispatchEvent(
          new CustomEvent(`${extensionId}:news:wxt:content-script-started`, {
            detail: { contentScriptName: name, messageId: 'evil' },
          }),
        );
      }
    }, k.extensionId);
    // A sentinel: a paragraph without claims, added after the forgeries. Kensho's scan of it (its own report to the
    // worker) shows it handled everything before; had a forged 'page/stop' worked, that scan would never come.
    const scans = await scansOf(k, page);
    await page.evaluate(() =>
      document
        .querySelector('article')!
        .append(Object.assign(document.createElement('p'), { textContent: 'A quiet closing paragraph.' })),
    );
    await scanSettled(k, page, scans);
    expect((await markers(page)).length).toBe(5);
    expect(await page.locator('kensho-card').count()).toBe(0);
    expect(await tabResults(k, tabId)).toEqual(before);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((s) => s.includes(k.extensionId) && !s.includes('evil'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile pack text in the real card and popup is inert text; nothing from it runs', async () => {
    const pack = bikePack();
    const claim = pack.claims[0];
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    claim.statement.en += ` ${hostile}`;
    claim.summary.en = hostile;
    claim.sources[0] = {
      ...claim.sources[0],
      title: `<a href="javascript:window.__pwned=1">click</a>`,
      publisher: `<svg onload="window.__pwned=1">`,
      summary: hostile,
    };
    await local.set(k, { packs: [stored(pack)] });
    const page = await k.open('www.reuters.com', 'en/unrelated.html');
    await expect.poll(async () => (await markers(page)).map((m) => m.claim), settle).toContain('test.city-bike-lanes');
    await page.locator('kensho-marker[data-kensho-claim="test.city-bike-lanes"] button').first().click();
    const card = page.locator('kensho-card .card');
    await expect.poll(() => card.count(), settle).toBe(1);
    // The pack's sources come from the background (claim/sources) like the bundled ones.
    await expect.poll(() => card.locator('.sources li').count(), settle).toBeGreaterThan(0);
    const inCard = await page.locator('kensho-card').evaluate((host) => {
      const root = host.shadowRoot!;
      return {
        text: root.textContent,
        elements: root.querySelectorAll('img, script, svg, iframe').length,
        hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    });
    expect(inCard.elements).toBe(0);
    expect(inCard.text).toContain(hostile);
    expect(inCard.hrefs).toEqual(['https://www.example.org/fixtures/council-minutes']);

    const popup = await k.extensionPage('popup.html?q=city%20council%20protected%20bike%20lanes');
    await expect
      .poll(() => popup.locator('.k-lookup-results > li[data-claim-id="test.city-bike-lanes"]').count(), settle)
      .toBe(1);
    await popup
      .locator('.k-lookup-results > li[data-claim-id="test.city-bike-lanes"] details summary')
      .first()
      .click()
      .catch(() => {});
    const inPopup = await popup.evaluate(() => ({
      text: document.body.textContent,
      elements: document.body.querySelectorAll('img, script, svg, iframe').length,
      hrefs: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href'))
        .filter((h) => !/^https:\/\//.test(h!)),
    }));
    expect(inPopup.elements).toBe(0);
    expect(inPopup.text).toContain('<img src=x onerror');
    expect(inPopup.hrefs).toEqual([]);
    for (const p of [page, popup])
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await local.set(k, { packs: [] });
    await Promise.all([page.close(), popup.close()]);
  });

  it('a corrupt stored value falls back alone: corrupt settings fields and a corrupt pack do not stop the rest', async () => {
    const settings = (await local.get(k, 'settings')) as Record<string, unknown>;
    await local.set(k, {
      settings: { ...settings, strictness: 17, highlightStances: 'all', showBadge: 'yes', theme: 'dark' },
      packs: [{ id: 'Broken Pack!', claims: 'none' }, stored(bikePack()), 'junk'],
    });
    const page = await k.open('www.reuters.com', 'en/unrelated.html');
    // Defaults stand in for the corrupt fields (strictness, stances), the good pack still annotates.
    await expect.poll(async () => (await markers(page)).map((m) => m.claim), settle).toContain('test.city-bike-lanes');
    const popup = await k.extensionPage('popup.html');
    // The valid field next to the corrupt ones is kept.
    await expect.poll(() => popup.locator('html').getAttribute('data-theme'), settle).toBe('dark');
    await local.set(k, { settings: { ...settings }, packs: [] });
    await Promise.all([page.close(), popup.close()]);
  });

  it('a revoked site (the background’s page/stop) and a disabled news site make Kensho inert at once, also for new text', async () => {
    const addClaimParagraph = (p: Page) =>
      p.evaluate(() => {
        const para = document.createElement('p');
        para.textContent =
          'Meta alone has taken on some $28 billion of debt since 2022, according to the figures cited by market researchers.';
        document.querySelector('article')!.append(para);
      });
    const highlighted = (p: Page) =>
      p.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as unknown as Set<Range>).size, 0));
    // An inert Kensho sends no signal, so a live one on another news site gets the same paragraph at the same time:
    // once that one has scanned and annotated it (its own report to the worker), the inert one had the time to.
    await countScans(k);
    const control = await k.open('www.wired.com', 'en/unrelated.html');
    await scanSettled(k, control);
    const addToBoth = async (inert: Page) => {
      const [scans, shown] = [await scansOf(k, control), (await markers(control)).length];
      await Promise.all([addClaimParagraph(inert), addClaimParagraph(control)]);
      await scanSettled(k, control, scans);
      expect((await markers(control)).length, 'the live control annotated the paragraph').toBeGreaterThan(shown);
    };

    // Revoked: the exact message the background sends when the reader removes a site's permission.
    const revoked = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    await expect.poll(async () => (await markers(revoked)).length, settle).toBe(5);
    const tabId = await tabIdFor(k, revoked.url());
    await k.worker.evaluate(
      (id) =>
        (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(
          id,
          { kensho: 1, type: 'page/stop', data: { reason: 'revoked' } },
          { frameId: 0 },
        ),
      tabId,
    );
    expect((await markers(revoked)).length).toBe(0);
    expect(await highlighted(revoked)).toBe(0);
    await expect.poll(async () => (await tabResults(k, tabId))?.claims, settle).toEqual([]);
    await addToBoth(revoked);
    expect((await markers(revoked)).length).toBe(0);

    // Disabled news site (options: switch reuters.com off): gone without reload, and new text stays unannotated.
    const disabled = await k.open('www.reuters.com', 'en/ai-borrowing.html');
    await expect.poll(async () => (await markers(disabled)).length, settle).toBe(5);
    const settings = (await local.get(k, 'settings')) as Record<string, unknown>;
    await local.set(k, { settings: { ...settings, disabledNewsSites: ['reuters.com'] } });
    await expect.poll(async () => (await markers(disabled)).length, { timeout: 1000, interval: 50 }).toBe(0);
    expect(await highlighted(disabled)).toBe(0);
    await addToBoth(disabled);
    expect((await markers(disabled)).length).toBe(0);
    await local.set(k, { settings });
    await Promise.all([revoked.close(), disabled.close(), control.close()]);
  });

  it('the options page closed in the middle of a big import leaves packs whole or unchanged, never half-written', async () => {
    const big = bigPack('closed-mid-import');
    for (let attempt = 0; attempt < 3; attempt++) {
      await local.set(k, { packs: [] });
      const options = await k.extensionPage('options.html');
      await options
        .locator('#k-import-pack')
        .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
      await options.waitForTimeout(attempt * 40);
      await options.close();
      const packs = ((await local.get(k, 'packs')) ?? []) as { id: string; claims: unknown[] }[];
      // Either nothing, or the whole pack with every claim.
      expect(
        packs.length === 0 || (packs.length === 1 && packs[0]!.claims.length === 45),
        JSON.stringify(packs.map((p) => [p.id, p.claims.length])),
      ).toBe(true);
    }
    await local.set(k, { packs: [] });
  });

  // Last: stopping the worker leaves k.worker stale.
  it('the service worker stopped before the engine loads, mid-scan and mid-import: the page finishes, reports to a new worker, the pack lands whole', async () => {
    const cdpPage = await k.context.newPage();
    const cdp = await k.context.newCDPSession(cdpPage);
    const workerTargets = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t: { type: string; url: string }) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${k.extensionId}/`),
      );
    // DevTools' "stop" for service workers (works even while an extension page, a client of the worker, is open).
    // A storage change may wake a new worker at once, so what is awaited is the report that the running one stopped.
    const statuses: { scriptURL: string; runningStatus: string }[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) =>
      statuses.push(...e.versions),
    );
    await cdp.send('ServiceWorker.enable');
    const ours = (v: { scriptURL: string }) => v.scriptURL.startsWith(`chrome-extension://${k.extensionId}/`);
    const stopWorker = async () => {
      expect((await workerTargets()).length, 'a worker was running').toBe(1);
      const from = statuses.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect
        .poll(() => statuses.slice(from).some((v) => ours(v) && v.runningStatus === 'stopped'), settle)
        .toBe(true);
    };

    // Asleep when the probe fires (an MV3 worker stops after 30 s idle): the content script's `engine/load` wakes a
    // new worker, which injects engine.js (a load that fails meanwhile is tried again), and the claims are annotated.
    await stopWorker();
    const claims = await k.context.newPage();
    await claims.goto(k.url('www.reuters.com', 'en/ai-borrowing.html'));
    await expect.poll(async () => (await markers(claims)).length, settle).toBeGreaterThan(0);
    await claims.close();

    // Mid-scan: the 100k-character article takes over a second to scan; the worker goes as soon as the scan starts.
    const article = await k.context.newPage();
    const errors = collectErrors(article);
    const started = article.waitForFunction(() => document.querySelector('kensho-layer') !== null, undefined, {
      timeout: 10_000,
    });
    await article.goto(k.url('www.reuters.com', 'en/long-article.html'), { waitUntil: 'commit' });
    await started;
    await stopWorker();
    await expect.poll(async () => (await markers(article)).length, settle).toBeGreaterThanOrEqual(4);
    // The report at the end of the scan woke a new worker, which stored it.
    const options = await k.extensionPage('options.html');
    const session = () =>
      options.evaluate(
        async () =>
          Object.values(await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null)) as {
            url: string;
            claims: unknown[];
          }[],
      );
    await expect
      .poll(async () => (await session()).find((r) => r.url === article.url())?.claims.length ?? 0, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);

    // A card opened while no worker runs: its claim/sources message wakes one, and the sources show (or, should the
    // wake fail, a clear error whose retry then brings them).
    await stopWorker();
    await article.locator('kensho-marker button').first().click();
    const card = article.locator('kensho-card .card');
    await expect.poll(() => card.count(), settle).toBe(1);
    const outcome = () =>
      card.evaluate((el) =>
        el.querySelector('.sources li')
          ? 'sources'
          : (el.querySelector('[data-sources]')?.getAttribute('data-sources') ?? 'none'),
      );
    await expect.poll(outcome, { timeout: 15_000 }).toMatch(/^(sources|failed)$/);
    if ((await outcome()) === 'failed') {
      expect(await card.locator('[data-sources="failed"][role="alert"]').textContent()).toMatch(
        /could not load the sources|情報源を読み込めませんでした/,
      );
      await card.locator('button.retry').click();
    }
    await expect.poll(outcome, { timeout: 15_000 }).toBe('sources');
    await article.keyboard.press('Escape');
    expect(errors).toEqual([]);

    // Mid-import: the options page writes the pack itself; the worker being stopped meanwhile changes nothing.
    const page = await k.open('www.reuters.com', 'en/unrelated.html');
    await options.locator('#k-import-pack').setInputFiles({
      name: 'bikes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bikePack())),
    });
    await stopWorker();
    await expect.poll(() => options.locator('.k-notice').textContent(), settle).toMatch(/city transport|市の交通/);
    const packs = await options.evaluate(
      async () =>
        (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('packs')).packs as {
          id: string;
          claims: unknown[];
        }[],
    );
    expect(packs.map((p) => [p.id, p.claims.length])).toEqual([['test.city-transport', 1]]);
    await expect.poll(async () => (await markers(page)).map((m) => m.claim), settle).toContain('test.city-bike-lanes');
    await cdp.detach();
    await Promise.all([article.close(), options.close(), page.close(), cdpPage.close()]);
  });
});

/** A valid pack just under the 2 MB limit (45 claims of 50 long sources), as in the quota test. */
function bigPack(id: string): string {
  const long = (n: number, seed: string) =>
    `${seed} `
      .repeat(Math.ceil(n / (seed.length + 1)))
      .slice(0, n)
      .trim();
  const claims = Array.from({ length: 45 }, (_, i) => ({
    id: `${id}.claim-${i}`,
    topic: 'ai-roi',
    statement: { en: `Fault test claim ${i}.`, ja: `障害テスト用の主張 ${i}。` },
    summary: { en: 'Filler claim.', ja: '埋め草。' },
    entities: { en: [`fault entity ${id} ${i}`], ja: [] },
    terms: { en: [], ja: [] },
    figures: [],
    disputes: [],
    sources: Array.from({ length: 50 }, (_, j) => ({
      url: `https://www.example.org/${id}/${i}/${j}`,
      publisher: `Filler ${j}`,
      kind: 'blog',
      lang: 'en',
      date: '2025-01-01',
      title: long(290, `title ${i} ${j}`),
      stance: 'context',
      summary: long(390, `summary ${i} ${j}`),
    })),
  }));
  return JSON.stringify({
    format: 'kensho-pack',
    version: 1,
    id,
    name: { en: `Filler ${id}`, ja: `埋め草 ${id}` },
    claims,
  });
}
