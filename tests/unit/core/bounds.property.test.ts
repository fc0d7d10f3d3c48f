/**
 * Property-based: every pruning shortcut of the engine is decide() asked about an upper-bound feature record, so
 * it is sound when (1) decide is monotone (more evidence never turns a match away or lowers its evidence), (2) the
 * key-evidence bound dominates every candidate the same hits make, and (3) the sentence's figure ceiling is at
 * least every claim's figure relation. Checked on the bundled index, the fixture index and a synthetic one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticEvidence } from '../../../bench/synthetic-evidence';
import { buildClaimIndex, type ClaimIndex } from '../../../src/core/claim-index';
import { admission, decide, upperBound, type Features } from '../../../src/core/decide';
import { figureCeiling, requiresMet } from '../../../src/core/features';
import { FIGURE_RELATIONS, figureEvidence, figureRelation, type FigureRelation } from '../../../src/core/figures';
import { dropNested, findHits } from '../../../src/core/hits';
import { normaliseCodes } from '../../../src/core/normalise';
import { parseFigures } from '../../../src/core/numbers';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { evidenceBound, gatherCandidates } from '../../../src/core/score';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { FIXTURE_CLAIMS } from './fixture-claims';

const policy = DEFAULT_POLICY;
const rows = Object.values(policy.strictness);
const bundled = loadBundledEvidence();
const indexes = [
  buildClaimIndex(bundled),
  buildClaimIndex(FIXTURE_CLAIMS),
  buildClaimIndex(syntheticEvidence(bundled, 1000)),
];

/** Figure relations a record may be raised to without lowering what decide gives (the bound uses the top one). */
const raises = (f: FigureRelation): FigureRelation[] =>
  f === 'unanchored' ? [...FIGURE_RELATIONS] : [f, 'amount-point'];

const num = fc.double({ min: 0, max: 3, noNaN: true });
const features: fc.Arbitrary<Features> = fc.record({
  raw: num,
  bestTerm: num,
  secondTerm: num,
  entities: fc.nat(4),
  keys: fc.nat(6),
  figure: fc.constantFrom(...FIGURE_RELATIONS),
  figureFactor: fc.double({ min: 0.25, max: 1, noNaN: true }),
  otherPeriod: fc.boolean(),
  question: fc.constantFrom('open', 'yes-no', 'none'),
  requiresMet: fc.boolean(),
  negated: fc.boolean(),
  rebuttal: fc.boolean(),
  figureConflict: fc.boolean(),
  reportedChange: fc.boolean(),
  warning: fc.boolean(),
  overridden: fc.boolean(),
  hedged: fc.boolean(),
});

