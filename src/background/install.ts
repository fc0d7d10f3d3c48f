import type { Browser } from 'wxt/browser';
import { rawFeedsItem } from '../storage/feeds';
import { getPacks, writePacks } from '../storage/packs';
import { scheduleFeedAlarm } from './feeds/schedule';
import { settingsItem } from '../storage/settings';
import { createContextMenu } from './context-menu';
import { syncGrantedScripts } from './granted-sites';
import { startInOpenTabs } from './open-tabs';

/**
 * Install and update: run migrations, write back repaired settings and packs (so a corrupt field is fixed once, not
 * on every read), recreate the context menu, re-sync the dynamic content script, then start the new content script in
 * the news and granted tabs already open (the old one there is orphaned by the update).
 */
export async function onInstalled(details: Browser.runtime.InstalledDetails): Promise<void> {
  await settingsItem.migrate();
  await settingsItem
    .setValue(await settingsItem.getValue())
    .catch((err) => console.warn('[kensho] settings not rewritten', err));
  if (details.reason === 'update')
    await writePacks(await getPacks()).catch((err) => console.warn('[kensho] packs not rewritten', err));
  await rawFeedsItem
    .migrate()
    .then(() => scheduleFeedAlarm())
    .catch((err) => console.warn('[kensho] feed alarm not set', err));
  await createContextMenu();
  await syncGrantedScripts().catch((err) => console.warn('[kensho] content-script registration failed', err));
  if (details.reason === 'install' || details.reason === 'update')
    await startInOpenTabs().catch((err) => console.warn('[kensho] open tabs not restarted', err));
}
