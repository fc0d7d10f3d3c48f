import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** All JavaScript files of a build, recursively. */
function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? scripts(p) : p.endsWith('.js') ? [p] : [];
  });
}

// Network APIs that could send page text anywhere. No bundle may call any of them, except the worker's one fetch of
// the evidence feeds the reader subscribed to (src/background/feeds/fetch-file.ts;
// tests/unit/security/network-calls.test.ts proves it is the only network call in the sources and that only the
// worker's feed modules import it).
const NETWORK_APIS = [
  /\bfetch\s*\(/g,
  /\bXMLHttpRequest\b/g,
  /\bWebSocket\b/g,
  /\bsendBeacon\b/g,
  /\bEventSource\b/g,
  /\bimportScripts\s*\(/g,
];
const FEED_WORKER = 'background.js';

describe.each(['chrome-mv3', 'firefox-mv3'])(
  'the %s bundles make no network requests but the feed download',
  (target) => {
    const files = scripts(`.output/${target}`);

    it('finds the bundles', () => {
      expect(files.length).toBeGreaterThan(3);
    });

    it.each(files.map((f) => [f]))('%s calls no network API (the worker: fetch, once)', (file) => {
      const code = readFileSync(file, 'utf8');
      const found = NETWORK_APIS.flatMap((api) => (code.match(api) ?? []).map(() => String(api)));
      expect(found, file).toEqual(file === join(`.output/${target}`, FEED_WORKER) ? [String(NETWORK_APIS[0])] : []);
    });

    it('load no remote code', () => {
      for (const file of files) {
        const code = readFileSync(file, 'utf8');
        expect(/import\s*\(\s*["'`]https?:/.test(code), `${file} imports remote code`).toBe(false);
        expect(/\beval\s*\(|new Function\s*\(/.test(code), `${file} evaluates strings as code`).toBe(false);
      }
    });
  },
);
