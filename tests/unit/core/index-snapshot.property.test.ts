/**
 * Property-based: an index restored from its snapshot (compiled at build time, restored on every page) is the index
 * the claims build, and a matcher over it answers every sentence exactly as one built from the claims (matches,
 * scores, stances, and how each candidate was decided), for the bundled claims and random subsets of them and of the
 * fixture claims, at every strictness and page date given per call or per matcher.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allKeys, buildClaimIndex } from '../../../src/core/claim-index';
import { buildIndexSnapshot, createMatcher, matcherFromRestored } from '../../../src/core/engine';
import { restoreIndex, type IndexSnapshot } from '../../../src/core/index-snapshot';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import type { CallOptions, Strictness } from '../../../src/core/types';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { FIXTURE_CLAIMS } from './fixture-claims';

const bundled = loadBundledEvidence();
const pool = [...bundled, ...FIXTURE_CLAIMS.filter((f) => !bundled.some((b) => b.id === f.id))];
const roundTrip = (s: IndexSnapshot): IndexSnapshot => JSON.parse(JSON.stringify(s));
const required = (c: (typeof pool)[number]) => {
  const r = c.requires;
  const groups = [...(r?.actors ?? []), ...(r?.events ?? []), ...(r?.comparison ? [r.comparison] : [])];
  if (r?.era) groups.push(r.era);
  return [...groups, ...(r?.excludes ? [r.excludes] : [])].flatMap((g) => [...g.en, ...g.ja]);
};
const vocabulary = [
  ...new Set(pool.flatMap((c) => [...c.terms.en, ...c.terms.ja, ...c.entities.en, ...c.entities.ja, ...required(c)])),
];
// The policy's stance cues, so contrast, override, hedges, reported change and rebuttal are exercised too.
const { lexicon } = DEFAULT_POLICY;
const cues = [
  ...[
    lexicon.contrast,
    lexicon.concessionFirst,
    lexicon.override,
    lexicon.appearance,
    lexicon.hedge,
    lexicon.reportedChange,
    lexicon.warning,
    lexicon.rebuttal,
  ].flatMap((l) => [...l.en, ...l.ja]),
  ...lexicon.negation.en,
].map((w) => ` ${w} `);
const statements = pool.flatMap((c) => [c.statement.en, c.statement.ja]);
const sentence = fc.oneof(
  fc.constantFrom(...statements),
  fc
    .array(
      fc.oneof(
        fc.nat().map((i) => vocabulary[i % vocabulary.length]!),
        fc.nat().map((i) => cues[i % cues.length]!),
        fc.constantFrom(' ', ' not ', ' $100 billion ', '2025年', 'は', '、', ', ', ' in 2026 ', ' 95% ', '?', '。'),
      ),
      { maxLength: 14 },
    )
    .map((p) => p.join('')),
);
const strictness = fc.constantFrom<Strictness>('loose', 'balanced', 'strict');
/** A page date: none, long before or after the claims' events, or near one of them. */
const published = fc.constantFrom<string | undefined>(
  undefined,
  '2019',
  '2023-06',
  '2026-12-01',
  ...pool.flatMap((c) => (c.since ? [c.since] : [])).slice(0, 6),
);
const call: fc.Arbitrary<CallOptions> = fc.record({ strictness, published }, { requiredKeys: [] });

/**
 * The index without its automaton and key finder (compared by behaviour in automaton-snapshot.property.test.ts and
 * key-finder.property.test.ts) and claim objects.
 */
function comparable(index: ReturnType<typeof buildClaimIndex>) {
  return {
    ...index,
    automaton: null,
    finder: null,
    keys: allKeys(index.keys),
    display: Array.from({ length: index.keys.length }, (_, id) => index.keys.display(id)),
    // The fields of IndexedClaim (a restored claim also keeps what it makes its key map from).
    claims: index.claims.map((c) => ({
      claim: c.claim.id,
      keys: [...c.keys],
      required: c.required,
      requiredActors: c.requiredActors,
      excluded: c.excluded,
      requiredEra: c.requiredEra,
      figures: c.figures,
      years: c.years,
      disputes: c.disputes,
      topicIndex: c.topicIndex,
    })),
  };
}

