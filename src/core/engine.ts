/**
 * The matching engine behind the content script, the popup lookup and the CLI. A text block is normalised and
 * scanned for evidence vocabulary ONCE (trie walks from word starts, see hits.ts); only sentences holding enough
 * of it are segmented and scored.
 */
import type { Claim } from '../evidence/schema';
import type { CallOptions, Matcher, MatcherOptions, MatchLang, SentenceMatch, SentenceResult } from './types';
import { buildClaimIndex, buildClaimIndexSteps, type ClaimIndex } from './claim-index';
import { snapshotIndex, type IndexSnapshot, type RestoredIndex } from './index-snapshot';
import { drainSteps, runSteps, type SliceOptions } from './steps';
import { findHits, findHitsByStart, type Hit } from './hits';
import { evidenceBound, type EvidenceBound } from './score';
import { codesToString, normaliseCodes, type NormalisedCodes } from './normalise';
import { guessLang, segmentBlock } from './segment';
import { downplays, hasRebuttal, keyPolarity, reportsChange } from './stance';
import { matchHits, type CallPolicy, type CandidateTrace, type SentenceInput } from './match-sentence';
import type { ClaimPolarity } from './features';
import type { FigureRelation } from './figures';
import { admission, upperBound } from './decide';
import { CEILINGS_BELOW_LARGE, figureCeiling } from './features';
import { largeFigureScan } from './large-figure-scan';
import { parseFigures, spelledFigureIn } from './numbers';
import { DEFAULT_POLICY, type Policy } from './policy';
import { dateRange, GRACE_MS } from './published';

function* claimPolarity(index: ClaimIndex): Generator<void, ClaimPolarity[]> {
  const out: ClaimPolarity[] = [];
  const { policy } = index;
  for (const c of index.claims) {
    const negated = new Map<number, boolean>();
    for (const text of [c.claim.statement.en, c.claim.statement.ja]) {
      const n = normaliseCodes(text);
      const own = findHits(index, n.codes, n.length).filter((h) => c.keys.has(h.keyId));
      keyPolarity(codesToString(n.codes, 0, n.length), own, negated, policy);
    }
    const { en, ja } = c.claim.statement;
    out.push({
      negated,
      rebuttal: hasRebuttal(en, policy) || hasRebuttal(ja, policy),
      reportsChange: reportsChange(en, policy) || reportsChange(ja, policy),
      downplays: downplays(en, policy) || downplays(ja, policy),
    });
    yield;
  }
  return out;
}

/** Whether codes[start, end) hold a digit or a Japanese large-number character (兆, 億, 万). */
function digitIn(codes: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = codes[i]!;
    if ((c >= 48 && c <= 57) || c === 0x5146 || c === 0x5104 || c === 0x4e07) return true;
  }
  return false;
}

/** First normalised index whose original offset is >= `orig` (binary search over the offset map). */
function normIndex(n: NormalisedCodes, orig: number): number {
  let lo = 0;
  let hi = n.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.map[mid]! < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence [ns, ne) of a block's normalised codes, as matchHits takes it (its text, hits and figures made only
 * when asked for: most sentences stop at a bound first). */
class BlockSentence implements SentenceInput {
  private text: string | undefined;
  private rel: Hit[] | undefined;

  constructor(
    private readonly block: string,
    private readonly n: NormalisedCodes,
    private readonly ns: number,
    private readonly ne: number,
    private readonly origStart: number,
    private readonly blockHits: readonly Hit[],
    readonly previous?: readonly Hit[],
  ) {}

  /** The hits, with offsets relative to the sentence. */
  get hits(): Hit[] {
    const { ns, ne } = this;
    return (this.rel ??= this.blockHits.map((h) => ({
      keyId: h.keyId,
      keyLength: h.keyLength,
      start: h.start - ns,
      end: Math.min(h.end, ne) - ns,
    })));
  }

  /** The sentence's figures; a sentence with no digit (or 万, 億, 兆) and no figure in words has none to parse. */
  get figs() {
    return (this.parsed ??=
      digitIn(this.n.codes, this.ns, this.ne) || spelledFigureIn(this.norm) ? parseFigures(this.norm) : []);
  }
  private parsed: ReturnType<typeof parseFigures> | undefined;

  get norm(): string {
    return (this.text ??= codesToString(this.n.codes, this.ns, this.ne));
  }

  toOriginal(s: number, e: number): { start: number; end: number; text: string } {
    const { n, ns } = this;
    const start = n.map[ns + s]!;
    const end = e > s ? n.map[ns + e - 1]! + 1 : start;
    return { start: start - this.origStart, end: end - this.origStart, text: this.block.slice(start, end) };
  }
}

