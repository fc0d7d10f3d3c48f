/**
 * The feature record of one sentence × candidate claim (see decide.ts): key evidence from the candidate, figure
 * relation and period from the sentence's figures, question kind and stance evidence from the sentence's cues.
 */
import type { IndexedClaim } from './claim-index';
import type { Hit } from './hits';
import type { ParsedFigure } from './numbers';
import type { Candidate } from './score';
import type { Evidence, StanceEvidence } from './decide';
import { figureRelation, isLargeAmount, otherPeriod, type FigureEvidence, type FigureRelation } from './figures';
import { wordAlternation, type Policy } from './policy';
import { isNegated, type StanceCues } from './stance';

/** What a claim's own statement says of its keys: which it negates, and whether it is itself a rebuttal. */
export interface ClaimPolarity {
  negated: Map<number, boolean>;
  rebuttal: boolean;
  /** The statement itself reports a change (a plan stalled, an app shut down): a report of it asserts the claim. */
  reportsChange: boolean;
  /** The statement downplays a risk ("unlikely to spread", 「可能性は低い」): a warning of it disputes the claim. */
  downplays: boolean;
}

/** What figureCeiling gives when no figure is a large amount (isLargeAmount): its every other result. */
export const CEILINGS_BELOW_LARGE: readonly FigureRelation[] = ['small-amount', 'year', 'none'];

/** The strongest figure relation a sentence's figures could have with any claim (for upper bounds). */
export function figureCeiling(figs: readonly ParsedFigure[], policy: Policy): FigureRelation {
  let ceiling: FigureRelation = 'none';
  for (const f of figs) {
    if (f.unit === 'year') {
      if (ceiling === 'none') ceiling = 'year';
    } else if (isLargeAmount(f, policy.figures)) return 'amount-point';
    else ceiling = 'small-amount';
  }
  return ceiling;
}

const NONE: readonly number[] = [];
const noActors = () => NONE;

/**
 * Whether every required group of the claim has a hit among the sentence's hits (all of them, nested too), and
 * nothing it excludes does. The claim's own amount agreeing names it as well as its actor does: Japanese in
 * particular often leaves the subject out (「約1兆ドル規模の契約を締結」), so an agreeing amount stands in for the
 * actor groups (not for the event, and never against an exclusion). It stands in for an unnamed actor only: a
 * sentence naming an actor of other claims, not of this one (another bank's bond sale), is about that actor. Any of
 * the claim's own figures agreeing (its 80% fall) dates the sentence as well as naming the claim's era does.
 * `actorsNamed` are the sentence's actors that name someone (SentenceHits.others): a generic word some claim
 * requires as its actor ("AI" for the genai-alpha claims) names no one, so it does not take the amount's stand-in away.
 * `referredBack` (the names the sentence holds, when it refers back to an unnamed actor: see referredBack; asked
 * only when some actor group is unmet) stands in the same way: Japanese names the actor once per paragraph, then
 * writes 同社, 同氏 or その. `before` (the actors of the block's previous sentence when this one names no one; asked
 * only when some group is unmet) says whose it is: the claim's own meet the groups they are in, as if named here,
 * and anyone else's leave nothing to stand in (同社 after another company's deal is that company).
 */
export function requiresMet(
  claim: IndexedClaim,
  hitKeys: ReadonlySet<number>,
  figure: FigureRelation = 'none',
  actorsNamed: readonly number[] = [],
  referredBack: readonly number[] | null | (() => readonly number[] | null) = null,
  before: () => readonly number[] = noActors,
): boolean {
  if (anyIn(claim.excluded, hitKeys)) return false;
  const dated = figure === 'amount-point' || figure === 'amount' || figure === 'small-amount';
  // Whether something stands in for the actor groups, worked out for the first group the hits leave unmet.
  let anchored: boolean | undefined;
  // The actors of the block's previous sentence, when this one names no one: it is about them.
  let context: readonly number[] | undefined;
  for (let i = 0; i < claim.required.length; i++) {
    const group = claim.required[i]!;
    if ((dated && i === claim.requiredEra) || anyIn(group, hitKeys)) continue;
    context ??= before();
    if (context.length) {
      // Another company's (or person's) sentence before it: nothing stands in for this claim's actor.
      if (!allOwn(claim, context)) return false;
      // The claim's own: they meet the groups they are in, as if named here (an event group listing them too:
      // "tech-or-ai" lists メタ); a group they are not in is left to the stand-ins below.
      if (context.some((id) => group.includes(id))) continue;
    }
    if (i >= claim.requiredActors) return false;
    if (anchored === undefined) {
      const back = typeof referredBack === 'function' ? referredBack() : referredBack;
      anchored =
        ((figure === 'amount-point' || figure === 'amount') && allOwn(claim, actorsNamed)) ||
        (back !== null && allOwn(claim, back));
    }
    if (!anchored) return false;
  }
  return true;
}

