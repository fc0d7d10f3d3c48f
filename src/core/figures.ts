/**
 * Figure verdicts: a sentence's figure against the claim's evidence figures, same unit only, within a tolerance
 * that widens for approximate figures and respects bounds ("up to $100B", "over 50 deals").
 */
import type { FigureCheck, FigureVerdict } from './types';
import type { ClaimFigure, IndexedClaim } from './claim-index';
import { parseFigures, type ParsedFigure } from './numbers';
import { normaliseKey } from './normalise';
import { DEFAULT_POLICY, wordAlternation, type Policy } from './policy';
import { isAnsweredNo, isLimited, isNegated, isUndercut } from './stance';

export interface FigureJudgement {
  verdict: FigureVerdict;
  expected: number | null;
}

/** Relative tolerance: tight for exact figures, wider when either side is approximate. */
function tolerance(a: string, b: string, p: Policy['figures']): number {
  return a === 'exact' && b === 'exact' ? p.toleranceExact : p.toleranceApprox;
}

/** Whether the sentence figure (possibly a range) agrees with one evidence figure. */
export function agrees(f: ParsedFigure, e: ClaimFigure, policy: Policy = DEFAULT_POLICY): boolean {
  // Years are points on a calendar, not magnitudes: 3% of 2025 would be sixty years.
  if (f.unit === 'year') return e.value >= f.value && e.value <= f.high;
  const tol = tolerance(f.qualifier, e.qualifier, policy.figures);
  const lo = Math.min(f.value, f.high);
  const hi = Math.max(f.value, f.high);
  const x = e.value;
  // A bound is a bound: 49 is not "more than 50", however close.
  if (e.qualifier === 'over') return hi >= x * 0.995 && lo <= x * 2;
  if (e.qualifier === 'under') return lo <= x * 1.005 && hi >= x / 2;
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
export function judgeFigure(
  f: ParsedFigure,
  evidence: readonly ClaimFigure[],
  policy: Policy = DEFAULT_POLICY,
): FigureJudgement {
  let best: ClaimFigure | null = null;
  let bestDist = Infinity;
  for (const e of evidence) {
    if (e.unit !== f.unit) continue;
    if (agrees(f, e, policy)) return { verdict: 'consistent', expected: e.value };
    const d = logDistance(f, e);
    if (d < bestDist) {
      bestDist = d;
      best = e;
    }
  }
  if (!best || f.unit === 'year' || bestDist > Math.log(policy.figures.differsRatio))
    return { verdict: 'unrelated', expected: null };
  return { verdict: 'differs', expected: best.value };
}

/**
 * What a sentence's figures say about one claim, strongest first: an agreeing large amount against a point figure
 * (it can stand in for a second term), against a bound, an agreeing small amount (a share any story may hold), an
 * agreeing year, a differing amount of the claim's own kind in a sentence naming its actors, nothing, or money
 * amounts none of which is the claim's with no actor to tie them to it (another quantity: never a match).
 */
export const FIGURE_RELATIONS = [
  'amount-point',
  'amount',
  'small-amount',
  'year',
  'comparable',
  'none',
  'unanchored',
] as const;
export type FigureRelation = (typeof FIGURE_RELATIONS)[number];

export interface FigureEvidence {
  checks: FigureCheck[];
  /** Some figure agrees with the claim's evidence; `amountAgrees` when it is more than a matching year. */
  agrees: boolean;
  amountAgrees: boolean;
  /** An amount agrees with an evidence figure that is a point value, not a bound. */
  pointAgrees: boolean;
  /** 0..1: how telling the agreeing figure is ($300 billion says more than 10%, which any story may contain). */
  distinctiveness: number;
  /** Multiplier on the match evidence: < 1 when the figures point elsewhere (far-off shares and counts). */
  factor: number;
  /** One figure of a unit on each side, and they differ, or the claim's own figure is negated ("not the $300
   * billion reported", 「3000億ドルではなく」): the sentence contradicts the number. */
  conflict: boolean;
  /** An amount of the claim's kind said to be small ("only $10 billion", 「500億ドルにすぎない」) that is none of the
   * claim's figures: it disputes them unless the sentence also states the claim's own amount (`agreeingAt`, where). */
  limited: boolean;
  agreeingAt: { start: number; end: number }[];
}

type ToOriginal = (start: number, end: number) => { start: number; end: number; text: string };

/** A year that is a comparison baseline ("up from 11.5% in 2020", "since 2022", "2022年以降") not the period. */
function isBaseline(norm: string, f: ParsedFigure): boolean {
  return (
    /\b(?:from|since|compared with|than|versus|vs)\b[^.;]{0,16}$/.test(
      norm.slice(Math.max(0, f.start - 24), f.start),
    ) || /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|以降|から|比)/.test(norm.slice(f.end, f.end + 10))
  );
}

