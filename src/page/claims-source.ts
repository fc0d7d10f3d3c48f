/** The claims the page is checked against: the bundled evidence base plus the reader's packs and feeds, without sources. */
// Trusted as bundled (validated at build time): the content script does not carry or run the evidence validator.
// Sources stay out of the content script (the card asks the background for them, claim/sources).
import { mergeClaims } from '../evidence/merge-claims';
import { bundledPageClaims, withoutSources, type PageClaim } from '../evidence/page-claims';
import { getAddedClaims, watchAddedClaims, type AddedClaim } from '../storage/added-claims';
import { onAbortQuietly } from './quiet-abort';

/** Bundled + added claims, the added ones stripped of their sources like the bundled ones. */
function pageClaims(added: readonly AddedClaim[]): PageClaim[] {
  return mergeClaims<PageClaim>(bundledPageClaims(), added.map(withoutSources));
}

/** Bundled + added (pack and feed) claims; stores that cannot be read are left out rather than stopping Kensho. */
export async function loadClaims(): Promise<PageClaim[]> {
  return pageClaims(await getAddedClaims());
}

/** Calls `cb` with the new full claim list whenever packs or installed feeds change, until `signal` aborts. */
export function watchClaims(signal: AbortSignal, cb: (claims: PageClaim[]) => void): void {
  const unwatch = watchAddedClaims((added) => cb(pageClaims(added)));
  onAbortQuietly(signal, unwatch);
}
