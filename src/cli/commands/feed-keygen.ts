/** `kensho feed keygen --out DIR`: a new Ed25519 key pair for signing feeds. The private key is never printed. */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toBase64 } from '../../feeds/base64';
import { groupFingerprint, keyFingerprint, keyIdOf } from '../../feeds/keys';
import type { CliIo } from '../io';
import { parseFeedArgs, required } from './feed-args';

export const PRIVATE_KEY_FILE = 'kensho-feed.key';
export const PUBLIC_KEY_FILE = 'kensho-feed.pub';

/** The raw 32-byte public key of a Node Ed25519 key object (its JWK `x`, base64url). */
export function rawPublicKey(jwkX: string): Uint8Array {
  return new Uint8Array(Buffer.from(jwkX, 'base64url'));
}

/** Writes DIR/kensho-feed.key (PKCS#8 PEM, mode 600) and DIR/kensho-feed.pub (base64 raw key); never overwrites. */
export async function feedKeygen(args: string[], io: CliIo): Promise<number> {
  const dir = required(parseFeedArgs(args, ['--out']), '--out');
  const keyPath = join(dir, PRIVATE_KEY_FILE);
  const pubPath = join(dir, PUBLIC_KEY_FILE);
  const existing = [keyPath, pubPath].find((p) => existsSync(p));
  if (existing) {
    io.stderr(`kensho feed keygen: ${existing} already exists; refusing to overwrite a key (move it away first)\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey.export({ format: 'jwk' }).x!);
  // 'wx' fails if the file appeared meanwhile; mode 600 so only the owner can read the private key.
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(pubPath, `${toBase64(raw)}\n`, { flag: 'wx' });
  const fingerprint = await keyFingerprint(raw);
  io.stdout(
    `wrote ${keyPath} (private: keep it secret, readable only by you)\n` +
      `wrote ${pubPath} (public: give it to readers)\n` +
      `key id       ${keyIdOf(fingerprint)}\nfingerprint  ${groupFingerprint(fingerprint)}\n`,
  );
  return 0;
}