describe('index snapshot', () => {
  it('restores the bundled index exactly, and its matcher answers every sentence alike', () => {
    const restored = restoreIndex(bundled, roundTrip(buildIndexSnapshot(bundled)));
    expect(comparable(restored.index)).toEqual(comparable(buildClaimIndex(bundled)));
    const built = createMatcher(bundled);
    const back = matcherFromRestored(restored);
    fc.assert(
      fc.property(sentence, call, (t, c) => {
        expect(back.matchSentence(t, undefined, c)).toEqual(built.matchSentence(t, undefined, c));
        expect(back.scanBlock(t, undefined, c)).toEqual(built.scanBlock(t, undefined, c));
        expect(back.explain(t, c)).toEqual(built.explain(t, c));
      }),
      { numRuns: 300 },
    );
  });

  it('answers the bundled claims’ own statements alike, with their stances, at every strictness and page date', () => {
    const restored = restoreIndex(bundled, roundTrip(buildIndexSnapshot(bundled)));
    const built = createMatcher(bundled);
    const back = matcherFromRestored(restored);
    let disputing = 0;
    for (const c of bundled) {
      for (const t of [c.statement.en, c.statement.ja, `Not true: ${c.statement.en}`]) {
        for (const s of ['loose', 'strict'] as const) {
          for (const p of [undefined, '2020-01']) {
            const got = back.scanBlock(t, undefined, { strictness: s, published: p });
            expect(got, t).toEqual(built.scanBlock(t, undefined, { strictness: s, published: p }));
            disputing += got.flatMap((r) => r.matches).filter((m) => m.stance === 'disputes').length;
          }
        }
      }
    }
    // The comparison covers stances other than the default one.
    expect(disputing).toBeGreaterThan(0);
  });

  it('restores the index of any subset of claims exactly, for every strictness and page date, per matcher or per call', () => {
    fc.assert(
      fc.property(
        fc.subarray(pool, { minLength: 1, maxLength: 12 }),
        strictness,
        published,
        call,
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        (claims, s, p, c, sentences) => {
          const restored = restoreIndex(claims, roundTrip(buildIndexSnapshot(claims)));
          expect(comparable(restored.index)).toEqual(comparable(buildClaimIndex(claims)));
          const options = { strictness: s, published: () => p };
          const built = createMatcher(claims, options);
          const back = matcherFromRestored(restored, options);
          // withOptions moves the same restored index to another strictness, as the page does on a settings change.
          const builtMoved = built.withOptions({ strictness: c.strictness ?? 'balanced' });
          const backMoved = back.withOptions({ strictness: c.strictness ?? 'balanced' });
          for (const t of sentences) {
            expect(back.scanBlock(t)).toEqual(built.scanBlock(t));
            expect(back.matchSentence(t, undefined, c)).toEqual(built.matchSentence(t, undefined, c));
            expect(backMoved.scanBlock(t)).toEqual(builtMoved.scanBlock(t));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a snapshot made for other claims, with another policy, or of another version', () => {
    const snap = buildIndexSnapshot(bundled.slice(0, 3));
    expect(() => restoreIndex(bundled.slice(1, 4), snap)).toThrow('made for 3 other claims, not these 3');
    expect(() => restoreIndex(bundled.slice(0, 2), snap)).toThrow('not these 2');
    // An older snapshot (v4 held per-claim lists as arrays of numbers) is refused by its version, not misread.
    expect(() => restoreIndex(bundled.slice(0, 3), { ...snap, version: 4 as never })).toThrow(
      'unknown version 4 (this build reads 5)',
    );
    // A per-key or per-claim field of another length than the keys or claims (a truncated or mixed-up snapshot) is
    // refused, not misread; so are joined keys that do not end where the next block of keys starts.
    expect(() => restoreIndex(bundled.slice(0, 3), { ...snap, topics: snap.topics.slice(1) })).toThrow(
      /\d+ topics codes for \d+ keys/,
    );
    expect(() => restoreIndex(bundled.slice(0, 3), { ...snap, stance: snap.stance.slice(1) })).toThrow(
      '2 stance entries for 3 claims',
    );
    expect(() => restoreIndex(bundled.slice(0, 3), { ...snap, keyBlocks: `${snap.keyBlocks}00` })).toThrow(
      /key blocks for \d+ keys/,
    );
    const shifted = restoreIndex(bundled.slice(0, 3), { ...snap, keys: `x${snap.keys}` });
    expect(() => matcherFromRestored(shifted).scanBlock(bundled[0]!.statement.en)).toThrow(
      /key texts: keys \d+ to \d+ do not end where the next start/,
    );
    const other = {
      ...DEFAULT_POLICY,
      specificity: { ...DEFAULT_POLICY.specificity, everyday: DEFAULT_POLICY.specificity.everyday / 2 },
    };
    expect(() => restoreIndex(bundled.slice(0, 3), snap, other)).toThrow('made with matching policy');
    // With the policy it was made with, a snapshot of another policy restores that policy's index.
    const made = buildIndexSnapshot(bundled, other);
    expect(comparable(restoreIndex(bundled, made, other).index)).toEqual(comparable(buildClaimIndex(bundled, other)));
  });
});
