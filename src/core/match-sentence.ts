/**
 * Turns one sentence's key hits into claim matches: candidates, figure checks, the period the sentence is about,
 * stance, and claims linked through `disputes` (a sentence asserting one side disputes the other).
 */
import type { ClaimIndex } from './claim-index';
import type { FigureCheck, SentenceMatch } from './types';
import { dropNested, type Hit } from './hits';
import { parseFigures, type ParsedFigure } from './numbers';
import { judgeFigure } from './figures';
import { addFuzzy, gatherCandidates, type Candidate } from './score';
import { judgeStance } from './stance';

export interface Thresholds {
  /** Minimum summed evidence for a match. */
  raw: number;
  /** Minimum weight of the best topical term (names alone never match). */
  term: number;
}

export interface ClaimPolarity {
  negated: Map<number, boolean>;
  rebuttal: boolean;
}

export interface SentenceInput {
  /** Normalised sentence text and the key hits in it (offsets relative to `norm`). */
  norm: string;
  hits: Hit[];
  /** Maps a normalised [start, end) back to offsets in the caller's original text, and slices that text. */
  toOriginal: (start: number, end: number) => { start: number; end: number; text: string };
}

/** Bonus for a figure that agrees with the claim's evidence: numbers carry a claim. */
const FIGURE_BONUS = 0.7;
/** Score = raw / (raw + SATURATION), so 0..1 and higher is better. */
const SATURATION = 1.5;
const MAX_MATCHES = 3;

function checkFigures(figs: ParsedFigure[], index: ClaimIndex, ci: number, input: SentenceInput): FigureCheck[] {
  const evidence = index.claims[ci]!.figures;
  const out: FigureCheck[] = [];
  for (const f of figs) {
    const j = judgeFigure(f, evidence);
    if (f.unit === 'year' && j.verdict !== 'consistent') continue;
    const o = input.toOriginal(f.start, f.end);
    out.push({ text: o.text, value: f.value, unit: f.unit, verdict: j.verdict, expected: j.expected, start: o.start, end: o.end });
  }
  return out;
}

/** True when the sentence names years and none is near a year the claim is about. */
function otherPeriod(sentenceYears: number[], claimYears: number[]): boolean {
  if (!sentenceYears.length || !claimYears.length) return false;
  return !sentenceYears.some((y) => claimYears.some((c) => Math.abs(c - y) <= 1));
}

/** A differing figure disputes the claim only when it is clearly THE figure: one of that unit on each side. */
function figureConflict(checks: FigureCheck[], index: ClaimIndex, ci: number): boolean {
  const evidence = index.claims[ci]!.figures;
  return checks.some(
    (c) => c.verdict === 'differs' && checks.filter((d) => d.unit === c.unit).length === 1 && evidence.filter((e) => e.unit === c.unit).length === 1,
  );
}

function termsOf(index: ClaimIndex, cand: Candidate): string[] {
  const seen = new Set<string>();
  for (const h of cand.hits) seen.add(index.display[h.keyId]!);
  for (const f of cand.fuzzy) seen.add(f);
  return [...seen];
}

const FLIP = { supports: 'disputes', disputes: 'supports', neutral: 'neutral' } as const;

/** Matches one sentence against the index; best first, [] when nothing passes the thresholds. */
export function matchHits(index: ClaimIndex, polarity: ClaimPolarity[], input: SentenceInput, t: Thresholds): SentenceMatch[] {
  const hits = dropNested(input.hits);
  const cands = gatherCandidates(index, hits);
  if (!cands.length || cands[0]!.raw + FIGURE_BONUS < t.raw * 0.6) return [];
  const figs = parseFigures(input.norm);
  const years = figs.filter((f) => f.unit === 'year').map((f) => f.value);
  const found: { ci: number; m: SentenceMatch }[] = [];
  for (const cand of cands) {
    if (cand.raw + FIGURE_BONUS < t.raw * 0.6) break;
    if (cand.raw < t.raw || cand.bestTerm < t.term) addFuzzy(index, cand, input.norm);
    const claim = index.claims[cand.ci]!;
    const checks = checkFigures(figs, index, cand.ci, input);
    const agrees = checks.some((c) => c.verdict === 'consistent' && c.unit !== 'year');
    let raw = cand.raw + (agrees ? FIGURE_BONUS : 0);
    if (otherPeriod(years, claim.years)) raw *= 0.5;
    const topical = cand.bestTerm >= t.term || (agrees && cand.entities > 0 && cand.bestTerm > 0);
    if (!topical || raw < t.raw) continue;
    const pol = polarity[cand.ci]!;
    const stance = judgeStance(input.norm, cand.hits, pol.negated, figureConflict(checks, index, cand.ci), pol.rebuttal);
    const m = { claimId: claim.claim.id, topic: claim.claim.topic, score: raw / (raw + SATURATION), stance, terms: termsOf(index, cand), figures: checks };
    found.push({ ci: cand.ci, m });
  }
  // The other side of a disputed pair: asserting one claim disputes the claims it contradicts.
  const direct = new Set(found.map((f) => f.ci));
  const matches = found.map((f) => f.m);
  for (const { ci, m } of found) {
    for (const di of index.claims[ci]!.disputes) {
      const other = index.claims[di]!;
      if (direct.has(di)) continue;
      direct.add(di);
      matches.push({ ...m, claimId: other.claim.id, topic: other.claim.topic, score: m.score * 0.9, stance: FLIP[m.stance], figures: checkFigures(figs, index, di, input) });
    }
  }
  matches.sort((a, b) => b.score - a.score);
  return matches.slice(0, MAX_MATCHES);
}
