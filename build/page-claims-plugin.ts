// Node-only (wxt.config.ts and vitest.config.ts): builds the content script's claim list from data/*.json.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { datedUpdates, type DatedUpdate } from '../src/core/claim-status';
import type { TopicFile } from '../src/evidence/schema';
import { claimsOf } from '../src/evidence/topic-vocabulary';
import { TOPICS } from '../src/evidence/topics';
import { virtualJsonModule } from './virtual-json-module';

/** The module the content script imports its bundled claims from (src/evidence/page-claims.ts). */
const PAGE_CLAIMS_MODULE = 'virtual:kensho/page-claims';

/**
 * Every claim of the data files in topic order (as bundled-data.ts lists them), with its topic's shared vocabulary,
 * as page-claims.ts `withoutSources` leaves it.
 */
export function claimsWithoutSources(dataDir: URL): Record<string, unknown>[] {
  return TOPICS.flatMap((topic) => {
    const file = JSON.parse(readFileSync(new URL(`${topic}.json`, dataDir), 'utf8')) as TopicFile;
    return claimsOf(file).map(({ sources: _sources, updates, ...rest }) =>
      Array.isArray(updates) ? { ...rest, updates: datedUpdates(updates as DatedUpdate[]) } : rest,
    );
  });
}

/**
 * `virtual:kensho/page-claims`: the bundled claims without their sources, the evidence's largest field and only needed
 * when a reader opens a card (the card asks the background for them with the summary, also left out here: about a
 * third of the rest), and without their vocabulary and requirements,
 * which only the index uses (compiled at build time: index-snapshot-plugin.ts). data/*.json stays the only copy of the
 * evidence.
 */
export function pageClaimsModule(dataDir: URL): Plugin {
  return virtualJsonModule({
    name: 'kensho:page-claims',
    id: PAGE_CLAIMS_MODULE,
    files: () => TOPICS.map((topic) => new URL(`${topic}.json`, dataDir)),
    value: () =>
      claimsWithoutSources(dataDir).map(
        ({ terms: _terms, entities: _entities, requires: _requires, summary: _summary, ...rest }) => rest,
      ),
  });
}
