/**
 * WXT stops an older content script when a newer one dispatches a "content script started" event on `document`.
 * A page can dispatch that event too (its name is only the extension id plus a constant), which would switch Kensho
 * off on that page. So: the event is honoured only when this instance is orphaned (extension reloaded or updated);
 * a genuine second Kensho instance in the same frame stops this one through the isolated world, which pages cannot
 * reach.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

type IsolatedWorld = { __kenshoStopPrevious?: () => void };
/**
 * WXT's event name (private in its types, public at run time): `<extension
 * id>:<entrypoint>:wxt:content-script-started`.
 */
const startedEvent = () =>
  (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** Call once per content-script start, before anything else is set up. */
export function guardContext(ctx: ContentScriptContext, win: Window = window): void {
  const world = globalThis as IsolatedWorld;
  // A previous Kensho in this frame (re-injected after a grant): it stops, this one takes over.
  world.__kenshoStopPrevious?.();
  world.__kenshoStopPrevious = () => ctx.abort('a newer Kensho content script started');
  win.addEventListener(
    startedEvent(),
    (event) => {
      // Capture on window runs before WXT's listener on document: a forged event never reaches it.
      if (browser.runtime?.id != null) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
