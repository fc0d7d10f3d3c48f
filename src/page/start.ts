import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Starts Kensho on a page: owned by `ctx`, so everything stops when the extension reloads. */
export function startPageScanner(ctx: ContentScriptContext): void {
  void ctx;
}
