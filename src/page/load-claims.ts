/**
 * The claims the page is checked against: the bundled evidence base plus the reader's packs and feeds, without sources.
 */
// Trusted as bundled (validated at build time): the content script does not carry or run the evidence validator.
// Sources stay out of the content script (the card asks the background for them, claim/sources).
import { bundledPageClaims, withoutSources, type PageClaim } from '../evidence/page-claims';
import { knownClaims, watchKnownClaims } from '../storage/known-claims';
import { onAbortQuietly } from './quiet-abort';

/** Bundled + added (pack and feed) claims, the added ones stripped of their sources like the bundled ones. */
export function loadClaims(): Promise<PageClaim[]> {
  return knownClaims(bundledPageClaims(), withoutSources);
}

/** Calls `cb` with the new full claim list whenever packs or installed feeds change, until `signal` aborts. */
export function watchClaims(signal: AbortSignal, cb: (claims: PageClaim[]) => void): void {
  onAbortQuietly(signal, watchKnownClaims(bundledPageClaims(), withoutSources, cb));
}
