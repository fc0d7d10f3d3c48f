import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageEngine } from '../src/page/engine-script';
import { installPageEngine } from '../src/page/page-engine';

// The matcher with the bundled claims and their compiled index, injected by the background into one frame once the
// content script's probe fires there (src/page/engine-loader.ts): pages that hold no claim never parse it.
export default defineUnlistedScript(() => {
  installPageEngine(globalThis, pageEngine());
});
