/**
 * The one decision of the engine: from a sentence × claim feature record and a policy, whether the claim is
 * matched, how strongly, with which stance, and which rule said so. Every pruning shortcut in the engine asks
 * this same function about an upper-bound record (see upperBound), so a shortcut cannot drift from the rule.
 */
import type { FigureRelation } from './figures';
import type { Policy, StrictnessRow } from './policy';
import type { SentenceStance } from './types';

/** What admission and the score read of one sentence × candidate claim: key evidence, figures, period, question
 * kind, requirements. */
export interface Evidence {
  /** Summed key evidence (names, terms, the topic's shared vocabulary). */
  raw: number;
  /** The strongest and second-strongest term weights (names do not count as terms). */
  bestTerm: number;
  secondTerm: number;
  /** Named actors of the claim found, and distinct keys found. */
  entities: number;
  keys: number;
  figure: FigureRelation;
  /** < 1 when the sentence's shares or counts point elsewhere. */
  figureFactor: number;
  /** Whether the sentence is about another period than the claim. */
  otherPeriod: boolean;
  question: 'open' | 'yes-no' | 'none';
  /** Whether the sentence names what the claim requires (its actors, event, comparison). */
  requiresMet: boolean;
}

/** Stance evidence: a claim key negated against the claim's own statement, a rebuttal word, a figure that
 * contradicts the claim's, a reported reversal of a dated event, the claim's words only in a clause the sentence
 * concedes and then overrides, a hedge or condition around them. */
export interface StanceEvidence {
  negated: boolean;
  rebuttal: boolean;
  figureConflict: boolean;
  reportedChange: boolean;
  /** A warning of the risk the claim downplays. */
  warning: boolean;
  overridden: boolean;
  hedged: boolean;
}

/** What one sentence says about one candidate claim. */
export interface Features extends Evidence, StanceEvidence {}

/** Both halves as one record, made as one literal (Object.assign onto the evidence cost more than deciding). */
export function featuresOf(e: Evidence, s: StanceEvidence): Features {
  return {
    raw: e.raw,
    bestTerm: e.bestTerm,
    secondTerm: e.secondTerm,
    entities: e.entities,
    keys: e.keys,
    figure: e.figure,
    figureFactor: e.figureFactor,
    otherPeriod: e.otherPeriod,
    question: e.question,
    requiresMet: e.requiresMet,
    negated: s.negated,
    rebuttal: s.rebuttal,
    figureConflict: s.figureConflict,
    reportedChange: s.reportedChange,
    warning: s.warning,
    overridden: s.overridden,
    hedged: s.hedged,
  };
}

export type Rule =
  | 'unanchored-amount'
  | 'requires'
  | 'below-threshold'
  | 'not-topical'
  | 'open-question'
  | 'question'
  | 'hedge'
  | 'overridden'
  | 'negation'
  | 'rebuttal'
  | 'reported-change'
  | 'warning'
  | 'figure-conflict'
  | 'asserts';

export interface Decision {
  admit: boolean;
  /** Evidence after figure bonus and factors; score = raw / (raw + saturation). */
  raw: number;
  score: number;
  stance: SentenceStance;
  /** The rule that decided: the rejecting rule, or the stance rule of an admitted match. */
  rule: Rule;
}

/** Bonus share of the figure bonus per relation. */
function figureShare(f: FigureRelation, p: Policy['figures']): number {
  switch (f) {
    case 'amount-point':
    case 'amount':
      return 1;
    case 'small-amount':
      return p.smallAmountShare;
    case 'comparable':
      return p.comparableShare;
    default:
      return 0;
  }
}

const agreesAmount = (f: FigureRelation) => f === 'amount-point' || f === 'amount' || f === 'small-amount';

/**
 * Topical vocabulary is needed, not names alone: one specific term, or a plainer one backed by a named actor, a
 * second plain term or an agreeing point amount; a named actor with an agreeing amount, or the claim's actors
 * with a differing amount of its kind, also say enough.
 */
