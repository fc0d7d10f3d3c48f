/**
 * Firefox smoke test for evidence feeds, the happy path: subscribing in the options page installs a feed built with
 * `kensho feed build` from a local https server, and its claim annotates a page. The feed server sees only the two
 * GETs, without cookies or Referer.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kenshoFeed, startFeedServer, type FeedServer } from '../e2e/feed-server';
import { useKenshoFirefox } from './harness';

// Under a news site's domain: the origin is in Kensho's host permissions, so subscribing needs no prompt.
const FEED_HOST = 'kensho-test-feeds.nikkei.com';
const FEED_URL = `https://${FEED_HOST}/kensho/feed.json`;
const ARTICLE_HOST = 'www.cnbc.com';
const settle = { timeout: 15_000, interval: 200 };
const work = mkdtempSync(join(tmpdir(), 'kensho-feed-ff-'));
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer('tests/fixtures/feeds/pages');
  kenshoFeed('keygen', '--out', join(work, 'keys'));
  kenshoFeed(
    'build',
    'tests/fixtures/feeds/sample',
    '--version',
    '1',
    '--expires',
    '30d',
    '--key',
    join(work, 'keys/kensho-feed.key'),
    '--out',
    join(work, 'v1'),
  );
  server.serve(join(work, 'v1'));
});
afterAll(() => server.close());

describe('evidence feeds in Firefox', () => {
  const k = useKenshoFirefox('en-US', { hosts: () => ({ [FEED_HOST]: server.port, [ARTICLE_HOST]: server.port }) });

  it('subscribing installs a signed feed and its claim annotates a page', async () => {
    const options = await k.extensionPage('options.html');
    // Typed into the focused field: puppeteer's Locator.fill waits for a scroll-into-view check that never settles
    // below the fold with Firefox 140.12 ESR over WebDriver BiDi.
    const typeInto = async (selector: string, text: string) => {
      const field = await options.waitForSelector(selector, settle);
      await field!.focus();
      await options.keyboard.type(text);
    };
    await typeInto('.k-feed-form input[type="url"]', FEED_URL);
    await typeInto('.k-feed-form input[type="text"]', readFileSync(join(work, 'keys/kensho-feed.pub'), 'utf8').trim());
    await expect
      .poll(() => options.evaluate(() => document.querySelector('[data-fingerprint]') !== null), settle)
      .toBe(true);
    // A real click (the permission request needs a user gesture), on the element itself for the same reason.
    const submit = await options.waitForSelector('.k-feed-form button[type="submit"]', settle);
    await submit!.scrollIntoView();
    await submit!.click();
    const version = () =>
      options.evaluate(
        (url) => document.querySelector(`tr[data-feed-url="${url}"]`)?.getAttribute('data-feed-version') ?? null,
        FEED_URL,
      );
    await expect.poll(version, settle).toBe('1');
    const article = await k.browser.newPage();
    await article.goto(`https://${ARTICLE_HOST}/fixtures/feed-article.html`);
    await expect
      .poll(
        () =>
          article.evaluate(() => document.querySelectorAll('[data-kensho-claim="feed-test.hoshikawa-bonds"]').length),
        settle,
      )
      .toBeGreaterThan(0);
    const seen = server.log.filter((r) => r.host === FEED_HOST);
    expect(seen.map((r) => `${r.method} ${r.path}${r.search}`)).toEqual([
      'GET /kensho/feed.json',
      'GET /kensho/feed.json.sig',
    ]);
    for (const r of seen) expect([r.headers.cookie, r.headers.referer]).toEqual([undefined, undefined]);
    await Promise.all([article.close(), options.close()]);
  });
});
