/** The claims the page is checked against: the bundled evidence base plus the reader's enabled packs. */
// Trusted as bundled (validated at build time): the content script does not carry or run the evidence validator.
import { trustedBundledClaims } from '../evidence/bundled-data';
import { mergeClaims } from '../evidence/merge-claims';
import type { Claim } from '../evidence/schema';
import { getEnabledPackClaims, watchPacks } from '../storage/packs';
import { onAbortQuietly } from './quiet-abort';

/** Bundled + enabled pack claims; packs that cannot be read are left out rather than stopping Kensho. */
export async function loadClaims(): Promise<Claim[]> {
  const packs = await getEnabledPackClaims().catch(() => [] as Claim[]);
  return mergeClaims(trustedBundledClaims(), packs);
}

/** Calls `cb` with the new full claim list whenever packs change, until `signal` aborts. */
export function watchClaims(signal: AbortSignal, cb: (claims: Claim[]) => void): void {
  const unwatch = watchPacks((packs) => cb(mergeClaims(trustedBundledClaims(), packs)));
  onAbortQuietly(signal, unwatch);
}
