/** The content script's side of the protocol: 'page/reveal' from the popup, 'page/stop' from the background. */
import { browser } from 'wxt/browser';
import { parseCommand } from '../messaging/validate-commands';
import type { Envelope } from '../messaging/protocol';
import type { PageSession } from './session';
import { onAbortQuietly } from './quiet-abort';

/** Listens until `signal` aborts; only messages from this extension, validated, are acted on. */
export function listenForCommands(session: PageSession, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (signal.aborted || sender.id !== browser.runtime.id) return undefined;
    const msg = parseCommand(raw);
    if (msg?.type === 'page/reveal') {
      const { claimId, occurrence } = (msg as Envelope<'page/reveal'>).data;
      return Promise.resolve(session.reveal(claimId, occurrence));
    }
    if (msg?.type === 'page/stop') {
      session.stop();
      return Promise.resolve();
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  onAbortQuietly(signal, () => browser.runtime.onMessage.removeListener(listener));
}