const groupSets = new WeakMap<readonly number[], ReadonlySet<number>>();

/**
 * Whether any of the ids is in the set, looked up from the smaller side: a required group holds every spelling of
 * its words (16 keys at the median, up to 111), a sentence a handful of keys, and this runs per group of every
 * candidate judged.
 */
function anyIn(ids: readonly number[], set: ReadonlySet<number>): boolean {
  if (ids.length <= 2 * set.size) {
    for (const id of ids) if (set.has(id)) return true;
    return false;
  }
  let group = groupSets.get(ids);
  if (!group) groupSets.set(ids, (group = new Set(ids)));
  for (const id of set) if (group.has(id)) return true;
  return false;
}

/** Whether every id is one of the claim's own names (its counterparties too), so no other actor. */
function allOwn(claim: IndexedClaim, ids: readonly number[]): boolean {
  for (const id of ids) {
    if (claim.keys.has(id)) continue;
    let found = false;
    for (let i = 0; i < claim.requiredActors && !found; i++) found = claim.required[i]!.includes(id);
    if (!found) return false;
  }
  return true;
}

/** The sentence's hits before nested ones are dropped (every occurrence), their key ids, and which of those name
 * an actor some claim requires. */
export interface SentenceHits {
  hits: readonly Hit[];
  keys: ReadonlySet<number>;
  actors: readonly number[];
  /** The actors among them that some claim names as an entity (a company or person, not a word like "AI"). */
  names: readonly number[];
  /**
   * The actors that name someone: the names, and any actor key more specific as language than an everyday word
   * (アマゾン, which claims require but none lists as an entity). Not "AI", which claims require as the technology.
   */
  others: readonly number[];
}

const referenceRes = new WeakMap<Policy, RegExp>();

/**
 * The names a sentence holds when it refers back to an actor of the claim left unnamed, else null: it holds a word
 * of reference (policy lexicon `actorReference`: 同社, 同氏, 両社, これは; "the company", "the chatgpt maker") or
 * puts その/この right before one of the claim's own words (その急速な普及: "its rapid adoption"), and at least
 * `impliedActorTerms` of the claim's own specific terms (keys no other claim uses), so the words say which claim, and
 * only the reference says whose.
 */
export function referredBack(
  text: string,
  own: readonly Hit[],
  sentence: SentenceHits,
  policy: Policy,
): readonly number[] | null {
  if (own.length < policy.evidence.impliedActorTerms) return null;
  let re = referenceRes.get(policy);
  if (!re) {
    const { en, ja } = policy.lexicon.actorReference;
    referenceRes.set(policy, (re = new RegExp(wordAlternation([...en.map((w) => w.toLowerCase()), ...ja]))));
  }
  const possessive = own.some((h) => /(?:その|この)$/.test(text.slice(Math.max(0, h.start - 2), h.start)));
  return possessive || re.test(text) ? sentence.names : null;
}

const actorKeySets = new WeakMap<readonly IndexedClaim[], ReadonlySet<number>>();

/** The keys of every claim's required actors (derived once per index, built or restored alike). */
export function requiredActorKeys(claims: readonly IndexedClaim[]): ReadonlySet<number> {
  let set = actorKeySets.get(claims);
  if (!set) {
    set = new Set(claims.flatMap((c) => c.required.slice(0, c.requiredActors).flat()));
    actorKeySets.set(claims, set);
  }
  return set;
}

/** The evidence record for one candidate: what admission reads (decide.ts `admission`). */
export function candidateEvidence(
  cand: Candidate,
  claim: IndexedClaim,
  fig: FigureEvidence,
  figs: ParsedFigure[],
  cues: StanceCues,
  sentence: SentenceHits,
  policy: Policy,
  ownTerms: () => readonly Hit[] = () => [],
  before?: () => readonly number[],
): Evidence {
  const figure = figureRelation(fig, cand.entities, policy.figures);
  return {
    raw: cand.raw,
    bestTerm: cand.bestTerm,
    secondTerm: cand.secondTerm,
    entities: cand.entities,
    keys: cand.hits.length,
    figure,
    figureFactor: fig.factor,
    otherPeriod: otherPeriod(cues.text, figs, claim.years),
    question: cues.openQuestion ? 'open' : cues.question ? 'yes-no' : 'none',
    requiresMet: requiresMet(
      claim,
      sentence.keys,
      figure,
      sentence.others,
      () => referredBack(cues.text, ownTerms(), sentence, policy),
      before,
    ),
  };
}

