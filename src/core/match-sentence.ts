/**
 * Turns one sentence's key hits into claim matches: per candidate a feature record (features.ts), one decision
 * (decide.ts), then ranking and the claims linked through `disputes` (a sentence asserting one side disputes the
 * other).
 */
import type { ClaimIndex, IndexedClaim } from './claim-index';
import type { SentenceMatch } from './types';
import { dropNested, type Hit } from './hits';
import type { ParsedFigure } from './numbers';
import { figureEvidence } from './figures';
import { gatherCandidates, type Candidate } from './score';
import { StanceCues } from './stance';
import { admission, decide, featuresOf, upperBound, type Decision, type Features } from './decide';
import {
  candidateEvidence,
  candidateStance,
  figureCeiling,
  requiredActorKeys,
  requiresMet,
  type ClaimPolarity,
  type SentenceHits,
} from './features';
import type { Policy, StrictnessRow } from './policy';

export interface SentenceInput {
  /** Normalised sentence text (may be a lazy getter) and the key hits in it (offsets relative to `norm`). */
  readonly norm: string;
  readonly hits: Hit[];
  /** The sentence's figures (parsed once by the caller, which also bounds with them). */
  figs: ParsedFigure[];
  /** Maps a normalised [start, end) back to offsets in the caller's original text, and slices that text. */
  toOriginal: (start: number, end: number) => { start: number; end: number; text: string };
  /** The hits of the sentence before it in the same block (none for a sentence on its own). */
  readonly previous?: readonly Hit[];
}

/** One candidate as the engine judged it, for `kensho eval --explain`. */
export interface CandidateTrace {
  claimId: string;
  terms: string[];
  features: Features | null;
  decision: Decision;
}

/** Options of one call: the strictness row, and the claims the page's date leaves out. */
export interface CallPolicy {
  row: StrictnessRow;
  /** Claims not to rank at all (dated events after the page was published). */
  excluded?: (ci: number) => boolean;
  trace?: CandidateTrace[];
}

