/**
 * Figure verdicts: a sentence's figure against the claim's evidence figures, same unit only, within a tolerance
 * that widens for approximate figures and respects bounds ("up to $100B", "over 50 deals").
 */
import type { FigureVerdict } from './types';
import type { ClaimFigure } from './claim-index';
import type { ParsedFigure } from './numbers';

export interface FigureJudgement {
  verdict: FigureVerdict;
  expected: number | null;
}

/** Relative tolerance: tight for exact figures, wider when either side is approximate. */
function tolerance(a: string, b: string): number {
  if (a === 'exact' && b === 'exact') return 0.03;
  return 0.12;
}

/** Beyond this ratio a same-unit figure is taken to measure something else rather than to disagree. */
export const DIFFERS_RATIO = 3;

/** Whether the sentence figure (possibly a range) agrees with one evidence figure. */
export function agrees(f: ParsedFigure, e: ClaimFigure): boolean {
  const tol = tolerance(f.qualifier, e.qualifier);
  const lo = Math.min(f.value, f.high);
  const hi = Math.max(f.value, f.high);
  const x = e.value;
  if (e.qualifier === 'over') return hi >= x * (1 - tol / 4) && lo <= x * 2;
  if (e.qualifier === 'under') return lo <= x * (1 + tol / 4) && hi >= x / 2;
  if (f.qualifier === 'over') return x >= lo * (1 - tol) && x <= lo * 2;
  if (f.qualifier === 'under' || f.qualifier === 'up-to') return x <= hi * (1 + tol) && x >= hi * (1 - tol);
  return x >= lo * (1 - tol) && x <= hi * (1 + tol);
}

function logDistance(f: ParsedFigure, e: ClaimFigure): number {
  const mid = (f.value + f.high) / 2;
  if (mid <= 0 || e.value <= 0) return mid === e.value ? 0 : Infinity;
  return Math.abs(Math.log(mid / e.value));
}

/** Judges one sentence figure against a claim's figures. Years only ever agree or stay unrelated. */
export function judgeFigure(f: ParsedFigure, evidence: readonly ClaimFigure[]): FigureJudgement {
  let best: ClaimFigure | null = null;
  let bestDist = Infinity;
  for (const e of evidence) {
    if (e.unit !== f.unit) continue;
    if (agrees(f, e)) return { verdict: 'consistent', expected: e.value };
    const d = logDistance(f, e);
    if (d < bestDist) {
      bestDist = d;
      best = e;
    }
  }
  if (!best || f.unit === 'year' || bestDist > Math.log(DIFFERS_RATIO)) return { verdict: 'unrelated', expected: null };
  return { verdict: 'differs', expected: best.value };
}
