/** `kensho feed verify DIR --pubkey PUB`: exit 0 when signature, schema and dates hold; 1 with the reason otherwise. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFeed } from '../../feeds/check';
import { decodePublicKey, keyFingerprint, keyIdOf } from '../../feeds/keys';
import type { CliIo } from '../io';
import { FeedUsageError, parseFeedArgs, required } from './feed-args';
import { FEED_FILE, SIGNATURE_FILE } from './feed-build';

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Verifies DIR/feed.json against DIR/feed.json.sig with the public key, applying the reader's rules. */
export async function feedVerify(args: string[], io: CliIo, now = new Date()): Promise<number> {
  const parsed = parseFeedArgs(args, ['--pubkey']);
  if (parsed.positional.length !== 1)
    throw new FeedUsageError('give exactly one DIR (the folder holding feed.json and feed.json.sig)');
  const dir = parsed.positional[0]!;
  const pubPath = required(parsed, '--pubkey');
  const pubText = readOrNull(pubPath);
  if (!pubText) throw new FeedUsageError(`cannot read the public key ${pubPath}`);
  const publicKey = decodePublicKey(pubText.toString('utf8'));
  if (!publicKey)
    throw new FeedUsageError(
      `${pubPath} is not a Kensho feed public key (base64 of 32 bytes, as "kensho feed keygen" writes)`,
    );
  const feed = readOrNull(join(dir, FEED_FILE));
  const signature = readOrNull(join(dir, SIGNATURE_FILE));
  const missing = !feed ? FEED_FILE : !signature ? SIGNATURE_FILE : null;
  if (missing) {
    io.stderr(`kensho feed verify: refused: ${join(dir, missing)} is missing\n`);
    return 1;
  }
  const keyId = keyIdOf(await keyFingerprint(publicKey));
  const check = await checkFeed(
    { feed: new Uint8Array(feed!), signature: signature!.toString('utf8') },
    { publicKey, keyId },
    null,
    now,
  );
  if (check.status === 'refused') {
    io.stderr(`kensho feed verify: refused (${check.reason}): ${check.detail}\n`);
    return 1;
  }
  const { meta, pack } = check.status === 'install' ? check.feed : { meta: check.meta, pack: null };
  io.stdout(
    `ok: feed "${meta.id}" version ${meta.version}, ${pack?.claims.length ?? 0} claims, issued ${meta.issuedAt}, expires ${meta.expiresAt}, key ${meta.keyId}\n`,
  );
  return 0;
}
