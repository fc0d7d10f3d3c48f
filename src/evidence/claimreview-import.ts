import * as v from 'valibot';
import { KENSHO_FIELDS, OPTIONAL_JSON_FIELDS, OPTIONAL_KENSHO_FIELDS, UPDATE_OF, type Json } from './claimreview';
import { ClaimSchema, type Claim, type Lang, type Source } from './schema';
import type { Topic } from './topics';
import { guessTopic } from './topic-guess';
import { checkClaims } from './validate';

/** Import side of ClaimReview support: Kensho's own exports come back exactly, third-party reviews get defaults. */
export type ImportResult = { ok: true; claims: Claim[] } | { ok: false; error: { path: string; message: string } };
class ImportError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const obj = (x: unknown): Json | undefined =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined;
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const isReview = (n: Json) => [n['@type']].flat().includes('ClaimReview');
/** A later review Kensho exported for one of a claim's updates: the claim's own review carries the update. */
const isUpdateReview = (n: Json) =>
  (Array.isArray(n.additionalProperty) ? n.additionalProperty : []).some((p) => obj(p)?.propertyID === UPDATE_OF);

function kenshoFields(node: Json): Json | undefined {
  const props = (Array.isArray(node.additionalProperty) ? node.additionalProperty : []).map(obj);
  const found: Json = {};
  for (const field of KENSHO_FIELDS) {
    const value = props.find((p) => p?.propertyID === `kensho:${field}`)?.value;
    if (typeof value !== 'string') return undefined;
    try {
      found[field] = field === 'id' || field === 'topic' ? value : JSON.parse(value);
    } catch {
      throw new ImportError(`additionalProperty[kensho:${field}]`, 'is not valid JSON');
    }
  }
  for (const field of OPTIONAL_KENSHO_FIELDS) {
    const value = props.find((p) => p?.propertyID === `kensho:${field}`)?.value;
    if (value !== undefined) found[field] = value;
  }
  for (const field of OPTIONAL_JSON_FIELDS) {
    const value = props.find((p) => p?.propertyID === `kensho:${field}`)?.value;
    if (value === undefined) continue;
    try {
      found[field] = typeof value === 'string' ? JSON.parse(value) : value;
    } catch {
      throw new ImportError(`additionalProperty[kensho:${field}]`, 'is not valid JSON');
    }
  }
  return found;
}

/** FNV-1a, only to make imported ids stable and distinct; not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

function stanceOf(rating: Json | undefined): Source['stance'] {
  const name = (str(rating?.alternateName) ?? '').toLowerCase();
  if (/false|incorrect|wrong|misleading|fake|誤り|虚偽|不正確|ミスリード/.test(name)) return 'disputes';
  if (/^(true|mostly true|correct|accurate)|正確|事実/.test(name)) return 'supports';
  const [value, best, worst] = [rating?.ratingValue, rating?.bestRating, rating?.worstRating].map(Number);
  if ([value, best, worst].every(Number.isFinite) && best !== worst) {
    const share = (value! - worst!) / (best! - worst!);
    if (share <= 1 / 3) return 'disputes';
    if (share >= 2 / 3) return 'supports';
  }
  return 'context';
}

/** A third-party ClaimReview has one language and no Kensho fields; fill them with honest defaults. */
function fromThirdParty(node: Json, topic: Topic | undefined): Json {
  const text = str(node.claimReviewed);
  if (!text) throw new ImportError('claimReviewed', 'is required to import a ClaimReview');
  const url = str(node.url);
  if (!url) throw new ImportError('url', 'is required: the review page becomes the claim’s source');
  if (!URL.canParse(url) || !/^https?:/i.test(url)) throw new ImportError('url', 'must be an http(s) URL');
  const date = str(node.datePublished)?.slice(0, 10);
  if (!date) throw new ImportError('datePublished', 'is required: every Kensho source is dated');
  // Topic: the caller's choice wins; otherwise a keyword guess, and no guess means no import.
  const chosen = topic ?? guessTopic(`${text} ${str(node.reviewBody) ?? ''}`);
  if (!chosen)
    throw new ImportError(
      'claimReviewed',
      'cannot tell which Kensho topic this is about; import it with an explicit topic',
    );
  const lang: Lang = str(node.inLanguage)?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const reviewer = str(obj(node.author)?.name) ?? new URL(url).hostname;
  const verdict = str(obj(node.reviewRating)?.alternateName);
  const claimant = str(obj(obj(node.itemReviewed)?.author)?.name);
  const summary = clip(verdict ? `${reviewer}: ${verdict}` : `Reviewed by ${reviewer}`, 300);
  const slug = new URL(url).pathname
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    ?.slice(-6)
    .join('-')
    .slice(0, 50)
    .replace(/-$/, '');
  return {
    id: `cr.${slug ? `${slug}-` : ''}${hash(url + text)}`,
    topic: chosen,
    // Only one wording is known, so both languages show it rather than an invented translation.
    statement: { en: clip(text, 400), ja: clip(text, 400) },
    summary: { en: summary, ja: summary },
    entities: { en: claimant ? [clip(claimant, 60)] : [], ja: claimant ? [clip(claimant, 60)] : [] },
    terms: { en: [], ja: [] },
    figures: [],
    disputes: [],
    sources: [
      {
        url,
        publisher: clip(reviewer, 120),
        kind: 'research',
        lang,
        date,
        title: clip(str(node.headline) ?? str(node.name) ?? text, 300),
        stance: stanceOf(obj(node.reviewRating)),
        summary: clip(verdict ? `Fact-check rating: ${verdict}` : 'Fact-check of this claim', 400),
      },
    ],
  };
}

/** Reads ClaimReview JSON-LD (one object, a list or an @graph) into validated Kensho claims. */
export function importClaimReviews(input: unknown, opts: { topic?: Topic } = {}): ImportResult {
  const root = obj(input);
  const nodes = (
    Array.isArray(input) ? input : Array.isArray(root?.['@graph']) ? (root['@graph'] as unknown[]) : [input]
  ).map(obj);
  const claims: Claim[] = [];
  let later = 0;
  for (const [i, node] of nodes.entries()) {
    if (!node || !isReview(node)) continue;
    if (isUpdateReview(node)) {
      later++;
      continue;
    }
    try {
      const candidate = kenshoFields(node) ?? fromThirdParty(node, opts.topic);
      const parsed = v.safeParse(ClaimSchema, candidate);
      if (!parsed.success) {
        const keys = (parsed.issues[0].path ?? []).map((p) =>
          typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`,
        );
        return { ok: false, error: { path: `[${i}]${keys.join('')}`, message: parsed.issues[0].message } };
      }
      claims.push(parsed.output);
    } catch (err) {
      if (err instanceof ImportError) return { ok: false, error: { path: `[${i}].${err.path}`, message: err.message } };
      throw err;
    }
  }
  if (!claims.length) {
    const message = later
      ? 'contains only later reviews (updates) of claims it does not include; import the claims’ own reviews too'
      : 'contains no ClaimReview';
    return { ok: false, error: { path: '(root)', message } };
  }
  const [dup] = checkClaims([{ file: 'import', claims }], false);
  if (dup) return { ok: false, error: { path: `${dup.claimId}.${dup.path}`, message: dup.message } };
  return { ok: true, claims };
}
