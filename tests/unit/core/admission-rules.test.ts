/**
 * Admission rules and vocabulary on sentences written for this project (tests/fixtures/sentences/
 * admission-rules.jsonl), against the bundled claims: each positive is matched to its claim, each negative to
 * nothing, and a positive with the stance it states (and not to a look-alike claim it names as `not`). Every row
 * names the rule it was written for; each was seen to fail with that rule taken out. Rows named `actor-not-implied`
 * guard against a rule tried and dropped (a claim's own words standing in for an unnamed actor): each was seen to fail
 * with it put in. The narrower rule kept (`ja-actor-referred-back`: those words stand in only with a reference back,
 * 同社 or その) leaves them unmatched.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

interface Row {
  rule: string;
  lang: 'en' | 'ja';
  kind: string;
  claimId?: string;
  stance?: 'same' | 'contradicts';
  /** For a negative that other claims of its topic may still take, or a positive that a look-alike claim of its
   * topic must not take: the claim it must not be matched to. */
  not?: string;
  text: string;
}
const rows: Row[] = readFileSync(new URL('../../fixtures/sentences/admission-rules.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const matcher = createMatcher(loadBundledEvidence());
const found = (r: Row) => matcher.matchSentence(r.text, r.lang).map((m) => `${m.claimId}/${m.stance}`);

describe('admission rules on our own sentences', () => {
  it.each(rows.filter((r) => r.kind === 'positive'))('$rule ($lang): $claimId ($stance) in "$text"', (r) => {
    expect(found(r)).toContain(`${r.claimId}/${r.stance === 'contradicts' ? 'disputes' : 'supports'}`);
    if (r.not) expect(found(r).filter((m) => m.startsWith(`${r.not}/`))).toEqual([]);
  });

  it.each(rows.filter((r) => r.kind !== 'positive'))('$rule ($lang): nothing (or not $not) in "$text"', (r) => {
    if (r.not) expect(found(r).filter((m) => m.startsWith(`${r.not}/`))).toEqual([]);
    else expect(found(r)).toEqual([]);
  });
});