/**
 * The stance evidence for one candidate, worked out only for candidates admission lets through. With a contrast in
 * the sentence, the claim's words in the asserting part decide; words only in the conceded part keep their own
 * reading, unless the sentence overrides them ("in reality").
 */
export function candidateStance(
  cand: Candidate,
  claim: IndexedClaim,
  pol: ClaimPolarity,
  fig: FigureEvidence,
  cues: StanceCues,
  sentence: SentenceHits,
  policy: Policy,
): StanceEvidence {
  const { hits } = cand;
  const every = sentence.hits;
  // A key said in both parts counts where it is asserted (candidate hits keep only a key's first occurrence).
  const asserted = !cues.conceded
    ? hits
    : hits.flatMap((h) => {
        if (!cues.inConceded(h.start, h.end)) return [h];
        const later = every.find((o) => o.keyId === h.keyId && !cues.inConceded(o.start, o.end));
        return later ? [later] : [];
      });
  const only = asserted.length ? asserted : hits;
  const nested = nestedPolarity(only, claim, every, cues);
  const judged = [...only, ...nested.hits];
  // A sentence that itself plays the risk down ("unlikely to spread", 「発展しにくい」) says what a downplaying claim
  // says, whichever of its words carry the negation.
  const negated =
    !(pol.downplays && cues.downplaysRisk) &&
    keyNegated(
      judged.filter((h) => !negatedByOwnTerm(h, claim, every, cues, policy)),
      pol,
      cues,
      (h) => inheritedNegation(h, nested.own, pol, cues, policy),
    );
  // A rebutted proposition ("the view that X no longer holds"): what the sentence reports inside it is turned over;
  // a claim it names only outside is not what the rebuttal is about.
  const span = cues.rebutted;
  const reported = !!span && judged.some((h) => h.start >= span.start && h.end <= span.end);
  // Only a negation inside the rebutted proposition turns it over again; the rebutting verb's own ("dismissed talk
  // of a bubble", where 'dismissed' also reads as a negation of 'bubble') does not.
  const negatedInside = negated && (!span || cues.playsDownIn(span.start, span.end));
  return {
    negated: span ? negated && !reported : negated,
    // Rebutting a warning ("rejected the view that a crash would turn systemic") is what a downplaying claim says;
    // only a rebutted proposition that itself plays the risk down disputes it.
    rebuttal:
      !pol.rebuttal &&
      cues.assertedRebuttal &&
      !cues.rebuttalSaidBy(every.filter((h) => claimUses(claim, h.keyId))) &&
      (!span || (reported && !negatedInside)) &&
      !(pol.downplays && span && !cues.playsDownIn(span.start, span.end)),
    // "Announced $100 billion, but only $10 billion so far": the claim's own amount, conceded, does not save it.
    figureConflict: fig.conflict || (fig.limited && fig.agreeingAt.every((a) => cues.inConceded(a.start, a.end))),
    // A dated event (a deal, a launch) reported stalled, on hold, scaled back or never committed to.
    reportedChange: !!claim.claim.since && !pol.reportsChange && cues.changeReported,
    warning: pol.downplays && cues.warns,
    // Overridden when the claim's own vocabulary (not the names, which both parts may repeat) is only conceded,
    // and the asserting part says what is really so, or names a drawback and nothing else the index knows.
    overridden:
      anyTerm(claim, hits) &&
      !anyTerm(claim, asserted) &&
      (!!cues.conceded?.override || (cues.assertedDrawback && every.every((h) => cues.inConceded(h.start, h.end)))),
    hedged: only.length > 0 && only.every((h) => cues.hedged(h) && !cues.counterfactual(h)),
  };
}

/**
 * What the claim's keys nested in longer phrases say. The claim's own key inside another claim's phrase ("bubble"
 * in "not a bubble") carries that phrase's negation, so it is judged too; inside one of the claim's own phrases the
 * phrase speaks for it. A phrase the statement does not hold ("generate alpha") takes the statement's polarity of
 * the key nested in it ("alpha" in "not good enough to find alpha").
 */
