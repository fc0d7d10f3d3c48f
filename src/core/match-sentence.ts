/**
 * Turns one sentence's key hits into claim matches: candidates, figure checks, the period the sentence is about,
 * stance, and claims linked through `disputes` (a sentence asserting one side disputes the other).
 */
import type { ClaimIndex } from './claim-index';
import type { FigureCheck, SentenceMatch } from './types';
import { dropNested, type Hit } from './hits';
import { parseFigures } from './numbers';
import { figureEvidence } from './figures';
import { gatherCandidates, type Candidate } from './score';
import { addFuzzy, FUZZY_MAX } from './fuzzy';
import { judgeStance, StanceCues } from './stance';

export interface Thresholds {
  /** Minimum summed evidence for a match. */
  raw: number;
  /** Minimum weight of the best topical term (names alone never match)... */
  term: number;
  /** ...and of a term specific enough to stand without a named actor or an agreeing figure. */
  specific: number;
}

export interface ClaimPolarity {
  negated: Map<number, boolean>;
  rebuttal: boolean;
}

export interface SentenceInput {
  /** Normalised sentence text (may be a lazy getter) and the key hits in it (offsets relative to `norm`). */
  readonly norm: string;
  hits: Hit[];
  /** Whether the sentence has any digit: without one no figure can agree with the evidence. */
  hasDigit: boolean;
  /** Whether it has a money or capacity amount ($, 億, billion, gigawatts): such a figure can stand for a term. */
  hasAmount: boolean;
  /** Maps a normalised [start, end) back to offsets in the caller's original text, and slices that text. */
  toOriginal: (start: number, end: number) => { start: number; end: number; text: string };
}

/** Bonus for a figure that agrees with the claim's evidence: numbers carry a claim. */
const FIGURE_BONUS = 0.7;
/** Score = raw / (raw + SATURATION), so 0..1 and higher is better. */
const SATURATION = 1.5;
const MAX_MATCHES = 3;

function termsOf(index: ClaimIndex, cand: Candidate): string[] {
  const seen = new Set<string>();
  for (const h of cand.hits) seen.add(index.display[h.keyId]!);
  for (const f of cand.fuzzy) seen.add(f);
  return [...seen];
}

/**
 * Whether evidence could still pass with every bonus (a figure needs a digit; approximate matches never supply
 * the topical term): lets callers skip whole blocks and sentences. Mirrors the rules in matchHits.
 */
export function mayMatch(e: { raw: number; term: number; second: number; entity: boolean }, t: Thresholds, hasDigit = true, hasAmount = hasDigit): boolean {
  if (e.raw + (hasDigit ? FIGURE_BONUS : 0) + FUZZY_MAX < t.raw || e.raw < t.raw * 0.5) return false;
  return e.term >= t.specific || (e.term >= t.term && (e.entity || e.second >= t.term || hasAmount)) || (e.entity && hasDigit);
}

function asBound(c: Candidate): { raw: number; term: number; second: number; entity: boolean } {
  return { raw: c.raw, term: c.bestTerm, second: c.secondTerm, entity: c.entities > 0 };
}

/**
 * Topical vocabulary is needed, not names alone: one specific term, or a plainer one backed by a named actor,
 * a second plain term or an agreeing amount (`amount`); a named actor with an agreeing figure also says enough.
 * `bestTerm` may stand in for the candidate's own (an upper bound, see fuzzyCanMakeTopical).
 */
export function isTopical(c: Candidate, t: Thresholds, amount: boolean, figureAgrees: boolean, comparable: boolean, bestTerm = c.bestTerm): boolean {
  if (bestTerm >= t.specific) return true;
  if (bestTerm >= t.term && (c.entities > 0 || c.secondTerm >= t.term || amount)) return true;
  return (figureAgrees && c.entities > 0) || comparable;
}

/**
 * Whether approximate matches could still make a candidate topical. They add at most FUZZY_MAX to the best term
 * weight and nothing to the second term or the entities (see addFuzzy), and isTopical only grows with the best
 * term: when even that bound is not topical, whatever fuse.js finds, the candidate is dropped.
 */
