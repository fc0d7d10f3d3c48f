import type { Claim, Lang, Source } from './schema';

/**
 * schema.org ClaimReview (the JSON-LD fact-checkers publish and Google Fact Check Tools reads).
 * Kensho-only fields travel in `additionalProperty` as PropertyValues named `kensho:<field>`,
 * so other tools see an ordinary ClaimReview and Kensho gets its claim back exactly.
 */
export type Json = Record<string, unknown>;
export const KENSHO_FIELDS = ['id', 'topic', 'statement', 'summary', 'entities', 'terms', 'figures', 'disputes', 'sources'] as const;
/** Kensho fields a claim may lack; exported only when present. Plain strings. */
export const OPTIONAL_KENSHO_FIELDS = ['since'] as const;
/** Kensho fields a claim may lack that are structured: exported as JSON text only when present. */
export const OPTIONAL_JSON_KENSHO_FIELDS = ['requires'] as const;

export interface ExportOptions {
  /** Language of the schema.org text fields; the Kensho fields always carry both. */
  lang?: Lang;
  /** Address of a page reviewing the claim, if one exists (Kensho itself publishes none). */
  reviewUrl?: (claim: Claim) => string | undefined;
  author?: { name: string; url?: string };
}

const org = (name: string, url?: string): Json => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });
const byDate = (a: Source, b: Source) => a.date.localeCompare(b.date);

/** One claim as a ClaimReview JSON-LD object. */
export function toClaimReview(claim: Claim, opts: ExportOptions = {}): Json {
  const lang = opts.lang ?? 'en';
  const asserting = claim.sources.filter((s) => s.stance === 'supports').sort(byDate);
  const disputed = claim.disputes.length > 0 || claim.sources.some((s) => s.stance === 'disputes');
  const url = opts.reviewUrl?.(claim);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: claim.statement[lang],
    reviewBody: claim.summary[lang],
    inLanguage: lang,
    datePublished: [...claim.sources].sort(byDate).at(-1)?.date,
    author: org(opts.author?.name ?? 'Kensho', opts.author?.url),
    itemReviewed: {
      '@type': 'Claim',
      ...(asserting[0] ? { author: org(asserting[0].publisher), datePublished: asserting[0].date } : {}),
      appearance: asserting.filter((s) => s.url).map((s) => ({
        '@type': 'CreativeWork', url: s.url, headline: s.title, datePublished: s.date, inLanguage: s.lang, publisher: org(s.publisher),
      })),
    },
    // Kensho does not grade claims true or false; the rating only says whether the evidence disagrees.
    reviewRating: { '@type': 'Rating', alternateName: disputed ? 'Disputed: sources disagree' : 'Sourced, not disputed in Kensho' },
    additionalProperty: [
      ...KENSHO_FIELDS.map((field) => ({
        '@type': 'PropertyValue', propertyID: `kensho:${field}`, value: typeof claim[field] === 'string' ? claim[field] : JSON.stringify(claim[field]),
      })),
      ...OPTIONAL_KENSHO_FIELDS.flatMap((field) => (claim[field] === undefined ? [] : [{ '@type': 'PropertyValue', propertyID: `kensho:${field}`, value: claim[field] }])),
      ...OPTIONAL_JSON_KENSHO_FIELDS.flatMap((field) => (claim[field] === undefined ? [] : [{ '@type': 'PropertyValue', propertyID: `kensho:${field}`, value: JSON.stringify(claim[field]) }])),
    ],
  };
}

/** Many claims as a list of ClaimReview objects (a valid JSON-LD document as a whole). */
export function exportClaimReviews(claims: readonly Claim[], opts: ExportOptions = {}): Json[] {
  return claims.map((c) => toClaimReview(c, opts));
}
