import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { publishedDate } from '../../../src/page/published-date';
import { scanDocument } from '../../../src/page/scan-document';
import { annotationProblems, FIXTURE_DIR, loadExpectations } from './fixture-expectations';

// The saved-page fixtures through the same extraction the content script uses (linkedom, no layout), against
// the bundled evidence base: the expected annotations appear, and nothing on the pages that expect none.
describe('fixture pages get their expected annotations', () => {
  const claims = loadBundledEvidence();
  const matcher = createMatcher(claims);
  for (const e of loadExpectations().filter((x) => !x.dynamic)) {
    it(e.page, () => {
      const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, e.page), 'utf8'));
      const doc = document as unknown as Document;
      // As the content script does: claims about events after the page's publication date are left out.
      const found = scanDocument(doc, matcher.withOptions({ published: () => publishedDate(doc) }));
      expect(annotationProblems(e, found)).toEqual([]);
      for (const a of e.annotations.filter((x) => x.figure)) {
        const hit = found.find((f) => f.claim === a.claim && f.stance === a.stance && f.sentence.includes(a.quote));
        if (hit)
          expect(
            hit.figures.map((f) => f.verdict),
            a.quote,
          ).toContain(a.figure);
      }
    });
  }
});