/** The candidate's keys as written, each once, in the order of their hits (a handful: no Set). */
function termsOf(index: ClaimIndex, cand: Candidate): string[] {
  const out: string[] = [];
  for (const h of cand.hits) {
    const t = index.keys.display(h.keyId);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function asBound(c: Candidate): { raw: number; term: number; second: number; entities: number; keys: number } {
  return { raw: c.raw, term: c.bestTerm, second: c.secondTerm, entities: c.entities, keys: c.hits.length };
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

/**
 * The sentence's hits, their keys, and the actors among them (once per sentence, for all candidates). An actor
 * found only inside a longer hit is part of that name, not an actor of its own: "AI" in オープンAI names no one.
 */
function sentenceHits(index: ClaimIndex, hits: readonly Hit[]): SentenceHits {
  const keys = new Set<number>();
  for (const h of hits) keys.add(h.keyId);
  const actorKeys = requiredActorKeys(index.claims);
  const standsAlone = (h: Hit) =>
    !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
  const actors = [...new Set(hits.filter((h) => actorKeys.has(h.keyId) && standsAlone(h)).map((h) => h.keyId))];
  const { everyday } = index.policy.specificity;
  const names = actors.filter((id) => index.keys.get(id).anyEntity);
  const others = actors.filter((id) => index.keys.get(id).anyEntity || index.keys.get(id).specificity > everyday);
  return { hits, keys, actors, names, others };
}

/** The claim's own specific terms among the candidate's hits: keys no other claim uses, specific as language. */
function ownTerms(index: ClaimIndex, claim: IndexedClaim, cand: Candidate, row: StrictnessRow): Hit[] {
  return cand.hits.filter((h) => {
    const k = index.keys.get(h.keyId);
    return claim.keys.get(h.keyId) === 'term' && k.claims.length === 1 && k.maxTermWeight >= row.specific;
  });
}

/** An admitted candidate: its claim, its match, and its hits (settleDisputedPairs compares their keys). */
interface Found {
  ci: number;
  m: SentenceMatch;
  hits: readonly Hit[];
  /** Its stance is a reported change (a plan shelved), which asserts only a claim that itself reports the change. */
  changed: boolean;
  /** Its terms are all in the part the sentence concedes ("denies X, but Y"): it does not speak for the sentence. */
  conceded: boolean;
  /** Their key ids, made when a disputed pair is settled. */
  keys?: Set<number>;
}

/** A found candidate's key ids (made once, when a disputed pair is settled). */
function keysOf(f: Found): Set<number> {
  return (f.keys ??= new Set(f.hits.map((h) => h.keyId)));
}

const FLIP = { supports: 'disputes', disputes: 'supports', neutral: 'neutral' } as const;

/** Matches one sentence against the index; best first, [] when nothing is admitted. */
export function matchHits(
  index: ClaimIndex,
  polarity: ClaimPolarity[],
  input: SentenceInput,
  call: CallPolicy,
): SentenceMatch[] {
  const { policy } = index;
  const { row, trace } = call;
  // A key only some claim's `requires` names (no claim scores it) must not hide a scored key nested in it
  // ("spending" over "spend"): requirements read every hit, nested or not, anyway.
  const cands = gatherCandidates(
    index,
    dropNested(
      input.hits.filter((h) => index.keys.get(h.keyId).claims.length > 0),
      (id) => index.keys.get(id).anyEntity,
    ),
  );
  const ceiling = figureCeiling(input.figs, policy);
  // Worked out for the first candidate that needs them (most sentences have none).
  let toOriginal: SentenceInput['toOriginal'] | undefined;
  let cues: StanceCues | undefined;
  let sentence: SentenceHits | undefined;
  const found: Found[] = [];
  // The actors the previous sentence of the block names when this one names no one (worked out only when a claim's
  // requirement goes unmet here; nothing is made for a sentence with no previous one).
  const prev = input.previous;
  let before: readonly number[] | undefined;
  const previous = prev?.length
    ? () => (before ??= sentence!.others.length ? [] : sentenceHits(index, prev).others)
    : undefined;
  for (const cand of cands) {
    if (call.excluded?.(cand.ci)) continue;
    const upper = upperBound(asBound(cand), ceiling);
    const bound = admission(upper, row, policy);
    if (bound.rejected) {
      // Traced either way, so an explanation tells a sentence whose best candidate stops here from one with none.
      trace?.push({
        claimId: index.claims[cand.ci]!.claim.id,
        terms: termsOf(index, cand),
        features: null,
        decision: decide(upper, row, policy),
      });
      // Candidates come best first and the bound only grows with their evidence: once it cannot reach the
      // threshold, no later candidate can. (Not the worst kept match: per-topic diversity may still want it.)
      if (bound.raw < row.raw) break;
      continue;
    }
    const claim = index.claims[cand.ci]!;
    sentence ??= sentenceHits(index, input.hits);
    // The same bound with the claim's requirements as well met as the sentence's figures and a reference back could
    // meet them (requiresMet only grows with both): a claim whose actor or event goes unnamed stops before its
    // figures are checked.
    upper.requiresMet = requiresMet(claim, sentence.keys, ceiling, sentence.others, sentence.names, previous);
    if (!trace && admission(upper, row, policy).rejected) continue;
    toOriginal ??= originalOnce(input);
    const fig = figureEvidence(input.norm, input.figs, claim, toOriginal, policy);
    cues ??= new StanceCues(input.norm, policy);
    const evidence = candidateEvidence(
      cand,
      claim,
      fig,
      input.figs,
      cues,
      sentence,
      policy,
      () => ownTerms(index, claim, cand, row),
      previous,
    );
    // Stance never turns a candidate away: it is worked out for those admitted (all of them when tracing).
    if (!trace && admission(evidence, row, policy).rejected) continue;
    const stance = candidateStance(cand, claim, polarity[cand.ci]!, fig, cues, sentence, policy);
    const features = featuresOf(evidence, stance);
    const d = decide(features, row, policy);
    const terms = termsOf(index, cand);
    trace?.push({ claimId: claim.claim.id, terms, features, decision: d });
    if (!d.admit) continue;
    const m: SentenceMatch = {
      claimId: claim.claim.id,
      topic: claim.claim.topic,
      score: d.score,
      stance: d.stance,
      terms,
      figures: fig.checks,
    };
    // With a concession in the sentence, only its asserting part's words say which side of a disputed pair it takes.
    const c = cues;
    const hits = c.conceded ? cand.hits.filter((h) => !c.inConceded(h.start, h.end)) : cand.hits;
    const conceded = !!c.conceded && !hits.some((h) => claim.keys.get(h.keyId) === 'term');
    found.push({ ci: cand.ci, m, hits, changed: d.rule === 'reported-change', conceded });
  }
  // A shelved plan asserts none of its contraries (a smaller stake), only a claim reporting the change itself.
  // A claim only conceded speaks for none but another only conceded.
  const speaksFor = (a: Found, bi: number) =>
    (!a.changed || polarity[bi]!.reportsChange) && (!a.conceded || !!found.find((b) => b.ci === bi)?.conceded);
  settleDisputedPairs(index, found, speaksFor);
  // The other side of a disputed pair: asserting one claim disputes the claims it contradicts.
  // A few claims: a list, not a Set.
  const direct = found.map((f) => f.ci);
  const matches = found.map((f) => f.m);
  for (const f of found) {
    const { ci, m } = f;
    for (const di of index.claims[ci]!.disputes) {
      const other = index.claims[di]!;
      if (direct.includes(di) || call.excluded?.(di) || !speaksFor(f, di)) continue;
      direct.push(di);
      matches.push({
        ...m,
        claimId: other.claim.id,
        topic: other.claim.topic,
        score: m.score * policy.ranking.disputedShare,
        stance: FLIP[m.stance],
        figures: figureEvidence(input.norm, input.figs, other, toOriginal!, policy).checks,
      });
    }
  }
  return diverse(byScore(matches), policy);
}

/** How many of `a`'s keys `b` lacks. */
function ownKeys(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const k of a) if (!b.has(k)) n++;
  return n;
}

/**
 * Both sides of a disputed pair matched directly: when one side's vocabulary in the sentence is a strict subset
 * of the other's (a launch report holding the app's name for both, its download count only for fast adoption),
 * the sentence speaks to the richer side, and so takes the opposite stance on the poorer one.
 */
function settleDisputedPairs(index: ClaimIndex, found: Found[], speaksFor: (a: Found, bi: number) => boolean): void {
  for (const a of found) {
    for (const b of found) {
      if (a === b || !index.claims[a.ci]!.disputes.includes(b.ci) || !speaksFor(a, b.ci)) continue;
      const [aKeys, bKeys] = [keysOf(a), keysOf(b)];
      if (bKeys.size < aKeys.size && [...bKeys].every((k) => aKeys.has(k))) b.m.stance = FLIP[a.m.stance];
      // Otherwise a sentence cannot take both sides alike: the side its evidence favours speaks for it.
      else if (a.m.stance === b.m.stance && a.m.stance !== 'neutral' && ownKeys(aKeys, bKeys) > ownKeys(bKeys, aKeys))
        b.m.stance = FLIP[a.m.stance];
    }
  }
}

/** The best `maxMatches`, at most `perTopic` per topic while others are available, so one topic cannot crowd out
 * the other side of a disputed pair. */
function diverse(sorted: SentenceMatch[], policy: Policy): SentenceMatch[] {
  const { maxMatches, perTopic: cap } = policy.ranking;
  const out: SentenceMatch[] = [];
  const rest: SentenceMatch[] = [];
  for (const m of sorted) {
    let n = 0;
    for (const o of out) if (o.topic === m.topic) n++;
    if (out.length < maxMatches && n < cap) out.push(m);
    else rest.push(m);
  }
  for (const m of rest) if (out.length < maxMatches) out.push(m);
  return byScore(out);
}

/** Sorts matches best first, ties in their order (as a stable sort does; a few matches: an insertion sort). */
function byScore(ms: SentenceMatch[]): SentenceMatch[] {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    let j = i - 1;
    for (; j >= 0 && ms[j]!.score < m.score; j--) ms[j + 1] = ms[j]!;
    ms[j + 1] = m;
  }
  return ms;
}