function nestedPolarity(
  hits: readonly Hit[],
  claim: IndexedClaim,
  every: readonly Hit[],
  cues: StanceCues,
): { hits: Hit[]; own: Hit[] } {
  const own = every.filter((o) => claim.keys.has(o.keyId) && !(cues.conceded && cues.inConceded(o.start, o.end)));
  // Two keys on the same span ("fail" inflected and "failing") are one word: the first is judged, not neither.
  const inside = (o: Hit, i: number) =>
    own.some((h, j) => nestedIn(o, h) && (h.end - h.start > o.end - o.start || hits.includes(h) || j < i));
  return { hits: own.filter((o, i) => !hits.includes(o) && !inside(o, i)), own };
}

/**
 * Whether the only negation of h is a cue inside one of the claim's own terms before it: the claim says that
 * shortfall itself ("far short" in "revenue falls far short of its commitments"), so it does not turn h over.
 */
function negatedByOwnTerm(h: Hit, claim: IndexedClaim, every: readonly Hit[], cues: StanceCues, policy: Policy) {
  if (!cues.negated(h)) return false;
  return every.some((o) => {
    if (o.end > h.start || claim.keys.get(o.keyId) !== 'term') return false;
    const masked = cues.text.slice(0, o.start) + ' '.repeat(o.end - o.start) + cues.text.slice(o.end);
    return !isNegated(masked, h.start, h.end, policy);
  });
}

/** Whether the key is the claim's own vocabulary: one of its terms or entities, or a word it requires. */
function claimUses(claim: IndexedClaim, keyId: number): boolean {
  return claim.keys.has(keyId) || claim.required.some((g) => g.includes(keyId));
}

/** Whether hit o lies inside hit h. */
const nestedIn = (o: Hit, h: Hit) => o !== h && o.start >= h.start && o.end <= h.end;

/** Whether the claim's keys among the hits include a term (not only names). */
function anyTerm(claim: IndexedClaim, hits: readonly Hit[]): boolean {
  for (const h of hits) if (claim.keys.get(h.keyId) === 'term') return true;
  return false;
}

/**
 * What a claim key nested in the phrase h says, as the claim means it (see nestedPolarity): a phrase that negates
 * its own key ("zero return", 「借り入れで賄われておらず」) says the opposite of the key (the Japanese negation
 * follows the key, inside the phrase). Undefined when no key of the statement is nested in h.
 */
function inheritedNegation(
  h: Hit,
  own: readonly Hit[],
  pol: ClaimPolarity,
  cues: StanceCues,
  policy: Policy,
): boolean | undefined {
  for (const o of own)
    if (nestedIn(o, h) && pol.negated.has(o.keyId))
      return (
        pol.negated.get(o.keyId) !==
        (cues.negatorIn(h.start, o.start) ||
          isNegated(cues.text.slice(h.start, h.end), o.start - h.start, o.end - h.start, policy))
      );
  return undefined;
}

/**
 * A claim key negated in the sentence but not in the claim's statement, or the reverse. A key the statement does
 * not hold counts only when the negation sits right on it, and never against a claim that is itself a rebuttal or
 * downplays a risk ("no systemic risk" says what "would probably stay with investors" says), unless it inherits
 * the statement's polarity from a key nested in it (`inherited`).
 */
export function keyNegated(
  hits: readonly Hit[],
  pol: Pick<ClaimPolarity, 'negated' | 'rebuttal'> & Partial<Pick<ClaimPolarity, 'downplays'>>,
  cues: StanceCues,
  inherited: (h: Hit) => boolean | undefined = () => undefined,
): boolean {
  const denies = pol.rebuttal || !!pol.downplays;
  for (const h of hits) {
    // The very risk a downplaying claim plays down, denied ("no systemic risk", 「システミックリスクにはならない」).
    if (pol.downplays && cues.warningAt(h)) continue;
    const inClaim = pol.negated.get(h.keyId) ?? inherited(h);
    // A contrary-to-fact condition ("if scaling had hit a wall, … wouldn't") denies what it supposes.
    const cf = cues.counterfactual(h);
    const neg = cues.negated(h) !== cf;
    if (inClaim === undefined ? neg && !denies && (cf || cues.negatesCore(h)) : neg !== inClaim) return true;
  }
  return false;
}
