import { browser } from 'wxt/browser';
import { settingsItem } from '../storage/settings';
import { applyBadge, badgeFor } from './badge';
import { onContextMenuClicked } from './context-menu';
import { onFeedAlarm, runDueFeeds, watchFeedSchedule } from './feeds/schedule';
import { onOriginsAdded, onOriginsRemoved, syncGrantedScripts } from './granted-sites';
import { onInstalled } from './install';
import { handleMessage } from './router';
import { allTabResults, clearTabResults } from './tab-results';

const warn = (what: string) => (err: unknown) => console.warn(`[kensho] ${what}`, err);

/** Repaints every tab's badge (after a settings change: off switch, badge toggle). */
async function repaintBadges(): Promise<void> {
  const settings = await settingsItem.getValue();
  for (const [tabId, results] of await allTabResults()) await applyBadge(tabId, badgeFor(results, settings));
}

/**
 * Composition root of the service worker. Every listener registers synchronously on each start, and every handler
 * reads what it needs from storage: the worker may be stopped at any moment and keeps nothing in globals.
 */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender));
  browser.runtime.onInstalled.addListener((details) => void onInstalled(details).catch(warn('install')));
  browser.runtime.onStartup.addListener(() => void syncGrantedScripts().catch(warn('registration')));
  // Feeds overdue while the browser was closed are checked at start-up; the alarm wakes the worker for the rest.
  browser.runtime.onStartup.addListener(() => void runDueFeeds().catch(warn('feeds')));
  browser.alarms.onAlarm.addListener((alarm) => void onFeedAlarm(alarm)?.catch(warn('feeds')));
  watchFeedSchedule(warn('feed alarm'));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabResults(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: the old results no longer describe the tab (the new page reports its own).
    if (change.status === 'loading' && change.url)
      void clearTabResults(tabId).then(() => applyBadge(tabId, badgeFor(null, { enabled: true, showBadge: true })));
  });
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void onContextMenuClicked(info, tab).catch(warn('context menu')),
  );
  browser.permissions.onAdded.addListener((p) => void onOriginsAdded(p.origins ?? []).catch(warn('grant')));
  browser.permissions.onRemoved.addListener((p) => void onOriginsRemoved(p.origins ?? []).catch(warn('revoke')));
  settingsItem.watch(() => void repaintBadges().catch(warn('badges')));
}
