import * as v from 'valibot';
import { Bilingual, ClaimSchema, Id, type Claim } from './schema';
import { checkClaims, toEvidenceIssues } from './validate';

/** Limits for user-imported packs: they come from strangers, so every dimension is bounded. */
export const PACK_LIMITS = { maxBytes: 2 * 1024 * 1024, maxDepth: 16, maxClaims: 500 } as const;

export const PackSchema = v.strictObject({
  format: v.literal('kensho-pack', 'must be "kensho-pack"'),
  version: v.literal(1, 'must be 1 (the only pack version this Kensho reads)'),
  id: Id,
  name: Bilingual(120),
  claims: v.pipe(v.array(ClaimSchema), v.minLength(1, 'needs at least one claim')),
});

export type EvidencePack = v.InferOutput<typeof PackSchema>;
export type PackError = { path: string; message: string };
export type PackResult = { ok: true; pack: EvidencePack } | { ok: false; error: PackError };

/** Keys that could reach an object prototype if a consumer ever merged the pack into an object. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Bidi controls and zero-width characters: invisible, so they could make two ids look identical. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Embeddings, overrides and isolates: in pack text they could make a publisher or title read backwards. */
const DIRECTIONAL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Removes bidi embedding/override/isolate controls from any string of an untrusted pack (marks and ZWJ stay). */
export function stripDirectionalControls(text: string): string {
  return text.replace(DIRECTIONAL, '');
}

const fail = (path: string, message: string): PackResult => ({ ok: false, error: { path, message } });

/** Deepest bracket nesting, counted on the raw text so a hostile file never reaches the parser. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      max = Math.max(max, ++depth);
      if (max > limit) return max;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return max;
}

const cleanId = (value: unknown): unknown => (typeof value === 'string' ? value.replace(INVISIBLE, '') : value);

/** Strips invisible characters from the pack id, claim ids and dispute targets (other text is left as written). */
function cleanIds(raw: unknown): void {
  if (!raw || typeof raw !== 'object') return;
  const pack = raw as { id?: unknown; claims?: unknown };
  pack.id = cleanId(pack.id);
  if (!Array.isArray(pack.claims)) return;
  for (const claim of pack.claims) {
    if (!claim || typeof claim !== 'object') continue;
    const c = claim as { id?: unknown; disputes?: unknown };
    c.id = cleanId(c.id);
    if (Array.isArray(c.disputes)) c.disputes = c.disputes.map(cleanId);
  }
}

/** Parses a user-supplied pack; all or nothing, and the error names the first problem with its path. */
export function parsePack(text: string): PackResult {
  if (typeof text !== 'string') return fail('(file)', 'must be text');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PACK_LIMITS.maxBytes)
    return fail('(file)', `is ${bytes} bytes; packs may be at most ${PACK_LIMITS.maxBytes} bytes`);
  const body = text.replace(/^\uFEFF/, '');
  if (nestingDepth(body, PACK_LIMITS.maxDepth) > PACK_LIMITS.maxDepth) {
    return fail('(file)', `nests deeper than ${PACK_LIMITS.maxDepth} levels`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body, (key, value: unknown) =>
      POISON_KEYS.has(key) ? undefined : typeof value === 'string' ? stripDirectionalControls(value) : value,
    );
  } catch (err) {
    return fail('(file)', `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail('(root)', 'must be a JSON object with "format": "kensho-pack"');
  const claims = (raw as { claims?: unknown }).claims;
  if (Array.isArray(claims) && claims.length > PACK_LIMITS.maxClaims) {
    return fail('claims', `has ${claims.length} claims; packs may hold at most ${PACK_LIMITS.maxClaims}`);
  }
  cleanIds(raw);
  const result = v.safeParse(PackSchema, raw);
  if (!result.success) {
    const [first] = toEvidenceIssues('pack', raw, result.issues);
    if (!first) return fail('(root)', 'is not a Kensho pack');
    const keys = (result.issues[0]?.path ?? []).map((p) =>
      typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`,
    );
    const path = keys.join('').replace(/^\./, '') || '(root)';
    return fail(path, first.claimId === undefined ? first.message : `${first.message} (claim "${first.claimId}")`);
  }
  const [problem] = checkClaims([{ file: 'pack', claims: result.output.claims }], false);
  if (problem) {
    // A duplicate is reported where it repeats, i.e. at the second claim carrying the id.
    const indices = result.output.claims.flatMap((c: Claim, i) => (c.id === problem.claimId ? [i] : []));
    const index = (problem.path === 'id' ? indices[1] : indices[0]) ?? 0;
    const path = `claims[${index}].${problem.path}`;
    return fail(path, `${problem.message} (claim "${problem.claimId}")`);
  }
  return { ok: true, pack: result.output };
}

/** Serialises a pack the way parsePack reads it (canonical 2-space JSON). */
export function serializePack(pack: EvidencePack): string {
  return JSON.stringify(pack, null, 2) + '\n';
}
