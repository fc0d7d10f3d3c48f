/** Teardown that runs when a content-script context ends, including after the extension itself went away. */

/**
 * Runs `cleanup` once `signal` aborts. After a reload or update every extension API throws "Extension context
 * invalidated"; its listeners are already gone with it, so that error is swallowed rather than reaching the page.
 */
export function onAbortQuietly(signal: AbortSignal, cleanup: () => void): void {
  signal.addEventListener(
    'abort',
    () => {
      try {
        cleanup();
      } catch {
        // The extension context is gone, and its listeners with it: nothing left to remove.
      }
    },
    { once: true },
  );
}
