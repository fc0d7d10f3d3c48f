import { browser, type Browser } from 'wxt/browser';
import { t } from './i18n';

export const CONTEXT_MENU_ID = 'kensho-check-selection';
/** Selections are trimmed to this before they become a lookup query. */
export const MAX_QUERY = 300;

/** (Re)creates the "Check with Kensho" item; menus persist, so this runs on install/update only. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CONTEXT_MENU_ID,
    title: t('bg_contextMenuCheck'),
    contexts: ['selection'],
  });
}

/** The popup URL that shows the lookup for a selection (and the tab it came from). */
export function lookupUrl(selection: string, tabId: number | undefined): string {
  const params = new URLSearchParams({ q: selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY) });
  if (tabId !== undefined && tabId >= 0) params.set('tabId', String(tabId));
  return browser.runtime.getURL(`/popup.html?${params}` as '/popup.html');
}

/** Shows the lookup result for the selected text in a small popup window. */
export async function onContextMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== CONTEXT_MENU_ID || !info.selectionText?.trim()) return;
  await browser.windows.create({ url: lookupUrl(info.selectionText, tab?.id), type: 'popup', width: 440, height: 620 });
}
