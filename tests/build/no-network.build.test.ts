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

// Network APIs that could send page text anywhere. The bundles must not call any of them.
const NETWORK_APIS = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\bEventSource\b/, /\bimportScripts\s*\(/];

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s bundles make no network requests', (target) => {
  const files = scripts(`.output/${target}`);

  it('finds the bundles', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [f]))('%s calls no network API', (file) => {
    const code = readFileSync(file, 'utf8');
    const found = NETWORK_APIS.filter((api) => api.test(code)).map(String);
    expect(found, file).toEqual([]);
  });

  it('load no remote code', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(/import\s*\(\s*["'`]https?:/.test(code), `${file} imports remote code`).toBe(false);
      expect(/\beval\s*\(|new Function\s*\(/.test(code), `${file} evaluates strings as code`).toBe(false);
    }
  });
});
