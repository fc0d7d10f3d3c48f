/**
 * `kensho feed build DATA_DIR --version N --expires 30d --key KEY --out DIR`: validated, signed feed.json +
 * feed.json.sig.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toBase64 } from '../../feeds/base64';
import { checkFeed } from '../../feeds/check';
import { keyFingerprint, keyIdOf } from '../../feeds/keys';
import type { CliIo } from '../io';
import { FeedUsageError, parseExpiry, parseFeedArgs, required } from './feed-args';
import { readFeedData } from './feed-data';
import { rawPublicKey } from './feed-keygen';

export const FEED_FILE = 'feed.json';
export const SIGNATURE_FILE = 'feed.json.sig';

function loadPrivateKey(path: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(path));
  } catch (err) {
    throw new FeedUsageError(
      `cannot read the private key ${path} (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new FeedUsageError(`${path} is not an Ed25519 private key (make one with "kensho feed keygen")`);
  return key;
}

/** The version already published in DIR, if any: a new build must go above it. */
function publishedVersion(dir: string): number | null {
  try {
    const version = (JSON.parse(readFileSync(join(dir, FEED_FILE), 'utf8')) as { feed?: { version?: unknown } }).feed
      ?.version;
    return typeof version === 'number' ? version : null;
  } catch {
    return null;
  }
}

/** Builds, signs, checks its own output with the public key, then writes both files. */
export async function feedBuild(args: string[], io: CliIo, now = new Date()): Promise<number> {
  const parsed = parseFeedArgs(args, ['--version', '--expires', '--key', '--out']);
  if (parsed.positional.length !== 1) throw new FeedUsageError('give exactly one DATA_DIR');
  const dataDir = parsed.positional[0]!;
  const versionText = required(parsed, '--version');
  const version = Number(versionText);
  if (!/^\d+$/.test(versionText) || !Number.isSafeInteger(version) || version < 1)
    throw new FeedUsageError('--version must be a whole number of 1 or more');
  const expiresAt = parseExpiry(required(parsed, '--expires'), now);
  const keyPath = required(parsed, '--key');
  const privateKey = loadPrivateKey(keyPath);
  // Like ssh: a signing key others can read is a key others may have copied. Said, not refused (Windows has no modes).
  const mode = statSync(keyPath).mode & 0o777;
  if (process.platform !== 'win32' && mode & 0o077)
    io.stderr(
      `kensho feed build: warning: ${keyPath} is readable by others (mode ${mode.toString(8)}); run chmod 600 on it\n`,
    );
  const outDir = required(parsed, '--out');
  const previous = publishedVersion(outDir);
  if (previous !== null && version <= previous) {
    io.stderr(
      `kensho feed build: --version ${version} must be above the version already in ${outDir} (${previous}); readers never install a lower or equal version\n`,
    );
    return 1;
  }
  const data = readFeedData(dataDir);
  if (!data.ok) {
    io.stderr(
      `${data.problems.join('\n')}\nkensho feed build: ${data.problems.length} problem(s); nothing was written\n`,
    );
    return 1;
  }
  const raw = rawPublicKey(createPublicKey(privateKey).export({ format: 'jwk' }).x!);
  const keyId = keyIdOf(await keyFingerprint(raw));
  const feed = {
    feed: {
      id: data.info.id,
      title: data.info.title,
      version,
      issuedAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      keyId,
    },
    format: 'kensho-pack',
    version: 1,
    id: data.info.id,
    name: data.info.title,
    claims: data.claims,
  };
  const bytes = new TextEncoder().encode(`${JSON.stringify(feed, null, 2)}\n`);
  const signature = `${toBase64(new Uint8Array(sign(null, bytes, privateKey)))}\n`;
  // The reader's rules, applied before publishing: what fails here would be refused by every subscriber.
  const check = await checkFeed({ feed: bytes, signature }, { publicKey: raw, keyId }, null, now);
  if (check.status !== 'install') {
    io.stderr(
      `kensho feed build: the result would be refused (${check.status === 'refused' ? `${check.reason}: ${check.detail}` : check.status}); nothing was written\n`,
    );
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, FEED_FILE), bytes);
  writeFileSync(join(outDir, SIGNATURE_FILE), signature);
  io.stdout(
    `wrote ${join(outDir, FEED_FILE)} and ${join(outDir, SIGNATURE_FILE)}: feed "${data.info.id}" version ${version}, ${data.claims.length} claims, expires ${feed.feed.expiresAt}, key ${keyId}\n`,
  );
  return 0;
}
