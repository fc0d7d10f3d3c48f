/** When Kensho's page work may start: the document parsed, on a task of its own. */
import { yieldToPage } from './yield';

/**
 * Resolves once the document is parsed (at once if it already is), after a yield: DOMContentLoaded fires in the
 * parser's last task, which on a long article already holds the page's first style and layout (40–50 ms on a slow
 * machine), and the session's start-up would otherwise run in its microtasks, making it a long task.
 */
export function domReady(doc: Document, yieldFn: () => Promise<void> = () => yieldToPage()): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => void yieldFn().then(resolve, resolve), { once: true }),
  );
}
