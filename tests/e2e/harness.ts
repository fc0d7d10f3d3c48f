import { afterAll, beforeAll } from 'vitest';
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
}

/** Builds nothing: e2e runs after `scripts/e2e.mjs` has built .output/chrome-mv3. One browser per test file. */
export function useKensho(): Kensho {
  const k = {} as Kensho;
  let server: { port: number; close(): Promise<void> };
  let close: () => Promise<void>;
  beforeAll(async () => {
    server = await startPageServer({ '/fixtures/': 'tests/fixtures/pages', '/demo/': 'demo/pages' });
    const launched = await launchWithExtension({ extensionPath: '.output/chrome-mv3', port: server.port });
    close = launched.close;
    Object.assign(k, {
      context: launched.context,
      worker: launched.worker,
      extensionId: launched.extensionId,
      requests: launched.requests,
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
    await close?.();
    await server?.close();
  });
  return k;
}