/** A year that is a forecast's horizon ("by 2030", "through 2030", 「2030年までに」), not the time it speaks of. */
function isHorizon(norm: string, f: ParsedFigure): boolean {
  return (
    /\b(?:by|through|until|till)\s+(?:the\s+end\s+of\s+)?$/.test(norm.slice(Math.max(0, f.start - 24), f.start)) ||
    /^(?:年)?(?:末)?まで/.test(norm.slice(f.end, f.end + 4))
  );
}

/** True when every year the sentence is about lies outside the claim's period. */
export function otherPeriod(norm: string, figs: ParsedFigure[], claimYears: number[]): boolean {
  if (!claimYears.length) return false;
  const current = Math.max(...claimYears) >= 2020;
  // For a current claim a forecast to a later year is today's forecast: its horizon is not another period.
  const years = figs.filter((f) => f.unit === 'year' && !isBaseline(norm, f) && !(current && isHorizon(norm, f)));
  const lo = Math.min(...claimYears);
  // For a current claim next year's plans belong to the story; for a historical one a later year is another period.
  const hi = Math.max(...claimYears) + (current ? 1 : 0);
  // A decade (f.high > f.value) is another period only when none of its years is the claim's.
  return years.length > 0 && years.every((y) => y.high < lo || y.value > hi);
}

const takingsRes = new WeakMap<Policy, { before: RegExp; after: RegExp; word: RegExp }>();

/** The takings lexicon compiled once per policy: the label before an amount (up to three words of its own clause
 * before it, none bringing in another term of comparison), right after it, and anywhere (for `measures`). */
function takingsOf(policy: Policy): { before: RegExp; after: RegExp; word: RegExp } {
  let t = takingsRes.get(policy);
  if (!t) {
    const { en, ja } = policy.lexicon.takings;
    const w = `\\b(?:${wordAlternation(en)})\\b`;
    const j = wordAlternation(ja);
    const gap = '(?!(?:by|than|against|versus|vs|compared|while)\\b)[^\\s,;:]+';
    t = {
      before: new RegExp(`(?:${w}(?:\\s+${gap}){0,3}\\s*|(?:${j})[はがもで]?[^、。,]{0,4})$`),
      after: new RegExp(`^(?:\\s+(?:(?:in|of)\\s+)?(?:[^\\s,;:]+\\s+){0,2}?${w}|(?:規模)?の?(?:${j}))`),
      word: new RegExp(`${w}|${j}`),
    };
    takingsRes.set(policy, t);
  }
  return t;
}

/** Whether the amount at [start, end) of normalised text is labelled as a company's takings ("revenue rose to $57
 * billion", "$81 billion in quarterly revenue", 「売上高は570億ドル」). */
export function isTakings(norm: string, start: number, end: number, policy: Policy = DEFAULT_POLICY): boolean {
  const t = takingsOf(policy);
  return t.before.test(norm.slice(Math.max(0, start - 48), start)) || t.after.test(norm.slice(end, end + 40));
}

const takingsFigures = new WeakMap<Policy, WeakMap<IndexedClaim, ClaimFigure[]>>();

/** The claim's figures whose `measures` names takings (an amount labelled as takings agrees only with these). */
function takingsOfClaim(claim: IndexedClaim, policy: Policy): ClaimFigure[] {
  let byClaim = takingsFigures.get(policy);
  if (!byClaim) takingsFigures.set(policy, (byClaim = new WeakMap()));
  let figs = byClaim.get(claim);
  if (!figs) {
    const { word } = takingsOf(policy);
    const measured = claim.claim.figures;
    figs = claim.figures.filter((_, i) => {
      const m = measured[i]?.measures;
      return !!m && (word.test(normaliseKey(m.en)) || word.test(normaliseKey(m.ja)));
    });
    byClaim.set(claim, figs);
  }
  return figs;
}

