import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messaging/client';

/** Starts Kensho on a page: owned by `ctx`, so everything stops when the extension reloads. */
export function startPageScanner(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  // The scanner lands with the annotations issue; until then the page reports that it was checked.
  void sendToBackground('page/results', { url: location.href, claims: [] }).catch(() => {});
}