export function fuzzyCanMakeTopical(c: Candidate, t: Thresholds, amount: boolean, figureAgrees: boolean, comparable: boolean): boolean {
  return isTopical(c, t, amount, figureAgrees, comparable, Math.max(c.bestTerm, FUZZY_MAX));
}

/**
 * A money or capacity figure of the claim's own unit and order of magnitude that differs from the evidence, in a
 * sentence naming the claim's actors ("Nvidia will put $50 billion into OpenAI"): it speaks of the claim's
 * quantity, so it counts a little, as an agreeing one counts a lot, and it is topical without other vocabulary.
 */
function comparableAmount(checks: readonly FigureCheck[], cand: Candidate): boolean {
  return cand.entities >= 2 && checks.some((c) => c.verdict === 'differs' && c.unit !== 'percent' && c.unit !== 'count' && c.unit !== 'year');
}

/**
 * A sentence that names none of the claim's actors and gives money amounts, none of which is the claim's, is
 * about some other quantity that shares the vocabulary ("its cloud backlog reached $144 billion"): without a
 * named actor nothing ties its amount to the claim, so a differing figure cannot be reported as a finding.
 */
function unanchoredOtherAmount(checks: readonly FigureCheck[], cand: Candidate): boolean {
  if (cand.entities > 0) return false;
  const money = checks.filter((c) => c.unit === 'USD' || c.unit === 'JPY' || c.unit === 'USD-cents');
  return money.some((c) => c.verdict === 'differs') && !money.some((c) => c.verdict === 'consistent');
}

/** input.toOriginal, worked out once per figure for all candidates (keyed by start: figures do not overlap). */
function originalOnce(input: SentenceInput): SentenceInput['toOriginal'] {
  const spans = new Map<number, { start: number; end: number; text: string }>();
  return (start, end) => {
    let o = spans.get(start);
    if (!o) spans.set(start, (o = input.toOriginal(start, end)));
    return o;
  };
}

const FLIP = { supports: 'disputes', disputes: 'supports', neutral: 'neutral' } as const;