const MONEY = new Set(['USD', 'JPY', 'EUR']);

/** Checks a sentence's figures against one claim: verdicts, agreement, and how much they weaken the match. */
export function figureEvidence(
  norm: string,
  figs: ParsedFigure[],
  claim: IndexedClaim,
  toOriginal: ToOriginal,
  policy: Policy = DEFAULT_POLICY,
): FigureEvidence {
  const p = policy.figures;
  const checks: FigureCheck[] = [];
  let anyAgrees = false;
  let amountAgrees = false;
  let distinctiveness = 0;
  let pointAgrees = false;
  let closest = Infinity;
  let negatedAgreement = false;
  let limited = false;
  const agreeingAt: { start: number; end: number }[] = [];
  let datedClaim: boolean | undefined; // asked only of a sentence with a year
  // A money amount labelled as takings is judged against the claim's takings figures only; "from $15 billion to
  // $115 billion" labels both ends.
  let takings: ParsedFigure | null = null;
  for (const f of figs) {
    if (f.unit === 'year' && !(datedClaim ??= claim.figures.some((e) => e.unit === 'year'))) continue;
    const labelled: boolean =
      MONEY.has(f.unit) &&
      ((takings !== null && /^\s*(?:to|and)\s*$/.test(norm.slice(takings.end, f.start))) ||
        isTakings(norm, f.start, f.end, policy));
    takings = labelled ? f : null;
    const own = labelled ? takingsOfClaim(claim, policy) : claim.figures;
    const j = judgeFigure(f, own, policy);
    if (f.unit === 'year' && j.verdict !== 'consistent') continue;
    if (j.verdict === 'consistent') {
      anyAgrees = true;
      // "Not the $300 billion reported", "far less than the $1.4 trillion": the claim's amount, denied or undercut.
      // A claim that is itself a ceiling ("less than 0.4% of GDP") is stated, not undercut, by "less than".
      const ceiling = own.some((e) => e.unit === f.unit && e.qualifier === 'under' && agrees(f, e, policy));
      if (
        f.unit !== 'year' &&
        (isNegated(norm, f.start, f.end, policy) ||
          isAnsweredNo(norm, f.end, policy) ||
          (!ceiling && isUndercut(norm, f.start, f.end, policy))) &&
        !statesDenied(claim, policy).some((e) => e.unit === f.unit && agrees(f, e, policy))
      )
        negatedAgreement = true;
      if (f.unit !== 'year') {
        amountAgrees = true;
        agreeingAt.push({ start: f.start, end: f.end });
      }
      if (f.unit !== 'year') distinctiveness = Math.max(distinctiveness, isLargeAmount(f, p) ? 1 : p.smallAmountShare);
      if (
        f.unit !== 'year' &&
        own.some(
          (e) => e.unit === f.unit && (e.qualifier === 'exact' || e.qualifier === 'about') && agrees(f, e, policy),
        )
      )
        pointAgrees = true;
    }
    // Any amount of the claim's own unit, however far off: "only" says it is smaller than one would think. Shares
    // and counts are left out: "only 5% succeed" restates "95% fail".
    else if (
      f.unit !== 'year' &&
      f.unit !== 'percent' &&
      f.unit !== 'count' &&
      own.some((e) => e.unit === f.unit) &&
      isLimited(norm, f.start, f.end, policy)
    )
      limited = true;
    // Money amounts that differ are the finding to report ($50 billion against up to $100 billion); a differing
    // percentage or count is more often an incidental figure (an index move, a growth rate) from another story.
    if (j.verdict === 'differs' && (f.unit === 'percent' || f.unit === 'count'))
      closest = Math.min(closest, Math.abs(Math.log(f.value / j.expected!)));
    const o = toOriginal(f.start, f.end);
    checks.push({
      text: o.text,
      value: f.value,
      unit: f.unit,
      verdict: j.verdict,
      expected: j.expected,
      start: o.start,
      end: o.end,
    });
  }
  // A share far from the evidence (32.7% against ~80%) suggests another story; one close to it (49 vs 50+) not much.
  const factor =
    !anyAgrees && Number.isFinite(closest)
      ? Math.max(p.farShareFloor, 1 - ((1 - p.farShareFloor) * closest) / Math.log(p.differsRatio))
      : 1;
  // A clear contradiction: one figure of a unit on each side, breaking a bound ("over 50") or far off (50 vs 100).
  const conflict = checks.some((c) => {
    if (c.verdict !== 'differs' || checks.filter((d) => d.unit === c.unit).length !== 1) return false;
    const same = claim.figures.filter((e) => e.unit === c.unit);
    if (same.length !== 1) return false;
    const bound = same[0]!.qualifier === 'over' || same[0]!.qualifier === 'under';
    return bound || Math.abs(Math.log(c.value / c.expected!)) >= Math.log(p.conflictRatio);
  });
  return {
    checks,
    agrees: anyAgrees,
    amountAgrees,
    pointAgrees,
    distinctiveness,
    factor,
    conflict: conflict || negatedAgreement,
    limited: limited && !statesSmall(claim, policy),
    agreeingAt,
  };
}

