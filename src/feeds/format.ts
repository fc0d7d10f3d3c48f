/**
 * The feed format: a Kensho pack with a top-level `feed` object, published as `feed.json` and a detached base64
 * Ed25519 signature over its exact bytes, `feed.json.sig` (docs/feeds.md). Data only: claims, sources and dates.
 */
import * as v from 'valibot';
import { PACK_LIMITS, parsePack, stripDirectionalControls, type EvidencePack, type PackError } from '../evidence/pack';
import { Bilingual, Id } from '../evidence/schema';

/** Both files together may be at most this big; a bigger download is cut off and refused. */
export const FEED_LIMITS = { maxBytes: PACK_LIMITS.maxBytes, maxSignatureBytes: 1024 } as const;

/** An ISO 8601 UTC timestamp like 2026-12-07T00:00:00Z (milliseconds allowed). */
const Timestamp = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/, 'must be a UTC timestamp like 2026-12-07T00:00:00Z'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date'),
);

export const FeedMetaSchema = v.pipe(
  v.strictObject({
    id: Id,
    title: Bilingual(120),
    /** Rises with every release; a reader never installs a version lower than or equal to the one installed. */
    version: v.pipe(
      v.number('must be a number'),
      v.integer('must be a whole number'),
      v.minValue(1),
      v.maxValue(Number.MAX_SAFE_INTEGER),
    ),
    issuedAt: Timestamp,
    expiresAt: Timestamp,
    /** "ed25519:" + the first 16 hex digits of the SHA-256 of the raw public key that signs this feed. */
    keyId: v.pipe(v.string(), v.regex(/^ed25519:[0-9a-f]{16}$/, 'must look like "ed25519:" and 16 hex digits')),
  }),
  v.check((m) => Date.parse(m.expiresAt) > Date.parse(m.issuedAt), 'expiresAt must be after issuedAt'),
);

export type FeedMeta = v.InferOutput<typeof FeedMetaSchema>;
export interface Feed {
  meta: FeedMeta;
  pack: EvidencePack;
}
export type FeedParse = { ok: true; feed: Feed } | { ok: false; error: PackError };

const fail = (path: string, message: string): FeedParse => ({ ok: false, error: { path, message } });

/** Parses feed.json text: the `feed` object, then the rest exactly as a pack import would (same limits and checks). */
export function parseFeed(text: string): FeedParse {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > FEED_LIMITS.maxBytes)
    return fail('(file)', `is ${bytes} bytes; feeds may be at most ${FEED_LIMITS.maxBytes} bytes`);
  let raw: unknown;
  try {
    // Like pack text, the feed's title may not carry bidi overrides that would make it read backwards on a card.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), (_key, value: unknown) =>
      typeof value === 'string' ? stripDirectionalControls(value) : value,
    );
  } catch (err) {
    return fail('(file)', `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('(root)', 'must be a JSON object');
  const { feed, ...rest } = raw as Record<string, unknown>;
  if (feed === undefined) return fail('feed', 'is required (a feed is a pack with a "feed" object)');
  const meta = v.safeParse(FeedMetaSchema, feed);
  if (!meta.success) {
    const issue = meta.issues[0];
    const keys = (issue.path ?? []).map((p) => String(p.key)).join('.');
    return fail(keys ? `feed.${keys}` : 'feed', issue.message);
  }
  // The pack part goes through parsePack as text, so a feed gets every limit and clean-up an imported pack gets.
  const pack = parsePack(JSON.stringify(rest));
  if (!pack.ok) return pack;
  if (pack.pack.id !== meta.output.id)
    return fail('feed.id', `is "${meta.output.id}" but the pack id is "${pack.pack.id}"; they must be the same`);
  return { ok: true, feed: { meta: meta.output, pack: pack.pack } };
}
