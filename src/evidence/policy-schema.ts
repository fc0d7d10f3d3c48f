/**
 * Schema of the matching policy (data/policy/matching.json, read by src/core/policy.ts): every number in its
 * range, every strictness row ordered loose ≤ balanced ≤ strict, every lexicon a list of non-empty lowercase
 * entries (the engine matches normalised, lower-case text), topic keywords for every topic and no other.
 */
import * as v from 'valibot';
import { TOPICS } from './topics';

const Num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const Share = Num(0, 1);
const Words = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.minLength(1),
      v.check((s) => s === s.toLowerCase() && s === s.trim(), 'must be trimmed lower-case text'),
    ),
  ),
  v.maxLength(400),
);
const Lexicon = v.strictObject({ en: Words, ja: Words });
const Row = v.strictObject({ raw: Num(0, 10), term: Share, specific: Share });

export const PolicySchema = v.pipe(
  v.strictObject({
    version: v.literal(1),
    strictness: v.strictObject({ loose: Row, balanced: Row, strict: Row }),
    evidence: v.strictObject({
      entityWeight: Share,
      postingCap: Num(1, 100000),
      maxCandidates: Num(1, 100),
      topicShare: Share,
      laterKeyWeight: Share,
      idfTopics: v.literal(TOPICS.length),
      idfFloor: Share,
      impliedActorTerms: Num(1, 10),
    }),
    figures: v.strictObject({
      bonus: Num(0, 5),
      smallAmountShare: Share,
      comparableShare: Share,
      largeAmount: Num(1, 1e15),
      distinctUnits: v.array(v.string()),
      toleranceExact: Share,
      toleranceApprox: Share,
      differsRatio: Num(1, 100),
      conflictRatio: Num(1, 100),
      farShareFloor: Share,
      otherPeriodFactor: Share,
      minEntitiesForComparable: Num(1, 10),
    }),
    ranking: v.strictObject({
      saturation: Num(0.01, 100),
      maxMatches: Num(1, 20),
      perTopic: Num(1, 20),
      disputedShare: Share,
    }),
    specificity: v.record(
      v.picklist([
        'everyday',
        'latinPhrase',
        'latinShort',
        'acronym',
        'latinLong',
        'latinMedium',
        'latinPlain',
        'katakanaLong',
        'katakanaMedium',
        'katakanaShort',
        'kanjiLong',
        'kanjiThree',
        'kanjiShort',
      ]),
      Share,
    ),
    lexicon: v.strictObject({
      everydayPhrases: Words,
      negation: v.strictObject({
        en: Words,
        enShortReach: Words,
        enClauseReach: Words,
        enNotNegation: Words,
        enCore: Words,
      }),
      rebuttal: Lexicon,
      rebuttalVerb: Lexicon,
      propositionVerb: Lexicon,
      propositionNoun: Lexicon,
      reportedChange: Lexicon,
      contrast: Lexicon,
      concessionFirst: Lexicon,
      override: Lexicon,
      appearance: Lexicon,
      drawback: Lexicon,
      limiter: Lexicon,
      undercut: Lexicon,
      takings: Lexicon,
      answeredNo: Lexicon,
      hedge: Lexicon,
      counterfactual: Lexicon,
      downplay: Lexicon,
      warning: Lexicon,
      actorReference: Lexicon,
      questionEn: Words,
      questionJa: Words,
    }),
    topicKeywords: v.strictObject(
      Object.fromEntries(TOPICS.map((t) => [t, Words])) as Record<(typeof TOPICS)[number], typeof Words>,
    ),
  }),
  v.check((p) => {
    const [l, b, s] = [p.strictness.loose, p.strictness.balanced, p.strictness.strict];
    return (
      l.raw <= b.raw &&
      b.raw <= s.raw &&
      l.term <= b.term &&
      b.term <= s.term &&
      l.specific <= b.specific &&
      b.specific <= s.specific
    );
  }, 'strictness rows must not loosen from loose to balanced to strict'),
);

/** Problems with a policy object, one line each (empty when valid). */
export function policyProblems(data: unknown): string[] {
  const r = v.safeParse(PolicySchema, data);
  return r.success
    ? []
    : r.issues.map((i) => `data/policy/matching.json: ${v.getDotPath(i) ?? '(file)'}: ${i.message}`);
}
