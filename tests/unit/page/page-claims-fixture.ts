/**
 * Claims for page-layer tests (no sources, as the content script holds them) and a matcher that finds them by keyword.
 */
import type { PageClaim } from '../../../src/evidence/page-claims';
import type { Claim } from '../../../src/evidence/schema';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';

export const PAGE_CLAIMS: PageClaim[] = FIXTURE_CLAIMS.map(({ sources: _sources, ...rest }: Claim) => rest);
export const claimById = (id: string) => PAGE_CLAIMS.find((c) => c.id === id);
export const [CLAIM_A, CLAIM_B] = PAGE_CLAIMS.map((c) => c.id) as [string, string];
