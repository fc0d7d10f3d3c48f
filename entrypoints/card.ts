import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from '../src/ui/card/card-host';
import { installCardUi } from '../src/ui/card/card-ui';

// The card UI (Preact, the card components and their strings), injected by the background into one frame the first
// time a reader opens a card there (src/page/card-loader.ts): pages where no card is opened never parse it.
export default defineUnlistedScript(() => {
  installCardUi(globalThis, { createCardHost });
});
