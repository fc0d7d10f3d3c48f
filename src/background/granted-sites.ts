import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { grantedOrigins } from '../sites/granted-origins';
import { NEWS_SITE_MATCHES } from '../sites/news-sites';
import { feedOnlyOrigins } from '../storage/feeds';
import { sendToTab } from '../messaging/client';
import { frameOrder } from './merge-frames';
import { allTabRecords } from './tab-results';

/** Id of the one dynamic registration that covers every origin the reader granted. */
export const GRANTED_SCRIPT_ID = 'kensho-granted-sites';

/** The static content script's files, read from the manifest so the dynamic one is exactly the same script. */
export function staticScript(): { js: string[]; css?: string[]; runAt?: string } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return {
    js: cs?.js ?? ['content-scripts/news.js'],
    ...(cs?.css?.length ? { css: cs.css } : {}),
    runAt: cs?.run_at ?? 'document_idle',
  };
}

/**
 * Makes the dynamic registration match the granted origins: registers, updates or unregisters. Idempotent, so it
 * runs on install, on startup and on every permission change without any state kept in the worker.
 */
export async function syncGrantedScripts(): Promise<string[]> {
  const origins = await grantedOrigins(await feedOnlyOrigins());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (origins.length === 0) return [];
  const { js, css, runAt } = staticScript();
  await browser.scripting.registerContentScripts([
    {
      id: GRANTED_SCRIPT_ID,
      matches: origins,
      js,
      ...(css ? { css } : {}),
      runAt: runAt as 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return origins;
}

/** After a grant: register, then start Kensho in the tabs already open on those origins (no reload needed). */
export async function onOriginsAdded(origins: readonly string[]): Promise<void> {
  await syncGrantedScripts();
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...origins] });
  const { js } = staticScript();
  await Promise.all(
    tabs.map((tab) =>
      // `files` is typed as the build's public paths; these come from the built manifest itself.
      tab.id === undefined
        ? null
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: js as never }).catch(() => null),
    ),
  );
}

/** After a revoke: unregister, and tell Kensho in tabs on those origins to stop (it cannot notice by itself). */
export async function onOriginsRemoved(origins: readonly string[]): Promise<void> {
  await syncGrantedScripts();
  const patterns = origins.flatMap((o) => {
    try {
      return [new MatchPattern(o)];
    } catch {
      return [];
    }
  });
  // Each frame on its own: an embedded page on a revoked origin stops even when the page around it is a news site.
  for (const [tabId, record] of await allTabRecords()) {
    for (const frameId of frameOrder(record.frames)) {
      const url = record.frames[frameId]!.url;
      if (patterns.some((p) => p.includes(url)) && !NEWS_SITE_MATCHES.some((m) => new MatchPattern(m).includes(url))) {
        await sendToTab(tabId, 'page/stop', { reason: 'revoked' }, frameId).catch(() => null);
      }
    }
  }
}
