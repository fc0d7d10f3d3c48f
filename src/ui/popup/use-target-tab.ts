import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/client';
import { onBackgroundMessage } from '../../messaging/extension-pages';
import type { TabResults } from '../../messaging/protocol';

export interface TargetTab {
  tabId: number;
  /** Undefined when Kensho may not see the tab's address (no permission for it). */
  url: string | undefined;
}

/** The tab the popup describes: `?tabId=N` (context menu, tests) or the active tab of the current window. */
export function useTargetTab(params: URLSearchParams): TargetTab | null | 'none' {
  const [tab, setTab] = useState<TargetTab | null | 'none'>(null);
  useEffect(() => {
    const fromParam = Number(params.get('tabId'));
    const find =
      Number.isInteger(fromParam) && fromParam >= 0 && params.has('tabId')
        ? browser.tabs.get(fromParam)
        : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
    void find.then(
      (t) => setTab(t?.id === undefined ? 'none' : { tabId: t.id, url: t.url }),
      () => setTab('none'),
    );
  }, [params]);
  return tab;
}

const samePage = (a: string, b: string) => {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
};

/** The tab's latest results from the background, live; null until reported or when they describe another page. */
export function useTabResults(tab: TargetTab | null): TabResults | null {
  const [results, setResults] = useState<TabResults | null>(null);
  useEffect(() => {
    if (!tab) return;
    let live = true;
    const refresh = () =>
      sendToBackground('tab/results', { tabId: tab.tabId }).then(
        (r) => live && setResults(r && (!tab.url || samePage(r.url, tab.url)) ? r : null),
        () => live && setResults(null),
      );
    void refresh();
    // The worker's one channel: it says when the tab's results changed, and the popup asks for them again.
    const unsubscribe = onBackgroundMessage('tab/changed', ({ tabId }) => {
      if (tabId === tab.tabId) void refresh();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [tab?.tabId, tab?.url]);
  return results;
}
