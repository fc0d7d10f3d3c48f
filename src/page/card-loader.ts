/**
 * Loads Kensho's on-demand scripts into this frame on first use: asks the background to inject one (`card/load`,
 * `engine/load`), then takes what it installed in the isolated world (src/ui/card/card-ui.ts, src/page/page-engine.ts).
 * A failed load is not remembered, so the next use tries again.
 */
import { installedCardUi, type CardUi } from '../ui/card/card-ui';

/**
 * `request` tried up to `attempts` times: a worker stopped or restarting while it answers fails the first try, and
 * the page has nothing that would ask again (no mutation, no click), so one failure must not leave it unannotated.
 */
export async function tryTimes<T>(request: () => Promise<T>, attempts: number): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await request();
    } catch (err) {
      if (i >= attempts) throw err;
    }
  }
}

/**
 * Returns a loader: what `installed` finds at once (not a promise) when the script already ran here, else one request
 * at a time, tried `attempts` times (a worker restarting between the ask and the injection fails the first one).
 */
export function onDemandLoader<T>(
  request: () => Promise<void>,
  installed: (scope: object) => T | null,
  what: string,
  { scope = globalThis as object, attempts = 1 }: { scope?: object; attempts?: number } = {},
): () => T | Promise<T> {
  let loading: Promise<T> | null = null;
  const once = () =>
    Promise.resolve()
      .then(request)
      .then(() => {
        const ready = installed(scope);
        if (!ready) throw new Error(`the ${what} script did not install itself in this frame`);
        return ready;
      });
  return () => {
    const ready = installed(scope);
    if (ready) return ready;
    loading ??= tryTimes(once, attempts).finally(() => {
      loading = null;
    });
    return loading;
  };
}

/** The card UI's loader: one injection when the first card opens; a failure shows as a card that could not open. */
export function cardUiLoader(request: () => Promise<void>, scope: object = globalThis): () => CardUi | Promise<CardUi> {
  return onDemandLoader(request, installedCardUi, 'card', { scope });
}
