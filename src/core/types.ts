import type { Topic } from '../evidence/topics';

/** How a sentence relates to a claim. */
export type SentenceStance = 'supports' | 'disputes' | 'neutral';
/** Whether a figure in the sentence agrees with the claim's evidence. */
export type FigureVerdict = 'consistent' | 'differs' | 'unrelated';
export type MatchLang = 'en' | 'ja';

/** A figure found in a sentence, checked against the claim's figures. Values are absolute (value × scale). */
export interface FigureCheck {
  /** The figure as written in the sentence. */
  text: string;
  value: number;
  unit: string;
  verdict: FigureVerdict;
  /** The evidence value it was compared with (absolute), or null when unrelated. */
  expected: number | null;
  /** Offsets of `text` within the sentence. */
  start: number;
  end: number;
}

/** One claim a sentence makes or disputes. */
export interface SentenceMatch {
  claimId: string;
  topic: Topic;
  /** 0..1, higher is better. */
  score: number;
  stance: SentenceStance;
  /** Evidence vocabulary found in the sentence ("why this matched"). */
  terms: string[];
  figures: FigureCheck[];
}

/** A sentence of a text block with its matches; offsets are UTF-16 indices into the block's original text. */
export interface SentenceResult {
  start: number;
  end: number;
  text: string;
  matches: SentenceMatch[];
}

/** Named strictness levels; the options page offers these, the engine maps them to thresholds. */
export type Strictness = 'loose' | 'balanced' | 'strict';

export interface MatcherOptions {
  strictness?: Strictness;
  /**
   * When the page was published (YYYY, YYYY-MM or YYYY-MM-DD), asked at every call so a single-page app that moves
   * to another article is judged by that article's date: claims about later events are left out before ranking.
   */
  published?: () => string | undefined;
}

/** Options of one call, over the matcher's own: strictness is a policy row, so changing it rebuilds nothing. */
export interface CallOptions {
  strictness?: Strictness;
  /** The page's publication date for this call (undefined: unknown, nothing is left out). */
  published?: string;
}

/** The engine's surface, shared by the content script, the popup and the CLI (free-text lookup: core/lookup.ts). */
export interface Matcher {
  /** Matches one sentence; best first; [] when nothing matches. */
  matchSentence(text: string, lang?: MatchLang, call?: CallOptions): SentenceMatch[];
  /** Segments one text block into sentences and returns only the sentences that match. */
  scanBlock(text: string, lang?: MatchLang, call?: CallOptions): SentenceResult[];
  /** The same matcher (same index, nothing rebuilt) with other options. */
  withOptions(options: MatcherOptions): Matcher;
}
