import type { Matcher, SentenceMatch, SentenceResult } from '../../../src/core/types';

/** A tiny matcher for page-layer tests: a sentence matches a claim when it contains the claim's keyword. */
export function fakeMatcher(rules: { keyword: string; claimId: string; stance?: SentenceMatch['stance'] }[]): Matcher {
  const matchSentence = (text: string): SentenceMatch[] =>
    rules
      .filter((r) => text.includes(r.keyword))
      .map((r) => ({
        claimId: r.claimId,
        topic: 'ai-debt-financing',
        score: 0.9,
        stance: r.stance ?? 'supports',
        terms: [r.keyword],
        figures: [],
      }));
  return {
    matchSentence,
    scanBlock(text: string): SentenceResult[] {
      const out: SentenceResult[] = [];
      const re = /[^.。!?！？]+[.。!?！？]?/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const matches = matchSentence(m[0]);
        if (matches.length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], matches });
      }
      return out;
    },
    withOptions() {
      return this;
    },
  };
}
