/**
 * Evidence feeds end to end: a local https feed server under a mapped host name serves feeds built with
 * `kensho feed build`. Subscribing installs one and its claim annotates a page; then every refusal keeps the last good
 * version, a worker stopped mid-update installs nothing half, and removing the feed takes its claims away. The only
 * requests Kensho makes are the GETs of the two files, without cookies or Referer.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { kenshoFeed, startFeedServer, type FeedServer } from './feed-server';
import { useKensho } from './harness';

type ChromeGlobal = { chrome: typeof browser };
// A subdomain of a news site: its origin is already in Kensho's host permissions, so the permission request on
// "Subscribe" resolves without a prompt (headless Chromium cannot show one).
const FEED_HOST = 'kensho-test-feeds.nikkei.com';
const FEED_URL = `https://${FEED_HOST}/kensho/feed.json`;
const ARTICLE_HOST = 'www.cnbc.com';
const CLAIM = 'feed-test.hoshikawa-bonds';
const settle = { timeout: 15_000 };

let server: FeedServer;
const work = mkdtempSync(join(tmpdir(), 'kensho-feed-e2e-'));
const dirs: Record<string, string> = {};
let fingerprint = '';

/** A folder holding feed.json (as given) and its signature by the test key. */
function signedDir(name: string, text: string): string {
  const dir = join(work, name);
  cpSync(dirs.v1!, dir, { recursive: true });
  writeFileSync(join(dir, 'feed.json'), text);
  const key = createPrivateKey(readFileSync(join(work, 'keys/kensho-feed.key')));
  writeFileSync(join(dir, 'feed.json.sig'), `${sign(null, Buffer.from(text), key).toString('base64')}\n`);
  return dir;
}

beforeAll(async () => {
  server = await startFeedServer('tests/fixtures/feeds/pages');
  const keygen = kenshoFeed('keygen', '--out', join(work, 'keys'));
  fingerprint = /fingerprint {2}([0-9a-f ]+)\n/.exec(keygen)![1]!.replace(/ /g, '');
  for (const v of ['1', '2', '3']) {
    dirs[`v${v}`] = join(work, `v${v}`);
    kenshoFeed(
      'build',
      'tests/fixtures/feeds/sample',
      '--version',
      v,
      '--expires',
      '30d',
      '--key',
      join(work, 'keys/kensho-feed.key'),
      '--out',
      dirs[`v${v}`]!,
    );
  }
  const v2 = readFileSync(join(dirs.v2!, 'feed.json'), 'utf8');
  dirs.tampered = join(work, 'tampered');
  cpSync(dirs.v2!, dirs.tampered, { recursive: true });
  writeFileSync(join(dirs.tampered, 'feed.json'), v2.replace('$12 billion', '$13 billion'));
  const expired = JSON.parse(v2);
  Object.assign(expired.feed, {
    version: 9,
    issuedAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2026-02-01T00:00:00.000Z',
  });
  dirs.expired = signedDir('expired', `${JSON.stringify(expired, null, 2)}\n`);
  dirs.oversized = signedDir('oversized', v2.replace(/\n$/, `${' '.repeat(2 * 1024 * 1024)}\n`));
  server.serve(dirs.v1!);
});

