/**
 * Loads the card UI into this frame on first use: asks the background to inject card.js (`card/load`), then takes the
 * UI it installed in the isolated world (src/ui/card/card-ui.ts). A failed load is not remembered, so the next click
 * tries again.
 */
import { installedCardUi, type CardUi } from '../ui/card/card-ui';

/**
 * Returns a loader: the installed UI at once (not a promise) when card.js already ran here, else one request at a time.
 */
export function cardUiLoader(request: () => Promise<void>, scope: object = globalThis): () => CardUi | Promise<CardUi> {
  let loading: Promise<CardUi> | null = null;
  return () => {
    const ready = installedCardUi(scope);
    if (ready) return ready;
    loading ??= Promise.resolve()
      .then(request)
      .then(() => {
        const ui = installedCardUi(scope);
        if (!ui) throw new Error('the card script did not install its UI in this frame');
        return ui;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };
}