/** Matches one sentence against the index; best first, [] when nothing passes the thresholds. */
export function matchHits(index: ClaimIndex, polarity: ClaimPolarity[], input: SentenceInput, t: Thresholds): SentenceMatch[] {
  const hits = dropNested(input.hits);
  const cands = gatherCandidates(index, hits);
  if (!cands.length || !cands.some((c) => mayMatch(asBound(c), t, input.hasDigit, input.hasAmount))) return [];
  const figs = input.hasDigit ? parseFigures(input.norm) : [];
  const toOriginal = originalOnce(input);
  let cues: StanceCues | undefined;
  const found: { ci: number; m: SentenceMatch; raw: number; keys: Set<number> }[] = [];
  let worstKept = 0;
  let rank = 0;
  for (const cand of cands) {
    if (cand.raw + FIGURE_BONUS + FUZZY_MAX < Math.max(t.raw, found.length >= MAX_MATCHES ? worstKept : 0)) break;
    if (!mayMatch(asBound(cand), t, input.hasDigit, input.hasAmount)) continue;
    const claim = index.claims[cand.ci]!;
    const fig = figureEvidence(input.norm, figs, claim, toOriginal);
    // An agreeing amount stands in for a second term only against a point figure, not a bound ("up to $100B").
    const amount = fig.amountAgrees && fig.distinctiveness === 1 && fig.pointAgrees;
    // A matching amount is strong evidence, a matching year much less.
    const comparable = !fig.agrees && comparableAmount(fig.checks, cand);
    const bonus = fig.amountAgrees ? FIGURE_BONUS * fig.distinctiveness : fig.agrees ? FIGURE_BONUS / 2 : comparable ? FIGURE_BONUS * 0.25 : 0;
    let raw = (cand.raw + bonus) * fig.factor;
    const mayFuzzy = rank++ < 2;
    let topical = isTopical(cand, t, amount, fig.amountAgrees, comparable);
    // Cheap before expensive: drop what approximate matches cannot save before fuse.js runs (see fuzzyCanMakeTopical).
    if ((!topical && !fuzzyCanMakeTopical(cand, t, amount, fig.amountAgrees, comparable)) || unanchoredOtherAmount(fig.checks, cand)) continue;
    // Approximate key matches only for candidates that fall short without them.
    if (mayFuzzy && (raw < t.raw || !topical) && raw + FUZZY_MAX * fig.factor >= t.raw) {
      addFuzzy(index, cand, input.norm);
      raw = (cand.raw + bonus) * fig.factor;
      topical = isTopical(cand, t, amount, fig.amountAgrees, comparable);
    }
    if (raw < t.raw || !topical) continue;
    // An open question on one bare term ("How big is the AI investment wave?") raises a subject, it mentions no claim.
    cues ??= new StanceCues(input.norm);
    if (cand.hits.length + cand.fuzzy.length < 2 && cand.entities === 0 && !fig.agrees && cues.openQuestion) continue;
    const pol = polarity[cand.ci]!;
    const stance = judgeStance(input.norm, cand.hits, pol.negated, fig.conflict, pol.rebuttal, cues);
    const m: SentenceMatch = { claimId: claim.claim.id, topic: claim.claim.topic, score: raw / (raw + SATURATION), stance, terms: termsOf(index, cand), figures: fig.checks };
    found.push({ ci: cand.ci, m, raw, keys: new Set(cand.hits.map((h) => h.keyId)) });
    if (found.length >= MAX_MATCHES) worstKept = Math.min(...found.map((f) => f.raw).sort((a, b) => b - a).slice(0, MAX_MATCHES));
  }
  settleDisputedPairs(index, found);
  // The other side of a disputed pair: asserting one claim disputes the claims it contradicts.
  const direct = new Set(found.map((f) => f.ci));
  const matches = found.map((f) => f.m);
  for (const { ci, m } of found) {
    for (const di of index.claims[ci]!.disputes) {
      const other = index.claims[di]!;
      if (direct.has(di)) continue;
      direct.add(di);
      matches.push({ ...m, claimId: other.claim.id, topic: other.claim.topic, score: m.score * 0.9, stance: FLIP[m.stance], figures: figureEvidence(input.norm, figs, other, toOriginal).checks });
    }
  }
  matches.sort((a, b) => b.score - a.score);
  return diverse(matches);
}

/**
 * Both sides of a disputed pair matched directly: when one side's vocabulary in the sentence is a strict subset
 * of the other's ("Sora passed a million downloads" has Sora for both, downloads only for fast adoption), the
 * sentence speaks to the richer side, and so takes the opposite stance on the poorer one.
 */
function settleDisputedPairs(index: ClaimIndex, found: { ci: number; m: SentenceMatch; keys: Set<number> }[]): void {
  for (const a of found) {
    for (const b of found) {
      if (a === b || !index.claims[a.ci]!.disputes.includes(b.ci)) continue;
      if (b.keys.size < a.keys.size && [...b.keys].every((k) => a.keys.has(k))) b.m.stance = FLIP[a.m.stance];
    }
  }
}

/** The best MAX_MATCHES, at most two per topic while others are available, so one topic cannot crowd out
 * the other side of a disputed pair. */
function diverse(sorted: SentenceMatch[]): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  const perTopic = new Map<string, number>();
  const rest: SentenceMatch[] = [];
  for (const m of sorted) {
    const n = perTopic.get(m.topic) ?? 0;
    if (out.length < MAX_MATCHES && n < 2) {
      out.push(m);
      perTopic.set(m.topic, n + 1);
    } else rest.push(m);
  }
  for (const m of rest) if (out.length < MAX_MATCHES) out.push(m);
  return out.sort((a, b) => b.score - a.score);
}
