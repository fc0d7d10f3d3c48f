/**
 * Property-based: the candidate scoring that runs per sentence (typed slots, precomputed key weights, an insertion
 * sort) gives exactly what the plain Map-and-sort version below gives, to the last bit of every score, on random
 * hits from the bundled index, the fixture index, a synthetic one of 1,000 claims and one whose keys are shared by
 * hundreds of claims (such keys only confirm candidates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticEvidence } from '../../../bench/synthetic-evidence';
import { buildClaimIndex, type ClaimIndex } from '../../../src/core/claim-index';
import { dropNested, findHits, type Hit } from '../../../src/core/hits';
import { normaliseCodes } from '../../../src/core/normalise';
import { decayedSum, evidenceBound, gatherCandidates, keyWeight, scoreHits, type Candidate } from '../../../src/core/score';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import type { Claim } from '../../../src/evidence/schema';
import { FIXTURE_CLAIMS } from './fixture-claims';

const bundled = loadBundledEvidence();
/** 200 copies of the bundled claims that all share a name and a phrase: keys used by more than 128 claims. */
const crowded: Claim[] = Array.from({ length: 200 }, (_, i) => {
  const c = bundled[i % bundled.length]!;
  const ja = i % 2 ? ['共有語彙', `固有語${i}`] : [];
  return { ...c, id: `crowded.${i}`, disputes: [], entities: { ...c.entities, en: [...c.entities.en, 'SharedCo'] }, terms: { en: [...c.terms.en, 'shared vocabulary', `own phrase ${i}`], ja: [...c.terms.ja, ...ja] } };
});
const indexes = [buildClaimIndex(bundled), buildClaimIndex(FIXTURE_CLAIMS), buildClaimIndex(syntheticEvidence(bundled, 1000)), buildClaimIndex(crowded)];

/** The reference: the sum over weights sorted by Array.prototype.sort, added up by reduce. */
function plainDecayedSum(weights: number[]): number {
  return [...weights].sort((a, b) => b - a).reduce((sum, w, i) => sum + w * (i < 2 ? 1 : 0.6), 0);
}

/** The reference: hits grouped in Maps, scored claim by claim, topics shared through Maps of key weights. */
function plainGather(index: ClaimIndex, hits: readonly Hit[]): Candidate[] {
  const byClaim = new Map<number, Hit[]>();
  const common: Hit[] = [];
  for (const h of hits) {
    const k = index.keys[h.keyId]!;
    if (k.claims.length > 128) common.push(h);
    else for (const ci of k.claims) byClaim.set(ci, [...(byClaim.get(ci) ?? []), h]);
  }
  const out: Candidate[] = [];
  const topicKeys = new Map<string, Map<number, number>>();
  for (const [ci, list] of byClaim) {
    const claim = index.claims[ci]!;
    for (const h of common) if (claim.keys.has(h.keyId)) list.push(h);
    out.push(scoreHits(index, ci, list));
    const keys = topicKeys.get(claim.claim.topic) ?? new Map<number, number>();
    topicKeys.set(claim.claim.topic, keys);
    for (const h of list) keys.set(h.keyId, Math.max(keys.get(h.keyId) ?? 0, keyWeight(index.keys[h.keyId]!, claim.keys.get(h.keyId)!)));
  }
  const topicRaw = new Map([...topicKeys].map(([t, keys]) => [t, plainDecayedSum([...keys.values()])]));
  for (const c of out) c.raw += 0.5 * Math.max(0, topicRaw.get(index.claims[c.ci]!.claim.topic)! - c.raw);
  return out.sort((a, b) => b.raw - a.raw).slice(0, 12);
}

/** Random hits of real keys: from text built of index vocabulary (as the engine sees them), or arbitrary key ids. */
const hitsOf = (index: ClaimIndex) =>
  fc.oneof(
    fc.array(fc.nat(), { maxLength: 30 }).map((ids) => {
      const text = ids.map((i) => index.keys[i % index.keys.length]!.text).join(' ');
      const n = normaliseCodes(text);
      return dropNested(findHits(index, n.codes, n.length));
    }),
    fc.uniqueArray(fc.nat(), { maxLength: 25 }).map((ids) => [...new Set(ids.map((i) => i % index.keys.length))].map((keyId, i) => ({ keyId, keyLength: 1, start: i, end: i + 1 }))),
  );

const which = fc.integer({ min: 0, max: indexes.length - 1 });

describe('gatherCandidates', () => {
  it('has keys shared by more than 128 claims to test', () => {
    expect(indexes[3]!.keys.filter((k) => k.claims.length > 128).length).toBeGreaterThanOrEqual(3);
  });

  it('equals the plain Map-based scoring, candidate for candidate and bit for bit', () => {
    fc.assert(
      fc.property(which.chain((w) => fc.tuple(fc.constant(w), hitsOf(indexes[w]!))), ([w, hits]) => {
        const index = indexes[w]!;
        expect(gatherCandidates(index, hits)).toEqual(plainGather(index, hits));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('evidenceBound and decayedSum', () => {
  it('decayedSum equals the sorted reduce on any weights, long lists included', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { maxLength: 40 }), (ws) => {
        expect(Object.is(decayedSum([...ws]), plainDecayedSum(ws))).toBe(true);
      }),
    );
  });

  it('evidenceBound counts each key once, with repeated hits and across calls', () => {
    fc.assert(
      fc.property(which.chain((w) => fc.tuple(fc.constant(w), hitsOf(indexes[w]!), fc.nat())), ([w, hits, r]) => {
        const index = indexes[w]!;
        const repeated = [...hits, ...hits.slice(0, r % (hits.length + 1))];
        const keys = [...new Set(repeated.map((h) => h.keyId))].map((id) => index.keys[id]!);
        const terms = keys.map((k) => k.maxTermWeight).sort((a, b) => b - a);
        expect(evidenceBound(index, repeated)).toEqual({
          raw: plainDecayedSum(keys.map((k) => k.maxWeight)),
          term: terms[0] ?? 0,
          second: terms[1] ?? 0,
          entity: keys.some((k) => k.anyEntity),
        });
      }),
      { numRuns: 800 },
    );
  });
});
