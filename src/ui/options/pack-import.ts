import { importClaimReviews } from '../../evidence/claimreview-import';
import { PACK_LIMITS, parsePack, type EvidencePack, type PackError } from '../../evidence/pack';
import { isRecord } from '../../shared/is-record';
import type { StoredPack } from '../../storage/packs';

export type PreparedImport =
  { ok: true; pack: StoredPack; replaces: StoredPack | null } | { ok: false; error: PackError };

const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const isReview = (x: unknown) => isRecord(x) && [x['@type']].flat().includes('ClaimReview');

/** True for schema.org ClaimReview JSON-LD: one review, a list of them, or an @graph holding them. */
export function looksLikeClaimReview(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(isReview);
  return isReview(data) || (isRecord(data) && Array.isArray(data['@graph']) && data['@graph'].some(isReview));
}

/** "Fact checks (Nov).json" → "fact-checks-nov": a pack id for a ClaimReview file, stable per file name. */
export function packIdFromFileName(fileName: string): string {
  const slug = fileName
    .toLowerCase()
    .replace(/\.json$/, '')
    .match(/[a-z0-9]+/g)
    ?.join('-')
    .slice(0, 60)
    .replace(/-$/, '');
  return `claimreview.${slug || 'import'}`;
}

/**
 * Validates a pack file all-or-nothing (Kensho's pack format, or schema.org ClaimReview) and says whether it would
 * replace an installed pack with the same id. Nothing is written here: the caller asks the reader first when
 * `replaces` is set.
 */
export function preparePackImport(
  text: string,
  existing: readonly StoredPack[],
  now = new Date(),
  fileName = 'claimreview.json',
): PreparedImport {
  const parsed = parsePack(text);
  let pack: StoredPack;
  if (parsed.ok) {
    pack = {
      id: parsed.pack.id,
      name: parsed.pack.name,
      format: 'kensho',
      enabled: true,
      importedAt: now.toISOString(),
      claims: parsed.pack.claims,
    };
  } else {
    // parsePack already refused size, depth and malformed JSON ('(file)'); anything else may be ClaimReview.
    if (parsed.error.path === '(file)') return parsed;
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) =>
      POISON_KEYS.has(key) ? undefined : value,
    );
    if (!looksLikeClaimReview(data)) return parsed;
    const reviews = importClaimReviews(data);
    if (!reviews.ok) return reviews;
    if (reviews.claims.length > PACK_LIMITS.maxClaims) {
      return {
        ok: false,
        error: {
          path: '(root)',
          message: `has ${reviews.claims.length} claims; packs may hold at most ${PACK_LIMITS.maxClaims}`,
        },
      };
    }
    const name = fileName.replace(/\.json$/i, '').slice(0, 120) || 'ClaimReview';
    pack = {
      id: packIdFromFileName(fileName),
      name: { en: name, ja: name },
      format: 'claimreview',
      enabled: true,
      importedAt: now.toISOString(),
      claims: reviews.claims,
    };
  }
  return { ok: true, pack, replaces: existing.find((p) => p.id === pack.id) ?? null };
}

/**
 * A stored pack in Kensho's pack format, as parsePack reads it back (ClaimReview imports are exported this way too).
 */
export function toPackFile(pack: StoredPack): EvidencePack {
  return { format: 'kensho-pack', version: 1, id: pack.id, name: pack.name, claims: pack.claims };
}
