// Node-only (wxt.config.ts and vitest.config.ts): compiles the bundled claims' index once, at build time.
import type { Plugin } from 'vite';
import { buildIndexSnapshot } from '../src/core/engine';
import type { Claim } from '../src/evidence/schema';
import { TOPICS } from '../src/evidence/topics';
import { claimsWithoutSources } from './page-claims-plugin';
import { virtualJsonModule } from './virtual-json-module';

/** The module the content script restores the bundled claims' index from (src/page/page-matcher.ts). */
const INDEX_SNAPSHOT_MODULE = 'virtual:kensho/index-snapshot';

/**
 * `virtual:kensho/index-snapshot`: the index of the claims in virtual:kensho/page-claims (same claims, same order),
 * made with the bundled matching policy (data/policy/matching.json), a pure function of data/, so no page rebuilds
 * it (src/core/index-snapshot.ts).
 */
export function indexSnapshotModule(dataDir: URL): Plugin {
  return virtualJsonModule({
    name: 'kensho:index-snapshot',
    id: INDEX_SNAPSHOT_MODULE,
    // The matching policy weighs the keys and reads the claims' polarity: the index is a function of it too.
    files: () => [
      ...TOPICS.map((topic) => new URL(`${topic}.json`, dataDir)),
      new URL('policy/matching.json', dataDir),
    ],
    // The engine never reads sources (src/evidence/page-claims.ts forMatcher): page claims index as claims.
    value: () => buildIndexSnapshot(claimsWithoutSources(dataDir) as unknown as Claim[]),
    // A few dozen strings (src/core/index-snapshot.ts), which the restored index reads in place: made while engine.js
    // compiles, not scanned again by JSON.parse on the page (bench: indexSnapshotForm).
    literal: true,
  });
}
