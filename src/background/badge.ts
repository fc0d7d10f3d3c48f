import { browser } from 'wxt/browser';
import type { PageResults } from '../messaging/protocol';
import type { Settings } from '../storage/settings-types';

/** Red-brown: the page makes a claim that sources dispute or cites figures that differ from them. */
export const BADGE_ALERT = '#b3261e';
/** Neutral slate: claims found, nothing disputed. */
export const BADGE_QUIET = '#4a5568';

export interface BadgeState {
  text: string;
  color: string;
}

/** Whether a page's results contain a disputing sentence or a figure that differs from the evidence. */
export function hasConflict(results: PageResults): boolean {
  return results.claims.some((c) => c.stances.includes('disputes') || c.figures.some((f) => f.verdict === 'differs'));
}

/**
 * The badge for a tab: number of distinct claims, coloured when any conflict exists; empty when off or nothing found.
 */
export function badgeFor(results: PageResults | null, settings: Pick<Settings, 'enabled' | 'showBadge'>): BadgeState {
  if (!results || !settings.enabled || !settings.showBadge || results.claims.length === 0)
    return { text: '', color: BADGE_QUIET };
  const n = results.claims.length;
  return { text: n > 99 ? '99+' : String(n), color: hasConflict(results) ? BADGE_ALERT : BADGE_QUIET };
}

/** Paints a tab's badge; a tab that closed meanwhile is not an error. */
export async function applyBadge(tabId: number, state: BadgeState): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: state.color });
    await browser.action.setBadgeText({ tabId, text: state.text });
  } catch {
    // The tab is gone; nothing to paint.
  }
}
