/** What engine.js installs (src/page/page-engine.ts): the bundled claims, the merge rule and the page's matcher. */
import { bundledPageClaims } from '../evidence/page-claims';
import { mergeClaims } from '../evidence/merge-claims';
import type { PageEngine } from './page-engine';
import { pageMatcher } from './page-matcher';

/** The engine as a frame takes it. */
export function pageEngine(): PageEngine {
  return {
    forPage({ vocabulary, slicing }) {
      const bundled = bundledPageClaims();
      return {
        // Kept as the bundled objects when nothing is added: the matcher then restores the build's index for them.
        claims: (added) => mergeClaims(bundled, added),
        createMatcher: pageMatcher(bundled, vocabulary, slicing),
      };
    },
  };
}
