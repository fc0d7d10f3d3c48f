// Node-only (wxt.config.ts and vitest.config.ts): makes the content script's probe once, at build time.
import type { Plugin } from 'vite';
import { allKeys, buildClaimIndex } from '../src/core/claim-index';
import { compileProbe, probeAnchors, type ProbeData } from '../src/core/probe';
import type { Claim } from '../src/evidence/schema';
import { TOPICS } from '../src/evidence/topics';
import { claimsWithoutSources } from './page-claims-plugin';
import { virtualJsonModule } from './virtual-json-module';

/** The module the always-on content script takes its probe from (src/page/page-probe.ts). */
const PROBE_MODULE = 'virtual:kensho/probe';

/**
 * The probe's anchors for the bundled claims' evidence keys (the keys some claim uses: a key that only gates a claim's
 * `requires` never makes a candidate on its own). Keys do not depend on strictness, so neither does the probe.
 */
export function bundledProbeData(dataDir: URL): ProbeData {
  const index = buildClaimIndex(claimsWithoutSources(dataDir) as unknown as Claim[]);
  return probeAnchors(allKeys(index.keys).filter((k) => k.claims.length > 0));
}

/** `virtual:kensho/probe`: the probe's tables (src/core/probe.ts), a pure function of data/. */
export function probeModule(dataDir: URL): Plugin {
  return virtualJsonModule({
    name: 'kensho:probe',
    id: PROBE_MODULE,
    // The keys come from the claims; their normalisation and variants from code, not the policy.
    files: () => TOPICS.map((topic) => new URL(`${topic}.json`, dataDir)),
    value: () => compileProbe(bundledProbeData(dataDir)),
  });
}