describe('decide is monotone', () => {
  it('admits the upper bound of every record it admits, with at least as much evidence', () => {
    fc.assert(
      fc.property(
        features,
        fc.constantFrom(...rows),
        fc.record({ raw: num, term: num, second: num, entities: fc.nat(3), keys: fc.nat(3) }),
        fc.nat(),
        (f, row, more, pick) => {
          const ups = raises(f.figure);
          const g = upperBound(
            {
              raw: f.raw + more.raw,
              term: f.bestTerm + more.term,
              second: f.secondTerm + more.second,
              entities: f.entities + more.entities,
              keys: f.keys + more.keys,
            },
            ups[pick % ups.length]!,
          );
          const a = decide(f, row, policy);
          const b = decide(g, row, policy);
          if (a.admit) expect(b.admit).toBe(true);
          expect(b.raw).toBeGreaterThanOrEqual(a.raw);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('admission', () => {
  it('decides alone what decide admits, whatever the stance evidence (the engine works stance out after it)', () => {
    fc.assert(
      fc.property(features, fc.constantFrom(...rows), (f, row) => {
        const a = admission(f, row, policy);
        const d = decide(f, row, policy);
        expect(d.admit).toBe(a.rejected === null);
        expect([d.raw, d.score]).toEqual([a.raw, a.score]);
        if (a.rejected) expect(d.rule).toBe(a.rejected);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Random sentences built of an index's vocabulary and some figures, as the engine would see them. */
const sentenceOf = (index: ClaimIndex) =>
  fc
    .tuple(
      fc.array(fc.nat(), { maxLength: 12 }),
      fc.array(
        fc.constantFrom(
          '$100 billion',
          '10 GW',
          '10 gigawatts',
          '95%',
          'in 2025',
          '1999',
          '50 deals',
          '1000億ドル',
          '3割',
          '14 cents',
        ),
        { maxLength: 3 },
      ),
    )
    .map(([ids, figs]) => [...ids.map((i) => index.keys.get(i % index.keys.length).text), ...figs].join(' '));

describe('the bounds the engine prunes with', () => {
  it('key evidence: evidenceBound dominates every candidate of the same hits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: indexes.length - 1 }).chain((w) => fc.tuple(fc.constant(w), sentenceOf(indexes[w]!))),
        ([w, text]) => {
          const index = indexes[w]!;
          const n = normaliseCodes(text);
          const hits = findHits(index, n.codes, n.length);
          const b = evidenceBound(index, hits);
          for (const c of gatherCandidates(index, dropNested(hits))) {
            expect(b.raw + 1e-9).toBeGreaterThanOrEqual(c.raw);
            expect(b.term).toBeGreaterThanOrEqual(c.bestTerm);
            expect(b.second).toBeGreaterThanOrEqual(c.secondTerm);
            expect(b.entities).toBeGreaterThanOrEqual(c.entities);
            expect(b.keys).toBeGreaterThanOrEqual(c.hits.length);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('figures: the sentence ceiling is at least the relation to every claim', () => {
    const index = indexes[0]!;
    const rank = (f: FigureRelation) => FIGURE_RELATIONS.length - FIGURE_RELATIONS.indexOf(f);
    fc.assert(
      fc.property(sentenceOf(index), fc.nat(4), (text, entities) => {
        const norm = normaliseCodes(text);
        const s = String.fromCharCode(...norm.codes.subarray(0, norm.length));
        const figs = parseFigures(s);
        const ceiling = figureCeiling(figs, policy);
        for (const claim of index.claims) {
          const rel = figureRelation(
            figureEvidence(s, figs, claim, (a, b) => ({ start: a, end: b, text: s.slice(a, b) }), policy),
            entities,
            policy.figures,
          );
          if (rel === 'unanchored' || rel === 'comparable') continue; // rejects, or weaker than any amount in bonus and topicality
          expect(rank(ceiling), `${text} / ${claim.claim.id}: ${rel} > ${ceiling}`).toBeGreaterThanOrEqual(rank(rel));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('"10 GW" and "10 gigawatts" are the same figure to the bound and to the decision', () => {
    const m = (t: string) => parseFigures(t).map((f) => [f.value, f.unit]);
    expect(m('the plan calls for 10 gw of data centers.')).toEqual(
      m('the plan calls for 10 gigawatts of data centers.'),
    );
    expect(figureCeiling(parseFigures('10 gw of data centers'), policy)).toBe('amount-point');
  });

  it('requirements: requiresMet only grows with the figure relation and with a reference back', () => {
    const index = indexes[0]!;
    const required = index.claims.filter((c) => c.required.length > 0);
    const someKeys = (c: (typeof required)[number]) => [...c.required.flat(), ...c.excluded, ...c.keys.keys()];
    fc.assert(
      fc.property(
        fc.nat(required.length - 1),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (w, picks, actorPicks, namePicks) => {
          const claim = required[w]!;
          const pool = [...someKeys(claim), ...someKeys(required[(w + 1) % required.length]!)];
          const keys = new Set(picks.map((i) => pool[i % pool.length]!));
          const actors = actorPicks.map((i) => pool[i % pool.length]!);
          const names = namePicks.map((i) => pool[i % pool.length]!);
          FIGURE_RELATIONS.forEach((hi, i) =>
            FIGURE_RELATIONS.slice(i + 1).forEach((lo) => {
              for (const back of [null, names] as const)
                if (requiresMet(claim, keys, lo, actors, back))
                  expect(requiresMet(claim, keys, hi, actors, back), `${hi} over ${lo}`).toBe(true);
              if (requiresMet(claim, keys, lo, actors, null))
                expect(requiresMet(claim, keys, lo, actors, names)).toBe(true);
            }),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
