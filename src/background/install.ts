import { browser, type Browser } from 'wxt/browser';
import { getPacks, writePacks } from '../storage/packs';
import { settingsItem } from '../storage/settings';
import { createContextMenu } from './context-menu';
import { syncGrantedScripts } from './granted-sites';

/**
 * Install and update: run migrations, write back repaired settings and packs (so a corrupt field is fixed once, not
 * on every read), recreate the context menu, re-sync the dynamic content script.
 */
export async function onInstalled(details: Browser.runtime.InstalledDetails): Promise<void> {
  await settingsItem.migrate();
  await settingsItem.setValue(await settingsItem.getValue()).catch((err) => console.warn('[kensho] settings not rewritten', err));
  if (details.reason === 'update') await writePacks(await getPacks()).catch((err) => console.warn('[kensho] packs not rewritten', err));
  await createContextMenu();
  await syncGrantedScripts().catch((err) => console.warn('[kensho] content-script registration failed', err));
}
