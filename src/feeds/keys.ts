/** Ed25519 through Web Crypto (Node 20, Chrome ≥ 137, Firefox ≥ 129): public keys, fingerprints, signatures. */
import { fromBase64, toHex } from './base64';

export const ED25519 = { name: 'Ed25519' } as const;
/** A raw Ed25519 public key is 32 bytes; a signature is 64. */
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** The raw public key bytes of a `kensho-feed.pub` text (base64 of 32 bytes), or null. */
export function decodePublicKey(text: string): Uint8Array | null {
  const raw = fromBase64(text);
  return raw && raw.length === PUBLIC_KEY_BYTES ? raw : null;
}

/** SHA-256 of the raw public key, as 64 hex digits: what the reader compares with the publisher's. */
export async function keyFingerprint(raw: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', raw as BufferSource)));
}

/** The fingerprint in groups of four, easier to read aloud and compare. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

/** The `feed.keyId` a key signs for: "ed25519:" and the fingerprint's first 16 hex digits. */
export function keyIdOf(fingerprint: string): string {
  return `ed25519:${fingerprint.slice(0, 16)}`;
}

/** Verifies a detached Ed25519 signature over exactly `data`; false (never a throw) for a bad key or signature. */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    const key = await crypto.subtle.importKey('raw', publicKey as BufferSource, ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, signature as BufferSource, data as BufferSource);
  } catch {
    // A point that is not on the curve is refused by importKey: that key verifies nothing.
    return false;
  }
}
