/**
 * The matching engine behind the content script, the popup lookup and the CLI. A text block is normalised and
 * scanned for evidence vocabulary ONCE (trie walks from word starts, see hits.ts); only sentences holding enough
 * of it are segmented and scored.
 */
import type { Claim } from '../evidence/schema';
import type { Matcher, MatcherOptions, MatchLang, SentenceMatch, SentenceResult, Strictness } from './types';
import { buildClaimIndex, buildClaimIndexSteps, type ClaimIndex } from './claim-index';
import { snapshotIndex, type IndexSnapshot, type RestoredIndex } from './index-snapshot';
import { drainSteps, runSteps, type SliceOptions } from './steps';
import { findHits, findHitsByStart, type Hit } from './hits';
import { evidenceBound } from './score';
import { codesToString, normaliseCodes, type NormalisedCodes } from './normalise';
import { guessLang, segmentBlock } from './segment';
import { hasRebuttal, keyPolarity } from './stance';
import { matchHits, mayMatch, type ClaimPolarity, type SentenceInput, type Thresholds } from './match-sentence';
import { lookupClaims } from './lookup';

/** One default for the extension and the CLI; the options page moves it. */
export const THRESHOLDS: Record<Strictness, Thresholds> = {
  loose: { raw: 0.8, term: 0.4, specific: 0.7 },
  balanced: { raw: 1.0, term: 0.45, specific: 0.8 },
  strict: { raw: 1.3, term: 0.6, specific: 0.9 },
};

function* claimPolarity(index: ClaimIndex): Generator<void, ClaimPolarity[]> {
  const out: ClaimPolarity[] = [];
  for (const c of index.claims) {
    const negated = new Map<number, boolean>();
    for (const text of [c.claim.statement.en, c.claim.statement.ja]) {
      const n = normaliseCodes(text);
      const own = findHits(index, n.codes, n.length).filter((h) => c.keys.has(h.keyId));
      keyPolarity(codesToString(n.codes, 0, n.length), own, negated);
    }
    out.push({ negated, rebuttal: hasRebuttal(c.claim.statement.en) || hasRebuttal(c.claim.statement.ja) });
    yield;
  }
  return out;
}

/** Whether codes[start, end) hold a money or capacity amount marker: $ ¥ € 億 兆 ドル "illion" "gigawatt". */
function amountIn(codes: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = codes[i]!;
    if (c === 36 || c === 0xa5 || c === 0x20ac || c === 0x5104 || c === 0x5146) return true;
    if (c === 0x30c9 && codes[i + 1] === 0x30eb) return true; // ドル
    if (c === 105 && codes[i + 1] === 108 && codes[i + 2] === 108 && codes[i + 3] === 105 && codes[i + 4] === 111) return true; // illio(n)
    if (c === 103 && codes[i + 1] === 105 && codes[i + 2] === 103 && codes[i + 3] === 97) return true; // giga(watt)
  }
  return false;
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

/** The sentence [ns, ne) of a block's normalised codes, as matchHits takes it (its text made only when asked for). */
class BlockSentence implements SentenceInput {
  private text: string | undefined;

  constructor(
    private readonly block: string,
    private readonly n: NormalisedCodes,
    private readonly ns: number,
    private readonly ne: number,
    private readonly origStart: number,
    readonly hits: Hit[],
    readonly hasDigit: boolean,
    readonly hasAmount: boolean,
  ) {}

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

/** Builds a matcher over the given claims (the index is built once, here). */
export function createMatcher(claims: readonly Claim[], options: MatcherOptions = {}): Matcher {
  return drainSteps(matcherSteps(claims, options));
}

/**
 * The same matcher, built in slices that give the thread back between them (a page's main thread must never be
 * held for long): `sliceMs` of work at most, then `yieldFn`. Rejects if `signal` aborts meanwhile.
 */
export function createMatcherAsync(claims: readonly Claim[], options: MatcherOptions = {}, slicing: SliceOptions = {}): Promise<Matcher> {
  return runSteps(matcherSteps(claims, options), slicing);
}

function* matcherSteps(claims: readonly Claim[], options: MatcherOptions): Generator<void, Matcher> {
  const index = yield* buildClaimIndexSteps(claims);
  const polarity = yield* claimPolarity(index);
  // Intl.Segmenter's first use loads ICU data (about 10 ms cold): a step of its own, not inside the first scan.
  for (const lang of ['en', 'ja'] as const) {
    segmentBlock('.', lang);
    yield;
  }
  return matcherFrom(index, polarity, options);
}

/** The index and claim polarity of `claims`, as a snapshot to compile in at build time (index-snapshot.ts). */
export function buildIndexSnapshot(claims: readonly Claim[]): IndexSnapshot {
  const index = buildClaimIndex(claims);
  return snapshotIndex(index, drainSteps(claimPolarity(index)));
}

/** A matcher over a restored index (restoreIndex): nothing is rebuilt, for any strictness. */
export function matcherFromRestored(restored: RestoredIndex, options: MatcherOptions = {}): Matcher {
  return matcherFrom(restored.index, restored.polarity, options);
}

function matcherFrom(index: ClaimIndex, polarity: ClaimPolarity[], options: MatcherOptions): Matcher {
  const thresholds = THRESHOLDS[options.strictness ?? 'balanced'];

  /** Matches the normalised range [ns, ne) of a block whose hits are given (offsets in block-normalised codes). */
  function matchRange(block: string, n: NormalisedCodes, ns: number, ne: number, hits: Hit[], origStart: number): SentenceMatch[] {
    const hasDigit = digitIn(n.codes, ns, ne);
    const hasAmount = hasDigit && amountIn(n.codes, ns, ne);
    if (!mayMatch(evidenceBound(index, hits), thresholds, hasDigit, hasAmount)) return [];
    const rel = hits.map((h) => ({ keyId: h.keyId, keyLength: h.keyLength, start: h.start - ns, end: Math.min(h.end, ne) - ns }));
    return matchHits(index, polarity, new BlockSentence(block, n, ns, ne, origStart, rel, hasDigit, hasAmount), thresholds);
  }

  function scanBlock(text: string, lang?: MatchLang): SentenceResult[] {
    const n = normaliseCodes(text, 0, text.length, true);
    const hits = findHitsByStart(index, n.codes, n.length);
    // Cheap before expensive: a block whose vocabulary cannot make any claim is not even segmented.
    if (!hits.length || !mayMatch(evidenceBound(index, hits), thresholds)) return [];
    // Sentences after the one holding the last hit hold none: the segmenter stops there.
    const spans = segmentBlock(text, lang ?? guessLang(text), n.map[hits[hits.length - 1]!.start]!);
    const out: SentenceResult[] = [];
    let h = 0;
    for (const span of spans) {
      const ns = normIndex(n, span.start);
      const ne = normIndex(n, span.end);
      while (h < hits.length && hits[h]!.start < ns) h++;
      const mine: Hit[] = [];
      for (let j = h; j < hits.length && hits[j]!.start < ne; j++) mine.push(hits[j]!);
      if (!mine.length) continue;
      const matches = matchRange(text, n, ns, ne, mine, span.start);
      if (matches.length) out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), matches });
    }
    return out;
  }

  function matchSentence(text: string): SentenceMatch[] {
    const n = normaliseCodes(text);
    const hits = findHits(index, n.codes, n.length);
    return hits.length ? matchRange(text, n, 0, n.length, hits, 0) : [];
  }

  return {
    matchSentence,
    scanBlock,
    lookup: (query, limit = 5) => lookupClaims(index, query, limit),
  };
}
