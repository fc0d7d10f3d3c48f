/**
 * The rules a downloaded feed must pass before it replaces anything: size, signature with the pinned key, schema,
 * key id, expiry, and a version above the installed one. Shared by the extension and `kensho feed verify`.
 */
import { fromBase64 } from './base64';
import { FEED_LIMITS, parseFeed, type Feed, type FeedMeta } from './format';
import { verifyEd25519 } from './keys';

/** Why a feed was not installed; the options page explains each in the reader's language. */
export const FEED_REFUSALS = [
  'network',
  'http',
  'timeout',
  'too-large',
  'signature',
  'wrong-key',
  'schema',
  'expired',
  'older',
  'storage',
] as const;
export type FeedRefusal = (typeof FEED_REFUSALS)[number];

export type FeedCheck =
  | { status: 'install'; feed: Feed }
  /** The same version as the one installed: nothing to do, and nothing wrong. */
  | { status: 'unchanged'; meta: FeedMeta }
  | { status: 'refused'; reason: FeedRefusal; detail: string };

/** The key a subscription pinned: raw public key bytes and the key id they give. */
export interface PinnedKey {
  publicKey: Uint8Array;
  keyId: string;
}

const refuse = (reason: FeedRefusal, detail: string): FeedCheck => ({ status: 'refused', reason, detail });

/** The `feed.keyId` an unverified file claims, only to tell a wrong key from a changed file in the message. */
function claimedKeyId(bytes: Uint8Array): string | null {
  const found = /"keyId"\s*:\s*"(ed25519:[0-9a-f]{16})"/.exec(new TextDecoder().decode(bytes));
  return found?.[1] ?? null;
}

/** Checks downloaded feed bytes and signature text; `installedVersion` is null when nothing is installed yet. */
export async function checkFeed(
  files: { feed: Uint8Array; signature: string },
  pin: PinnedKey,
  installedVersion: number | null,
  now: Date,
): Promise<FeedCheck> {
  if (files.feed.length > FEED_LIMITS.maxBytes)
    return refuse('too-large', `feed.json is ${files.feed.length} bytes; at most ${FEED_LIMITS.maxBytes}`);
  const signature = fromBase64(files.signature);
  if (!signature || signature.length !== 64)
    return refuse('signature', 'feed.json.sig is not a base64 Ed25519 signature (64 bytes)');
  // The signature is checked before the file is even parsed: an unsigned file is never read as a feed.
  if (!(await verifyEd25519(pin.publicKey, signature, files.feed))) {
    const claimed = claimedKeyId(files.feed);
    if (claimed && claimed !== pin.keyId)
      return refuse('wrong-key', `feed.json is signed for key ${claimed}, but the key given is ${pin.keyId}`);
    return refuse(
      'signature',
      'the signature does not match feed.json (the file was changed after signing, or signed with another key)',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(files.feed);
  } catch {
    return refuse('schema', 'feed.json is not UTF-8 text');
  }
  const parsed = parseFeed(text);
  if (!parsed.ok) return refuse('schema', `${parsed.error.path}: ${parsed.error.message}`);
  const { meta } = parsed.feed;
  if (meta.keyId !== pin.keyId)
    return refuse('wrong-key', `feed.keyId is ${meta.keyId}, but the key given is ${pin.keyId}`);
  if (Date.parse(meta.expiresAt) <= now.getTime()) return refuse('expired', `the feed expired at ${meta.expiresAt}`);
  if (installedVersion !== null && meta.version < installedVersion) {
    return refuse(
      'older',
      `version ${meta.version} is older than the installed version ${installedVersion} (no rollback)`,
    );
  }
  if (installedVersion !== null && meta.version === installedVersion) return { status: 'unchanged', meta };
  return { status: 'install', feed: parsed.feed };
}
