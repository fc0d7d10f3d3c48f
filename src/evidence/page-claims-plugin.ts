// Node-only (wxt.config.ts and vitest.config.ts): builds the content script's claim list from data/*.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { TOPICS } from './topics';

/** The module the content script imports its bundled claims from (src/evidence/page-claims.ts). */
const PAGE_CLAIMS_MODULE = 'virtual:kensho/page-claims';
const RESOLVED = `\0${PAGE_CLAIMS_MODULE}`;

/** Every claim of the data files in topic order (as bundled-data.ts lists them), each without its `sources`. */
function claimsWithoutSources(dataDir: URL): unknown[] {
  return TOPICS.flatMap((topic) => {
    const file = JSON.parse(readFileSync(new URL(`${topic}.json`, dataDir), 'utf8')) as { claims: Record<string, unknown>[] };
    return file.claims.map(({ sources: _sources, ...rest }) => rest);
  });
}

/**
 * `virtual:kensho/page-claims`: the bundled claims without their sources, the evidence's largest field and only needed
 * when a reader opens a card (the card asks the background for them). data/*.json stays the only copy of the
 * evidence. Emitted as JSON.parse('<string>') for the same compile-time reason as the evidence files (wxt.config.ts).
 */
export function pageClaimsModule(dataDir: URL): Plugin {
  return {
    name: 'kensho:page-claims',
    resolveId: (id) => (id === PAGE_CLAIMS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      for (const topic of TOPICS) this.addWatchFile(fileURLToPath(new URL(`${topic}.json`, dataDir)));
      const text = JSON.stringify(claimsWithoutSources(dataDir));
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, moduleType: 'js' };
    },
  };
}