function topical(f: Evidence, row: StrictnessRow, p: Policy['figures']): boolean {
  if (f.bestTerm >= row.specific) return true;
  if (f.bestTerm >= row.term && (f.entities > 0 || f.secondTerm >= row.term || f.figure === 'amount-point'))
    return true;
  return (
    (agreesAmount(f.figure) && f.entities > 0) ||
    (f.figure === 'comparable' && f.entities >= p.minEntitiesForComparable)
  );
}

/** Stance from the stance features, strongest reading first. */
function stanceOf(f: StanceEvidence & Pick<Evidence, 'question'>): { stance: SentenceStance; rule: Rule } {
  if (f.question !== 'none') return { stance: 'neutral', rule: 'question' };
  if (f.hedged) return { stance: 'neutral', rule: 'hedge' };
  if (f.overridden) return { stance: 'disputes', rule: 'overridden' };
  if (f.negated) return { stance: 'disputes', rule: 'negation' };
  if (f.rebuttal) return { stance: 'disputes', rule: 'rebuttal' };
  if (f.reportedChange) return { stance: 'disputes', rule: 'reported-change' };
  if (f.warning) return { stance: 'disputes', rule: 'warning' };
  if (f.figureConflict) return { stance: 'disputes', rule: 'figure-conflict' };
  return { stance: 'supports', rule: 'asserts' };
}

/** Whether a record is admitted, and its evidence after figure bonus and factors. */
export interface Admission {
  raw: number;
  score: number;
  /** The rule that turns the record away, or null when it is admitted. */
  rejected: Rule | null;
}

/**
 * The admission half of decide. It reads no stance evidence (its type holds none), so the engine works stance out
 * only for the candidates admitted here. Monotone like decide.
 */
export function admission(e: Evidence, row: StrictnessRow, policy: Policy): Admission {
  const raw =
    (e.raw + policy.figures.bonus * figureShare(e.figure, policy.figures)) *
    e.figureFactor *
    (e.otherPeriod ? policy.figures.otherPeriodFactor : 1);
  return { raw, score: raw / (raw + policy.ranking.saturation), rejected: rejection(e, raw, row, policy) };
}

/** The decision for one sentence × claim. Monotone: more evidence never turns an admitted match away. */
export function decide(f: Features, row: StrictnessRow, policy: Policy): Decision {
  const { raw, score, rejected } = admission(f, row, policy);
  if (rejected) return { admit: false, raw, score, stance: 'neutral', rule: rejected };
  const { stance, rule } = stanceOf(f);
  return { admit: true, raw, score, stance, rule };
}

/** The rule that turns the record away, or null when it is admitted. */
function rejection(f: Evidence, raw: number, row: StrictnessRow, policy: Policy): Rule | null {
  if (f.figure === 'unanchored') return 'unanchored-amount';
  if (!f.requiresMet) return 'requires';
  if (raw < row.raw) return 'below-threshold';
  if (!topical(f, row, policy.figures)) return 'not-topical';
  // An open question on one bare term ("How big is the AI investment wave?") raises a subject, it mentions no claim.
  if (f.question === 'open' && f.keys < 2 && f.entities === 0 && f.figure !== 'year' && !agreesAmount(f.figure))
    return 'open-question';
  return null;
}

/**
 * The most any candidate can have, given only the key evidence bound and what the sentence holds: every figure
 * agreeing as a point amount when the sentence has an amount (else as well as its figures allow), the same period,
 * no question, its requirements met. decide(upperBound(...)) rejecting means every real record is rejected too.
 */
export function upperBound(
  e: { raw: number; term: number; second: number; entities: number; keys: number },
  figure: FigureRelation,
): Features {
  return {
    raw: e.raw,
    bestTerm: e.term,
    secondTerm: e.second,
    entities: e.entities,
    keys: e.keys,
    figure,
    figureFactor: 1,
    otherPeriod: false,
    question: 'none',
    requiresMet: true,
    negated: false,
    rebuttal: false,
    figureConflict: false,
    reportedChange: false,
    warning: false,
    overridden: false,
    hedged: false,
  };
}