/** What the engine saw in one sentence and how it decided each candidate (`kensho eval --explain`). */
export interface Explanation {
  /** Evidence vocabulary found in the sentence. */
  keys: string[];
  candidates: CandidateTrace[];
  matches: SentenceMatch[];
}

/** The matcher the engine builds: the shared Matcher surface, and an explanation of one sentence for people. */
export interface EngineMatcher extends Matcher {
  explain(text: string, call?: CallOptions): Explanation;
  withOptions(options: MatcherOptions): EngineMatcher;
  /** The index it matches against: free-text lookup (core/lookup.ts) reads it, so fuse.js stays out of pages. */
  readonly index: ClaimIndex;
}

/** Builds a matcher over the given claims (the index is built once, here). */
export function createMatcher(
  claims: readonly Claim[],
  options: MatcherOptions = {},
  policy: Policy = DEFAULT_POLICY,
): EngineMatcher {
  return drainSteps(matcherSteps(claims, options, policy));
}

/**
 * The same matcher, built in slices that give the thread back between them (a page's main thread must never be
 * held for long): `sliceMs` of work at most, then `yieldFn`. Rejects if `signal` aborts meanwhile.
 */
export function createMatcherAsync(
  claims: readonly Claim[],
  options: MatcherOptions = {},
  slicing: SliceOptions = {},
  policy: Policy = DEFAULT_POLICY,
): Promise<EngineMatcher> {
  return runSteps(matcherSteps(claims, options, policy), slicing);
}

function* matcherSteps(
  claims: readonly Claim[],
  options: MatcherOptions,
  policy: Policy,
): Generator<void, EngineMatcher> {
  const index = yield* buildClaimIndexSteps(claims, policy);
  const polarity = yield* claimPolarity(index);
  // Intl.Segmenter's first use loads ICU data (about 10 ms cold): a step of its own, not inside the first scan. A
  // soft hyphen is a character our own breaks leave to ICU (sentence-breaks.ts), so ICU is used here.
  for (const lang of ['en', 'ja'] as const) {
    segmentBlock('\u00ad', lang);
    yield;
  }
  return matcherFrom(builtOf(index, polarity), options);
}

/**
 * Work a restored matcher would leave to the first sentence it scans, done ahead in steps of its own: the key
 * finder's tables, the claims' fields read on first use and the first compile of the scan path (ICU's sentence data
 * is not loaded: our own breaks cover the statements, and ICU waits for a block that needs it). Scanning claims' own
 * statements (one with a figure, in each language) takes that path without any page text. On a page each step is a
 * task of its own, so the page's first claim sentence is not one long task (on a million-node page it was: 35-65 ms).
 */
export function* warmSteps(m: Matcher, claims: readonly Pick<Claim, 'statement'>[]): Generator<void, void> {
  for (const lang of ['en', 'ja'] as const) {
    segmentBlock('.', lang);
    yield;
  }
  for (const lang of ['en', 'ja'] as const) {
    const c = claims.find((x) => /\d/.test(x.statement[lang])) ?? claims[0];
    if (c) m.scanBlock(c.statement[lang], lang);
    yield;
  }
}

/** The index and claim polarity of `claims`, as a snapshot to compile in at build time (index-snapshot.ts). */
export function buildIndexSnapshot(claims: readonly Claim[], policy: Policy = DEFAULT_POLICY): IndexSnapshot {
  const index = buildClaimIndex(claims, policy);
  return snapshotIndex(index, drainSteps(claimPolarity(index)));
}

/**
 * A matcher over a restored index (restoreIndex): nothing is rebuilt, for any strictness or page date (both are
 * options of each call, or of withOptions over the same index).
 */
export function matcherFromRestored(restored: RestoredIndex, options: MatcherOptions = {}): EngineMatcher {
  return matcherFrom(builtOf(restored.index, restored.polarity), options);
}

interface Built {
  index: ClaimIndex;
  polarity: ClaimPolarity[];
  /** Per claim: the first moment of its event date (`since`), or null. */
  since: (number | null)[];
}

function builtOf(index: ClaimIndex, polarity: ClaimPolarity[]): Built {
  const since = index.claims.map((c) => (c.claim.since ? (dateRange(c.claim.since)?.first ?? null) : null));
  return { index, polarity, since };
}

/**
 * A page published well before a claim's event (a deal's announcement, an app's launch) cannot be making that
 * claim, however much vocabulary it shares: such claims are left out before ranking, so they take no slot.
 */
function predatedBy(built: Built, published: string | undefined): ((ci: number) => boolean) | undefined {
  const p = published ? dateRange(published) : null;
  if (!p) return undefined;
  return (ci) => {
    const s = built.since[ci];
    return s != null && p.last < s - GRACE_MS;
  };
}

