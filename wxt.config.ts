import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { checkEvidenceFiles } from './build/check-evidence-files';
import { indexSnapshotModule } from './build/index-snapshot-plugin';
import { pageClaimsModule } from './build/page-claims-plugin';
import { probeModule } from './build/probe-plugin';
import { NEWS_SITE_MATCHES } from './src/sites/news-sites';
import { cardMessagesModule, markerMessagesModule } from './build/card-messages-plugin';
import { moduleSizes } from './build/module-sizes-plugin';

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
/** Names this build's card UI in a page's isolated world (src/ui/card/card-ui.ts). */
const BUILD_ID = Date.now().toString(36);

/**
 * The evidence files (200+ kB, bundled into the worker, popup and options page) as JSON.parse('<string>') rather than
 * object literals: V8 scans a string far faster than it parses a literal, so the script that runs on every news page
 * compiles in about 8 ms instead of 13 (headless Chromium, this machine). The content script's claims without
 * sources (pageClaimsModule) are emitted the same way.
 */
function evidenceAsJsonString(): Plugin {
  return {
    name: 'kensho:evidence-json-string',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(DATA_DIR) || !id.endsWith('.json')) return null;
      const text = JSON.stringify(JSON.parse(readFileSync(id, 'utf8')));
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, moduleType: 'js' };
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [
      preact(),
      evidenceAsJsonString(),
      pageClaimsModule(new URL('./data/', import.meta.url)),
      indexSnapshotModule(new URL('./data/', import.meta.url)),
      probeModule(new URL('./data/', import.meta.url)),
      cardMessagesModule(new URL('./public/_locales/', import.meta.url)),
      markerMessagesModule(new URL('./public/_locales/', import.meta.url)),
      moduleSizes(
        fileURLToPath(new URL('.', import.meta.url)),
        (file) => file.startsWith('content-scripts/') || file === 'card.js' || file === 'engine.js',
      ),
    ],
    define: { __KENSHO_BUILD__: JSON.stringify(BUILD_ID) },
    // Vite's modulepreload polyfill calls fetch(); browsers that run MV3 support modulepreload natively.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // An invalid evidence file fails the build with the file, claim id and field of each problem.
    'build:before': () => {
      const { problems } = checkEvidenceFiles(new URL('./data/', import.meta.url));
      if (problems.length) throw new Error(`Invalid evidence base:\n${problems.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: content scripts use static matches (the curated news list); other sites are granted per origin.
    // `alarms`: the daily check of subscribed evidence feeds (docs/feeds.md); nothing is scheduled without a feed.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    // Exactly the hosts the content script already matches, so no install warning beyond theirs: it lets the worker
    // start the new content script in news tabs left open across an update (scripting.executeScript needs it).
    host_permissions: NEWS_SITE_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages may load only their own files. connect-src allows https: only because the worker fetches the
    // feeds the reader subscribed to (any https host the reader names, and only with its granted host permission);
    // the build test allows a network call only in the worker's feed module (docs/security.md).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self' https:; img-src 'self' data:; " +
        "style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kensho@kensho-factcheck.org',
              strict_min_version: '140.0',
              // Kensho collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142+.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
