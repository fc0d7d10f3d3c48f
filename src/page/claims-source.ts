/** The claims the page is checked against: the bundled evidence base plus the reader's enabled packs, without sources. */
// Trusted as bundled (validated at build time): the content script does not carry or run the evidence validator.
// Sources stay out of the content script (the card asks the background for them, claim/sources).
import { mergeClaims } from '../evidence/merge-claims';
import { bundledPageClaims, withoutSources, type PageClaim } from '../evidence/page-claims';
import type { Claim } from '../evidence/schema';
import { getEnabledPackClaims, watchPacks } from '../storage/packs';
import { onAbortQuietly } from './quiet-abort';

/** Bundled + pack claims, packs stripped of their sources like the bundled ones. */
function pageClaims(packs: readonly Claim[]): PageClaim[] {
  return mergeClaims<PageClaim>(bundledPageClaims(), packs.map(withoutSources));
}

/** Bundled + enabled pack claims; packs that cannot be read are left out rather than stopping Kensho. */
export async function loadClaims(): Promise<PageClaim[]> {
  const packs = await getEnabledPackClaims().catch(() => [] as Claim[]);
  return pageClaims(packs);
}

/** Calls `cb` with the new full claim list whenever packs change, until `signal` aborts. */
export function watchClaims(signal: AbortSignal, cb: (claims: PageClaim[]) => void): void {
  const unwatch = watchPacks((packs) => cb(pageClaims(packs)));
  onAbortQuietly(signal, unwatch);
}
