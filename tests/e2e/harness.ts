import { afterAll, beforeAll, expect } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
// @ts-expect-error -- plain .mjs shared with `npm start`; typed through the interface below.
import { startPageServer } from '../../scripts/lib/serve.mjs';
// @ts-expect-error -- plain .mjs shared with `npm start`; typed through the interface below.
import { launchWithExtension } from '../../scripts/lib/launch.mjs';

export interface Kensho {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL a page in the context requested. */
  requests: string[];
  /** https URL of a fixture page under a mapped host name, e.g. url('www.reuters.com', 'en/debt.html'). */
  url(host: string, path: string): string;
  open(host: string, path: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  /** The profile folder (DevToolsActivePort lives there when a debugging port is asked for). */
  userDataDir: string;
}

export interface KenshoOptions {
  /** Extra Chromium switches. */
  args?: string[];
  /** More host names mapped to other local servers, read when the browser starts (the feed tests' server). */
  hosts?: () => Record<string, number>;
  /** Requests the privacy check may accept besides the fixture server's (the feed files a test subscribed to). */
  allow?: (url: string) => boolean;
}

/** Builds nothing: e2e runs after `scripts/e2e.mjs` has built .output/chrome-mv3. One browser per test file. */
export function useKensho(options: KenshoOptions = {}): Kensho {
  const k = {} as Kensho;
  let server: { port: number; close(): Promise<void> };
  let close: () => Promise<void>;
  beforeAll(async () => {
    server = await startPageServer({ '/fixtures/': 'tests/fixtures/pages', '/demo/': 'demo/pages' });
    const launched = await launchWithExtension({
      extensionPath: '.output/chrome-mv3',
      port: server.port,
      args: options.args ?? [],
      hosts: options.hosts?.() ?? {},
    });
    close = launched.close;
    Object.assign(k, {
      context: launched.context,
      worker: launched.worker,
      extensionId: launched.extensionId,
      requests: launched.requests,
      userDataDir: launched.userDataDir,
      url: (host: string, path: string) => `https://${host}/fixtures/${path}`,
      async open(host: string, path: string) {
        const page = await launched.context.newPage();
        await page.goto(k.url(host, path));
        return page;
      },
      async extensionPage(path: string) {
        const page = await launched.context.newPage();
        await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
        return page;
      },
    });
  });
  afterAll(async () => {
    // Privacy promise: nothing leaves the machine. Any request not served by the fixture server fails the file.
    const outside = (k.requests ?? []).filter((u) => !isLocal(u, k.extensionId) && !options.allow?.(u));
    await close?.();
    await server?.close();
    expect(outside, 'requests outside the fixture server').toEqual([]);
  });
  return k;
}

/** True for the fixture server's pages (any mapped host), the extension's own files, and inline URLs. */
function isLocal(url: string, extensionId: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  const u = new URL(url);
  if (u.protocol === 'chrome-extension:') return u.host === extensionId;
  return u.protocol === 'https:' && (u.pathname.startsWith('/fixtures/') || u.pathname.startsWith('/demo/'));
}