function matcherFrom(built: Built, options: MatcherOptions): EngineMatcher {
  const { index, polarity } = built;
  const { policy } = index;

  function callPolicy(call: CallOptions | undefined, trace?: CandidateTrace[]): CallPolicy {
    const strictness = call?.strictness ?? options.strictness ?? 'balanced';
    const published = call && 'published' in call ? call.published : options.published?.();
    return { row: policy.strictness[strictness], excluded: predatedBy(built, published), trace };
  }

  /**
   * Whether a key evidence bound could make any claim with the figures `ceiling` allows (the bound asks decide itself).
   */
  const admits = (bound: EvidenceBound, ceiling: FigureRelation, c: CallPolicy) =>
    admission(upperBound(bound, ceiling), c.row, policy).rejected === null;
  /** Whether a bound could make any claim with figures none of which is a large amount. */
  const admitsBelowLarge = (bound: EvidenceBound, c: CallPolicy) =>
    CEILINGS_BELOW_LARGE.some((ceiling) => admits(bound, ceiling, c));
  const mayHoldLarge = largeFigureScan(policy.figures.largeAmount, policy.figures.distinctUnits);
  /** Whether hits could make any claim, with every figure bonus. */
  const mayMatch = (hits: Hit[], c: CallPolicy) => admits(evidenceBound(index, hits), 'amount-point', c);

  /** Matches the normalised range [ns, ne) of a block whose hits are given (offsets in block-normalised codes). */
  function matchRange(
    block: string,
    n: NormalisedCodes,
    ns: number,
    ne: number,
    hits: Hit[],
    origStart: number,
    c: CallPolicy,
    previous?: readonly Hit[],
  ): SentenceMatch[] {
    // Cheap before expensive: the bound with any figure first (a Japanese page's sentences mostly stop here, before
    // anything is made for them), then, from the same bound, with the sentence's own figures (parsing them).
    const bound = c.trace ? null : evidenceBound(index, hits);
    if (bound && !admits(bound, 'amount-point', c)) return [];
    const sentence = new BlockSentence(block, n, ns, ne, origStart, hits, previous);
    // A sentence whose figures could only be shares, rates or small amounts (a scan finds no scale, large unit or
    // long number: no large amount) is turned away unparsed when those figures cannot make the claim.
    if (bound && !admitsBelowLarge(bound, c) && !mayHoldLarge(sentence.norm)) return [];
    if (bound && !admits(bound, figureCeiling(sentence.figs, policy), c)) return [];
    return matchHits(index, polarity, sentence, c);
  }

  function scanBlock(text: string, lang?: MatchLang, call?: CallOptions): SentenceResult[] {
    const c = callPolicy(call);
    const n = normaliseCodes(text, 0, text.length, true);
    const hits = findHitsByStart(index, n.codes, n.length);
    // Cheap before expensive: a block whose vocabulary cannot make any claim is not even segmented.
    if (!hits.length || !mayMatch(hits, c)) return [];
    // Sentences after the one holding the last hit hold none: the segmenter stops there.
    const spans = segmentBlock(text, lang ?? guessLang(text), n.map[hits[hits.length - 1]!.start]!);
    const out: SentenceResult[] = [];
    let h = 0;
    // The previous sentence's hits: the actors it names stand for a sentence naming none (features.ts requiresMet).
    let previous: Hit[] | undefined;
    for (const span of spans) {
      const ns = normIndex(n, span.start);
      const ne = normIndex(n, span.end);
      while (h < hits.length && hits[h]!.start < ns) h++;
      const mine: Hit[] = [];
      for (let j = h; j < hits.length && hits[j]!.start < ne; j++) mine.push(hits[j]!);
      const before = previous;
      previous = mine;
      if (!mine.length) continue;
      const matches = matchRange(text, n, ns, ne, mine, span.start, c, before);
      if (matches.length)
        out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), matches });
    }
    return out;
  }

  function sentenceOnce(text: string, c: CallPolicy): SentenceMatch[] {
    const n = normaliseCodes(text);
    const hits = findHits(index, n.codes, n.length);
    return hits.length ? matchRange(text, n, 0, n.length, hits, 0, c) : [];
  }

  return {
    matchSentence: (text, _lang, call) => sentenceOnce(text, callPolicy(call)),
    scanBlock,
    explain(text, call) {
      const trace: CandidateTrace[] = [];
      const matches = sentenceOnce(text, callPolicy(call, trace));
      const n = normaliseCodes(text);
      const keys = [...new Set(findHits(index, n.codes, n.length).map((h) => index.keys.display(h.keyId)))];
      return { keys, candidates: trace, matches };
    },
    withOptions: (next) => matcherFrom(built, { ...options, ...next }),
    index,
  };
}