const deniedFigures = new WeakMap<IndexedClaim, readonly ClaimFigure[]>();

/** The claim's own amounts its statement itself denies or undercuts (a plan "nowhere near $100 billion"): a sentence
 * denying them repeats the claim rather than disputing its figure. */
function statesDenied(claim: IndexedClaim, policy: Policy): readonly ClaimFigure[] {
  let denied = deniedFigures.get(claim);
  if (denied === undefined) {
    const said = Object.values(claim.claim.statement).map((t) => normaliseKey(t));
    denied = claim.figures.filter(
      (e) =>
        e.unit !== 'year' &&
        e.qualifier !== 'under' &&
        said.some((norm) =>
          parseFigures(norm).some(
            (f) =>
              f.unit === e.unit &&
              agrees(f, e, policy) &&
              (isNegated(norm, f.start, f.end, policy) || isUndercut(norm, f.start, f.end, policy)),
          ),
        ),
    );
    deniedFigures.set(claim, denied);
  }
  return denied;
}

const smallClaims = new WeakMap<IndexedClaim, boolean>();

/** Whether the claim itself calls one of its amounts small ("kept only about 14 cents"): a sentence's "only" then
 * repeats the claim's own point rather than disputing its figure. Asked only of sentences with a limited amount. */
function statesSmall(claim: IndexedClaim, policy: Policy): boolean {
  let small = smallClaims.get(claim);
  if (small === undefined) {
    small = Object.values(claim.claim.statement).some((t) => {
      const norm = normaliseKey(t);
      return parseFigures(norm).some((f) => isLimited(norm, f.start, f.end, policy));
    });
    smallClaims.set(claim, small);
  }
  return small;
}

/** An amount telling enough to carry a claim: a large sum, or a unit only this field's big projects use. */
export function isLargeAmount(f: { value: number; unit: string }, p: Policy['figures']): boolean {
  return f.value >= p.largeAmount || p.distinctUnits.includes(f.unit);
}

/** The relation of a sentence's figures to a claim (see FIGURE_RELATIONS), from the figure evidence. */
export function figureRelation(fig: FigureEvidence, entities: number, p: Policy['figures']): FigureRelation {
  // Money amounts, none of them the claim's, in a sentence naming none of its actors: another quantity ("its cloud
  // backlog reached $144 billion"); without an actor nothing ties the amount to the claim.
  const money = fig.checks.filter((c) => c.unit === 'USD' || c.unit === 'JPY' || c.unit === 'USD-cents');
  if (entities === 0 && money.some((c) => c.verdict === 'differs') && !money.some((c) => c.verdict === 'consistent'))
    return 'unanchored';
  if (fig.amountAgrees)
    return fig.distinctiveness === 1 ? (fig.pointAgrees ? 'amount-point' : 'amount') : 'small-amount';
  if (fig.agrees) return 'year';
  // An amount of the claim's own kind that differs, in a sentence naming its actors ("Nvidia will put $50 billion
  // into OpenAI"): it speaks of the claim's quantity.
  const differs = fig.checks.filter((c) => c.verdict === 'differs');
  if (
    entities >= p.minEntitiesForComparable &&
    differs.some((c) => c.unit !== 'percent' && c.unit !== 'count' && c.unit !== 'year')
  )
    return 'comparable';
  return 'none';
}
