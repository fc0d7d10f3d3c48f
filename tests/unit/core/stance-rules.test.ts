/**
 * The stance rules beyond plain negation, each with sentences written for this project (tests/fixtures/sentences/
 * stance-rules.jsonl) against the bundled claims: every sentence gets its stance, and switching the rule's lexicon
 * off in the policy breaks at least one of its sentences (so each rule is shown to do the work, not to sit idle).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

interface Row {
  rule: string;
  lang: 'en' | 'ja';
  claim: string;
  stance: string;
  text: string;
}
const rows: Row[] = readFileSync(new URL('../../fixtures/sentences/stance-rules.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const claims = loadBundledEvidence();
const stanceOn = (policy: Policy, r: Row) =>
  createMatcher(claims, {}, policy)
    .matchSentence(r.text, r.lang)
    .find((m) => m.claimId === r.claim)?.stance;

/** The policy lexicons each rule reads. */
const LEXICONS: Record<string, ((p: Policy) => void)[]> = {
  contrast: [(p) => (p.lexicon.contrast = { en: [], ja: [] }), (p) => (p.lexicon.concessionFirst = { en: [], ja: [] })],
  override: [(p) => (p.lexicon.override = { en: [], ja: [] })],
  appearance: [(p) => (p.lexicon.appearance = { en: [], ja: [] })],
  drawback: [(p) => (p.lexicon.drawback = { en: [], ja: [] })],
  concessionFirst: [(p) => (p.lexicon.concessionFirst = { en: [], ja: [] })],
  notNegation: [(p) => (p.lexicon.negation.enNotNegation = [])],
  reportedChange: [(p) => (p.lexicon.reportedChange = { en: [], ja: [] })],
  warning: [(p) => (p.lexicon.warning = { en: [], ja: [] })],
  downplayed: [(p) => (p.lexicon.downplay = { en: [], ja: [] })],
  hedge: [(p) => (p.lexicon.hedge = { en: [], ja: [] })],
  counterfactual: [(p) => (p.lexicon.counterfactual = { en: [], ja: [] })],
  limiter: [(p) => (p.lexicon.limiter = { en: [], ja: [] })],
  undercut: [(p) => (p.lexicon.undercut = { en: [], ja: [] })],
  answeredNo: [(p) => (p.lexicon.answeredNo = { en: [], ja: [] })],
  rebuttal: [(p) => (p.lexicon.rebuttal = { en: [], ja: [] })],
  rebuttalVerb: [(p) => (p.lexicon.rebuttalVerb = { en: [], ja: [] })],
  propositionVerb: [(p) => (p.lexicon.propositionVerb = { en: [], ja: [] })],
  clauseReach: [(p) => (p.lexicon.negation.enClauseReach = [])],
  difference: [
    (p) =>
      (p.lexicon.negation.en = p.lexicon.negation.en.filter(
        (w) => !/\b(?:differ|different|distinct|distinguish|separates|repeat|rerun|replay)/.test(w),
      )),
  ],
  negation: [
    (p) => (p.lexicon.negation.enCore = []),
    (p) => (p.lexicon.negation.en = p.lexicon.negation.en.filter((w) => !w.includes(' '))),
  ],
};

describe('stance rules on our own sentences', () => {
  it.each(rows)('$rule ($lang) $stance on $claim: $text', (r) => {
    expect(stanceOn(DEFAULT_POLICY, r)).toBe(r.stance);
  });

  it.each(Object.keys(LEXICONS))('%s: without its lexicon, some of its sentences read otherwise', (rule) => {
    const off = structuredClone(DEFAULT_POLICY);
    for (const change of LEXICONS[rule]!) change(off);
    const mine = rows.filter((r) => r.rule === rule);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((r) => stanceOn(off, r) !== r.stance)).toBe(true);
  });
});
