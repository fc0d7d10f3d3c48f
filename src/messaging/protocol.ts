import type { FigureVerdict, SentenceStance } from '../core/types';
import type { ClaimVocabulary, PageClaim } from '../evidence/page-claims';
import type { Claim, ClaimUpdate, Source } from '../evidence/schema';

/** What a content script found on its page, per claim; sent to the background for the badge and the popup. */
export interface PageClaimSummary {
  claimId: string;
  /** How many sentences on the page make or dispute it. */
  count: number;
  /** Stance of each occurrence, in page order. */
  stances: SentenceStance[];
  /** Figure verdicts across its occurrences (only consistent/differs are worth showing). */
  figures: { text: string; verdict: FigureVerdict; expected: number | null; unit: string }[];
}

export interface PageResults {
  url: string;
  claims: PageClaimSummary[];
  /** The page's publication date (YYYY[-MM[-DD]]) when it gives one: the popup shows claims as they stood then. */
  published?: string;
}

/** A claim as the popup and badge see a tab: merged across its frames, with where each frame's occurrences are. */
export interface TabClaimSummary extends PageClaimSummary {
  /** The frames that found it, top frame first then by frameId, each with its own count (sum: `count`). */
  frames: { frameId: number; count: number }[];
}

/** A tab's results merged across the frames where Kensho runs; `url` is the top frame's (or the tab's) address. */
export interface TabResults {
  url: string;
  claims: TabClaimSummary[];
  /** The top frame's publication date, when it gives one. */
  published?: string;
}

/** The sentence a reader said is not the claim (page/not-this-claim). */
export interface NotThisClaim {
  claimId: string;
  sentence: string;
  stance: SentenceStance;
}

/** One claim's summary, sources and dated updates, as the background answers `claim/sources`. */
export interface ClaimSources {
  claimId: string;
  /** The claim's summary (the content script's bundled claims come without it); absent for an unknown id. */
  summary?: Claim['summary'];
  /** Unfiltered and in evidence order (the card applies the reader's source filters); [] for an unknown id. */
  sources: Source[];
  /** The claim's dated updates with their summaries and sources, as the evidence lists them; [] when it has none. */
  updates: ClaimUpdate[];
}

/**
 * Every message in Kensho, by intent. Direction in the comment; the background validates every payload
 * (content scripts are untrusted) before acting on it.
 */
export interface ProtocolMap {
  /** content → background: the frame's current results (replace earlier ones for that tab and sender frame). */
  'page/results': { request: PageResults; response: void };
  /** content → background: a subframe's document is going away (pagehide); its results no longer describe the tab. */
  'page/unload': { request: { url: string }; response: void };
  /**
   * content → background: summary, sources and updates of claims whose card the reader opened (content scripts hold
   * claims without them).
   */
  'claim/sources': { request: { claimIds: string[] }; response: ClaimSources[] };
  /**
   * content → background: the reader opened a card in this frame for the first time; inject the card UI (card.js) into
   * the sender's frame. Resolves once it ran; the card script and the content script share the frame's isolated world.
   */
  'card/load': { request: Record<string, never>; response: void };
  /**
   * content → background: the probe fired on this frame's text (or the reader added claims the probe does not know);
   * inject the engine (engine.js: the matcher, the bundled index and claims) into the sender's frame. Resolves once it
   * ran; like card.js it installs what it brings in the frame's isolated world.
   */
  'engine/load': { request: Record<string, never>; response: void };
  /**
   * content → background: the bundled claims' vocabulary (terms, entities, requires), which the content script does not
   * carry (their index comes compiled); asked only by a page whose claims include pack claims, to index them together.
   */
  'claims/vocabulary': { request: Record<string, never>; response: ClaimVocabulary[] };
  /**
   * content → background: the claims the reader added (enabled packs, then installed feeds), validated and without
   * their sources; asked only when the stored packs or feeds may hold any (the page never reads them itself).
   */
  'claims/added': { request: Record<string, never>; response: PageClaim[] };
  /**
   * content → background: the reader's "not this claim" on a card; kept locally, with the frame's address as the
   * browser gives it (no query or fragment). Rejects when it could not be stored (quota).
   */
  'page/not-this-claim': { request: NotThisClaim; response: void };
  /** popup → background: results for a tab, or null when the content script has not reported. */
  'tab/results': { request: { tabId: number }; response: TabResults | null };
  /**
   * background → extension pages (runtime.sendMessage): a tab's results changed; an open popup asks with tab/results.
   */
  'tab/changed': { request: { tabId: number }; response: void };
  /**
   * popup → content (tabs.sendMessage to one frame): scroll to that frame's `occurrence`-th sentence of a claim and
   * open its card.
   */
  'page/reveal': { request: { claimId: string; occurrence: number }; response: boolean };
  /**
   * background → content (tabs.sendMessage): the reader revoked this site's permission; remove annotations and go
   * quiet.
   */
  'page/stop': { request: { reason: 'revoked' }; response: void };
  /**
   * options → background: check this subscribed feed (or every feed, null) now; resolves when the outcome is stored.
   */
  'feeds/check': { request: { url: string | null }; response: void };
}

export type MessageType = keyof ProtocolMap;
export interface Envelope<K extends MessageType = MessageType> {
  kensho: 1;
  type: K;
  data: ProtocolMap[K]['request'];
}
