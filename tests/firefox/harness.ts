import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
// @ts-expect-error -- plain .mjs shared with `npm start`; typed through the interface below.
import { startPageServer } from '../../scripts/lib/serve.mjs';
// @ts-expect-error -- plain .mjs; typed through the interface below.
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';

export const ADDON_ID = 'kensho@kensho-factcheck.org';
const EXTENSION_PATH = '.output/firefox-mv3';

/** The few extension APIs the tests call inside extension pages (a type only: evaluate callbacks run in Firefox). */
export interface ExtensionGlobal {
  browser: {
    runtime: { getManifest(): { manifest_version: number; name: string } };
    storage: { session: { get(keys: null): Promise<Record<string, { url?: string }>> } };
    i18n: { getUILanguage(): string };
  };
}

export interface KenshoFirefox {
  browser: Browser;
  /** What `installExtension` answered: the add-on id Firefox gave the temporary add-on. */
  installedId: string;
  /** moz-extension://<uuid>/ (the uuid is fixed through a pref before launch). */
  baseUrl: string;
  /** Every host Firefox tried to connect to, through the logging proxy. */
  connections: { host: string; allowed: boolean }[];
  /** Firefox's stdout and stderr lines (uncaught errors and console output of every context land there). */
  output: string[];
  url(host: string, path: string): string;
  open(host: string, path: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
}

/**
 * One headless Firefox per describe block, the built add-on installed as a temporary add-on, Firefox's UI in `locale`.
 */
export function useKenshoFirefox(
  locale: 'en-US' | 'ja',
  options: { hosts?: () => Record<string, number> } = {},
): KenshoFirefox {
  const k = {} as KenshoFirefox;
  let server: { port: number; log: { host: string; path: string }[]; close(): Promise<void> };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(`${EXTENSION_PATH}/manifest.json`)) {
      throw new Error(`No Firefox build at ${EXTENSION_PATH}: run \`npm run build:firefox\` (npm test builds it).`);
    }
    server = await startPageServer({ '/fixtures/': 'tests/fixtures/pages' });
    // `hosts`: more host names tunnelled to other local servers (the feed test's server).
    const launched = await launchFirefoxWithExtension({
      extensionPath: EXTENSION_PATH,
      port: server.port,
      addonId: ADDON_ID,
      locale,
      hosts: options.hosts?.() ?? {},
    });
    close = launched.close;
    Object.assign(k, {
      ...launched,
      url: (host: string, path: string) => `https://${host}/fixtures/${path}`,
      async open(host: string, path: string) {
        const page = await launched.browser.newPage();
        await page.goto(k.url(host, path));
        return page;
      },
      extensionPage: (path: string) => openExtensionPage(launched.browser, `${launched.baseUrl}${path}`),
    });
    if (locale !== 'en-US') await assertUiLanguage(k, locale);
  });
  afterAll(async () => {
    await close?.();
    await server?.close();
    // Privacy promise: the only hosts Firefox reached are the fixture server's, and only for fixture files.
    expect(
      (k.connections ?? []).filter((c) => !c.allowed).map((c) => c.host),
      'connections to hosts other than the fixture server',
    ).toEqual([]);
    expect(
      (server?.log ?? []).filter((r) => !r.path.startsWith('/fixtures/')),
      'requests for anything but fixture pages',
    ).toEqual([]);
  });
  return k;
}

/**
 * Opens an extension page in a new tab. Firefox's WebDriver BiDi loses track of a navigation that switches into the
 * extension process (its goto rejects with "Frame detached" although the page loads), so this waits for the
 * document itself instead of trusting goto.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => {});
  const deadline = Date.now() + 10_000;
  let state = { href: '', ready: '' };
  while (Date.now() < deadline) {
    state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => state);
    if (state.href === url && state.ready === 'complete') return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page ${url} did not load (at ${state.href}, ${state.ready})`);
}

/** Firefox switches its UI (and so the add-on's) to a language only when that language pack is installed. */
async function assertUiLanguage(k: KenshoFirefox, locale: string) {
  const page = await k.extensionPage('popup.html');
  const ui = await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.i18n.getUILanguage());
  await page.close();
  if (!ui.startsWith(locale)) {
    throw new Error(
      `Firefox runs in ${ui}, not ${locale}: install its language pack (Debian: \`sudo apt-get install -y firefox-esr-l10n-${locale}\`).`,
    );
  }
}

/** Output lines that come from the add-on: uncaught errors in its contexts and Kensho's own `[kensho]` warnings. */
export function addonProblems(k: KenshoFirefox): string[] {
  return k.output.filter((line) => line.includes(k.baseUrl) || line.includes('[kensho]'));
}
