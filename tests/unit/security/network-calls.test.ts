/**
 * Kensho's one network call: the worker's feed download (src/background/feeds/fetch-file.ts). No other source file
 * under src/ or entrypoints/ names a network API, and only the worker's feed modules import that file, so the content
 * script, popup and options page cannot reach the network (tests/build/no-network.build.test.ts checks the bundles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

export const NETWORK_APIS = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bsendBeacon\b/,
  /\bEventSource\b/,
  /\bimportScripts\s*\(/,
];
const FEED_FETCH = join('src', 'background', 'feeds', 'fetch-file.ts');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

describe('network calls in Kensho’s own code', () => {
  const files = [...sources('src'), ...sources('entrypoints')];

  it('only the worker’s feed download calls a network API, and it calls fetch once', () => {
    const calling = files.filter((f) =>
      NETWORK_APIS.some((api) => api.test(readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, ''))),
    );
    expect(calling).toEqual([FEED_FETCH]);
    expect(readFileSync(FEED_FETCH, 'utf8').match(/\bfetch\s*\(/g)).toHaveLength(1);
  });

  it('only the worker’s feed modules import the download', () => {
    const importers = files.filter((f) => /from '\.\/fetch-file'|fetch-file'/.test(readFileSync(f, 'utf8')));
    expect(importers.every((f) => f.startsWith(join('src', 'background', 'feeds')))).toBe(true);
    expect(importers.length).toBeGreaterThan(0);
  });
});
