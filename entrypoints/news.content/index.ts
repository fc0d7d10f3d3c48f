import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '../../src/sites/news-sites';
import { startPageScanner } from '../../src/page/start';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPageScanner(ctx);
  },
});