describe('evidence feeds', () => {
  const k = useKensho({
    hosts: () => ({ [FEED_HOST]: server.port, [ARTICLE_HOST]: server.port }),
    allow: (u) => u === FEED_URL || u === `${FEED_URL}.sig`,
  });
  let options: Page;
  let article: Page;
  const stored = async () =>
    (await options.evaluate(
      async () => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('feeds')).feeds,
    )) as {
      neverConnect: boolean;
      feeds: {
        installed: { meta: { version: number; issuedAt: string }; claims: { id: string }[] } | null;
        lastError: { reason: string } | null;
      }[];
    };
  const row = () => options.locator(`tr[data-feed-url="${FEED_URL}"]`);
  const feedRequests = () => server.log.filter((r) => r.host === FEED_HOST);
  /** Clicks "Check now" and waits until the worker has asked the server and the button is back. */
  const checkNow = async () => {
    const from = feedRequests().length;
    await row().locator('.k-feed-check').click();
    await expect
      .poll(async () => feedRequests().length > from && !(await row().locator('.k-feed-check').isDisabled()), settle)
      .toBe(true);
  };
  const refusedWith = async (reason: string) => {
    await expect.poll(() => row().locator('.k-feed-error').getAttribute('data-reason'), settle).toBe(reason);
  };
  const annotated = () => article.locator(`[data-kensho-claim="${CLAIM}"]`).count();

  it('subscribing installs the feed; its claim annotates a page and its card names the feed', async () => {
    await k.context.addCookies([{ name: 'reader', value: 'tracked', domain: FEED_HOST, path: '/', secure: true }]);
    options = await k.extensionPage('options.html');
    const alarm = () =>
      options.evaluate(
        async () =>
          (await (globalThis as unknown as ChromeGlobal).chrome.alarms.get('kensho-feeds'))?.scheduledTime ?? null,
      );
    // No feed: nothing is scheduled.
    expect(await alarm()).toBeNull();
    await options.getByLabel(/^Feed address|^フィードのアドレス/).fill(FEED_URL);
    await options
      .getByLabel(/^Publisher’s public key|^発行者の公開鍵/)
      .fill(readFileSync(join(work, 'keys/kensho-feed.pub'), 'utf8'));
    await expect.poll(() => options.locator('[data-fingerprint]').getAttribute('data-fingerprint')).toBe(fingerprint);
    await options.getByRole('button', { name: /^Subscribe$|^購読する$/ }).click();
    await expect.poll(() => row().getAttribute('data-feed-version'), settle).toBe('1');
    expect(await row().locator('.k-feed-title').textContent()).toMatch(/Kensho test desk|検証テストデスク/);
    expect(await row().locator('.k-feed-claims').textContent()).toBe('1');
    // The next check, about a day later (22-26 h, at random), is an alarm that wakes the worker.
    const next = (await alarm())! - Date.now();
    expect(next).toBeGreaterThan(21 * 3_600_000);
    expect(next).toBeLessThan(26 * 3_600_000);

    article = await k.context.newPage();
    await article.goto(`https://${ARTICLE_HOST}/fixtures/feed-article.html`);
    await article.locator(`[data-kensho-claim="${CLAIM}"]`).first().waitFor(settle);
    await article.locator(`[data-kensho-claim="${CLAIM}"] button`).first().click();
    const card = article.locator(`kensho-card .card[data-claim="${CLAIM}"]`);
    await expect
      .poll(() => card.locator('[data-origin="feed"]').textContent(), settle)
      .toMatch(/Kensho test desk|検証テストデスク/);
    await expect.poll(() => card.locator('li[data-publisher="Kensho Test Wire"]').count(), settle).toBe(1);
    await article.keyboard.press('Escape');

    // The popup's free-text lookup knows the feed's claim too.
    const popup = await k.extensionPage('popup.html');
    await popup.getByRole('searchbox').fill('Hoshikawa Compute bond sale');
    await expect.poll(() => popup.locator(`.k-lookup-results > li[data-claim-id="${CLAIM}"]`).count(), settle).toBe(1);
    await popup.close();
  });

  it('the only requests are GETs of the two files: no query, no cookies, no Referer', () => {
    const seen = feedRequests();
    expect(seen.map((r) => `${r.method} ${r.path}${r.search}`)).toEqual([
      'GET /kensho/feed.json',
      'GET /kensho/feed.json.sig',
    ]);
    for (const r of seen) {
      expect(r.headers.cookie, r.path).toBeUndefined();
      expect(r.headers.referer, r.path).toBeUndefined();
    }
    // The page and its subresources came from the article host only.
    expect(server.log.every((r) => r.host === FEED_HOST || r.host === ARTICLE_HOST)).toBe(true);
  });

  it('a changed byte is refused with the reason and time shown; the last good version stays', async () => {
    server.serve(dirs.tampered!);
    await checkNow();
    await refusedWith('signature');
    expect(await row().locator('.k-feed-error').textContent()).toMatch(/signature does not match|署名が一致しません/);
    expect(await row().locator('.k-feed-error time').count()).toBe(1);
    expect(await row().getAttribute('data-feed-version')).toBe('1');
    expect(await annotated()).toBeGreaterThan(0);
  });

  it('a newer version installs; an older one is then refused (no rollback)', async () => {
    server.serve(dirs.v2!);
    await checkNow();
    await expect.poll(() => row().getAttribute('data-feed-version'), settle).toBe('2');
    expect(await row().locator('.k-feed-error').getAttribute('data-reason')).toBe('');
    server.serve(dirs.v1!);
    await checkNow();
    await refusedWith('older');
    expect(await row().getAttribute('data-feed-version')).toBe('2');
  });

  it('an expired feed and an oversized file are refused', async () => {
    server.serve(dirs.expired!);
    await checkNow();
    await refusedWith('expired');
    server.serve(dirs.oversized!);
    await checkNow();
    await refusedWith('too-large');
    expect(await row().getAttribute('data-feed-version')).toBe('2');
    expect(await annotated()).toBeGreaterThan(0);
  });

  it('the server down: the error is shown and the last good version stays', async () => {
    server.serve(dirs.v3!);
    await server.stop();
    await row().locator('.k-feed-check').click();
    await refusedWith('network');
    expect(await row().locator('.k-feed-error').textContent()).toMatch(
      /could not be reached.*The last good version is kept|接続できませんでした.*直前の正常な版/,
    );
    expect(await row().getAttribute('data-feed-version')).toBe('2');
    expect(await annotated()).toBeGreaterThan(0);
    await server.start();
  });

  it('the service worker stopped mid-update: nothing is half installed, and the next check installs the whole version', async () => {
    const cdpPage = await k.context.newPage();
    const cdp = await k.context.newCDPSession(cdpPage);
    const statuses: { scriptURL: string; runningStatus: string }[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) =>
      statuses.push(...e.versions),
    );
    await cdp.send('ServiceWorker.enable');
    const good = (await stored()).feeds[0]!.installed;
    expect(good?.meta.version).toBe(2);
    server.delaySignature(5_000);
    const from = feedRequests().length;
    await row().locator('.k-feed-check').click();
    // feed.json of version 3 is downloaded; the worker stops while it waits for the signature.
    await expect
      .poll(
        () =>
          feedRequests()
            .slice(from)
            .map((r) => r.path),
        settle,
      )
      .toContain('/kensho/feed.json.sig');
    const at = statuses.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect
      .poll(
        () => statuses.slice(at).some((v) => v.scriptURL.includes(k.extensionId) && v.runningStatus === 'stopped'),
        settle,
      )
      .toBe(true);
    await new Promise((r) => setTimeout(r, 6_000));
    expect((await stored()).feeds[0]!.installed).toEqual(good);
    server.delaySignature(0);
    await checkNow();
    await expect.poll(async () => (await stored()).feeds[0]!.installed?.meta.version, settle).toBe(3);
    expect((await stored()).feeds[0]!.installed?.claims.map((c) => c.id)).toEqual([CLAIM]);
    await cdp.detach();
    await cdpPage.close();
  });

  it('"Never connect to the network" stops every request, even one the worker is asked for', async () => {
    await options
      .getByRole('switch', { name: /^Never connect to the network$|^ネットワークに一切接続しない$/ })
      .check();
    await expect.poll(async () => (await stored()).neverConnect, settle).toBe(true);
    expect(await row().locator('.k-feed-check').isDisabled()).toBe(true);
    const from = server.log.length;
    // What "Check now" sends, sent anyway: the worker refuses to connect.
    await options.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
        kensho: 1,
        type: 'feeds/check',
        data: { url: null },
      }),
    );
    expect(
      await options.evaluate(
        async () => (await (globalThis as unknown as ChromeGlobal).chrome.alarms.get('kensho-feeds')) ?? null,
      ),
    ).toBeNull();
    expect(server.log.slice(from)).toEqual([]);
    await options
      .getByRole('switch', { name: /^Never connect to the network$|^ネットワークに一切接続しない$/ })
      .uncheck();
  });

  it('removing the feed takes its claims away', async () => {
    await row().locator('.k-feed-remove').click();
    await expect.poll(() => row().count(), settle).toBe(0);
    expect((await stored()).feeds).toEqual([]);
    await expect.poll(annotated, settle).toBe(0);
    await Promise.all([article.close(), options.close()]);
    await server.close();
  });
});
