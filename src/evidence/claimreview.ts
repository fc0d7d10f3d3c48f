import { isUndone, statusAt, type UpdateStatus } from '../core/claim-status';
import type { Claim, ClaimUpdate, Lang, Source } from './schema';

/**
 * schema.org ClaimReview (the JSON-LD fact-checkers publish and Google Fact Check Tools reads).
 * Kensho-only fields travel in `additionalProperty` as PropertyValues named `kensho:<field>`,
 * so other tools see an ordinary ClaimReview and Kensho gets its claim back exactly.
 */
export type Json = Record<string, unknown>;
export const KENSHO_FIELDS = [
  'id',
  'topic',
  'statement',
  'summary',
  'entities',
  'terms',
  'figures',
  'disputes',
  'sources',
] as const;
/** Kensho fields a claim may lack; exported only when present. Plain strings. */
export const OPTIONAL_KENSHO_FIELDS = ['since', 'reviewed', 'corroboration'] as const;
/** Kensho fields a claim may lack, exported as JSON text when present. */
export const OPTIONAL_JSON_FIELDS = ['updates', 'requires'] as const;
/**
 * Marks a later review (one per dated update) with the id of the claim it updates; importers read the claim's own
 * review.
 */
export const UPDATE_OF = 'kensho:updateOf';

/** How a later review rates the claim after an update (Kensho grades developments, not truth). */
const UPDATE_RATING: Record<UpdateStatus, string> = {
  confirmed: 'Confirmed by later reporting',
  revised: 'Revised by later reporting',
  overtaken: 'Overtaken by later events',
  contested: 'Contested by later reporting',
  retracted: 'Retracted',
};

export interface ExportOptions {
  /** Language of the schema.org text fields; the Kensho fields always carry both. */
  lang?: Lang;
  /** Address of a page reviewing the claim, if one exists (Kensho itself publishes none). */
  reviewUrl?: (claim: Claim) => string | undefined;
  author?: { name: string; url?: string };
}

const org = (name: string, url?: string): Json => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });
const byDate = (a: Source, b: Source) => a.date.localeCompare(b.date);
const property = (propertyID: string, value: string): Json => ({ '@type': 'PropertyValue', propertyID, value });
const appearance = (sources: readonly Source[]): Json[] =>
  sources
    .filter((s) => s.url)
    .map((s) => ({
      '@type': 'CreativeWork',
      url: s.url,
      ...(s.title ? { headline: s.title } : {}),
      datePublished: s.date,
      inLanguage: s.lang,
      publisher: org(s.publisher),
    }));

/** One claim as a ClaimReview JSON-LD object. */
export function toClaimReview(claim: Claim, opts: ExportOptions = {}): Json {
  const lang = opts.lang ?? 'en';
  const asserting = claim.sources.filter((s) => s.stance === 'supports').sort(byDate);
  const disputed = claim.disputes.length > 0 || claim.sources.some((s) => s.stance === 'disputes');
  const url = opts.reviewUrl?.(claim);
  const now = statusAt(claim.updates);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: claim.statement[lang],
    reviewBody: claim.summary[lang],
    inLanguage: lang,
    datePublished: claim.reviewed ?? [...claim.sources].sort(byDate).at(-1)?.date,
    author: org(opts.author?.name ?? 'Kensho', opts.author?.url),
    itemReviewed: {
      '@type': 'Claim',
      ...(asserting[0] ? { author: org(asserting[0].publisher), datePublished: asserting[0].date } : {}),
      appearance: appearance(asserting),
    },
    // Kensho does not grade claims true or false; the rating says whether the evidence disagrees, or that later
    // events undid the claim (its later reviews say how).
    reviewRating: {
      '@type': 'Rating',
      alternateName: isUndone(now)
        ? UPDATE_RATING[now as UpdateStatus]
        : disputed
          ? 'Disputed: sources disagree'
          : 'Sourced, not disputed in Kensho',
    },
    additionalProperty: [
      ...KENSHO_FIELDS.map((field) =>
        property(`kensho:${field}`, typeof claim[field] === 'string' ? claim[field] : JSON.stringify(claim[field])),
      ),
      ...OPTIONAL_KENSHO_FIELDS.flatMap((field) =>
        claim[field] === undefined ? [] : [property(`kensho:${field}`, claim[field])],
      ),
      ...OPTIONAL_JSON_FIELDS.flatMap((field) =>
        claim[field] === undefined ? [] : [property(`kensho:${field}`, JSON.stringify(claim[field]))],
      ),
    ],
  };
}

/**
 * One dated update as a later ClaimReview of the same claim: dated the update's day, rated by what it did to the
 * claim, with its sources as where the development was reported. Kensho's importer reads the update back from the
 * claim's own review (`kensho:updates`) and skips these.
 */
export function toUpdateReview(claim: Claim, update: ClaimUpdate, opts: ExportOptions = {}): Json {
  const lang = opts.lang ?? 'en';
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.statement[lang],
    reviewBody: update.summary[lang],
    inLanguage: lang,
    datePublished: update.date,
    author: org(opts.author?.name ?? 'Kensho', opts.author?.url),
    itemReviewed: { '@type': 'Claim', appearance: appearance(update.sources) },
    reviewRating: { '@type': 'Rating', alternateName: UPDATE_RATING[update.status] },
    additionalProperty: [property(UPDATE_OF, claim.id), property('kensho:status', update.status)],
  };
}

/**
 * Many claims as a list of ClaimReview objects (a valid JSON-LD document as a whole): each claim, then its updates as
 * later reviews.
 */
export function exportClaimReviews(claims: readonly Claim[], opts: ExportOptions = {}): Json[] {
  return claims.flatMap((c) => [toClaimReview(c, opts), ...(c.updates ?? []).map((u) => toUpdateReview(c, u, opts))]);
}
