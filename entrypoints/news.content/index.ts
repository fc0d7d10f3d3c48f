import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '../../src/sites/news-sites';
import { startPageScanner } from '../../src/page/start';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  // document_start: the highlight sheet is adopted while the document is nearly empty (cheap), and settings load
  // during parsing; scanning starts once the DOM is parsed, well before images and ads load.
  runAt: 'document_start',
  // Same-site article iframes get their own scanner; only the top frame reports to the background.
  allFrames: true,
  // WXT's legacy "script started" postMessage would tell every page this extension's id; the DOM event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageScanner(ctx);
  },
});
