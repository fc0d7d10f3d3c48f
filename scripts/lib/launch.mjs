// Launches Chromium with the built extension loaded and news host names mapped to the local page server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

/** Host names the local server answers for: real news hosts (the extension's static matches) and one that is not. */
export const MAPPED_HOSTS = [
  'www.reuters.com',
  'jp.reuters.com',
  'www.nikkei.com',
  'www.bloomberg.co.jp',
  'www.wired.com',
  'www.example.com',
  'www.example.org',
];

/**
 * Starts Chromium with the extension at `extensionPath`. Every other host name fails to resolve, so nothing can
 * leave the machine. Returns the context, the extension id (read from the service worker URL) and a request log.
 * `args` adds Chromium switches (the reload test adds extension debugging); `hosts` maps more host names to other
 * local ports ({ 'feeds.example.net': 4443 }: the feed tests' own server).
 */
export async function launchWithExtension({
  extensionPath,
  port,
  headless = true,
  viewport = { width: 1280, height: 900 },
  args = [],
  hosts = {},
}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'kensho-chromium-'));
  const ext = resolve(extensionPath);
  const extra = Object.entries(hosts).map(([h, p]) => `MAP ${h} 127.0.0.1:${p}`);
  const rules = [...extra, ...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=HttpsUpgrades,Translate,OptimizationHints,MediaRouter',
      ...args,
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    userDataDir,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

function isExtensionWorker(w) {
  return w.url().startsWith('chrome-extension://');
}
