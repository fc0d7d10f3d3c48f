/** Builds signed feeds in tests with a fresh Ed25519 key, so each rule can be broken one at a time. */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { toBase64 } from '../../../src/feeds/base64';
import { keyFingerprint, keyIdOf } from '../../../src/feeds/keys';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';

export interface TestKey {
  privateKey: KeyObject;
  raw: Uint8Array;
  publicKey: string;
  fingerprint: string;
  keyId: string;
}

export async function testKey(): Promise<TestKey> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url'));
  const fingerprint = await keyFingerprint(raw);
  return { privateKey, raw, publicKey: toBase64(raw), fingerprint, keyId: keyIdOf(fingerprint) };
}

/** A feed object (version, dates and anything else overridable) for `key`. */
export function feedObject(
  key: TestKey,
  over: { version?: number; issuedAt?: string; expiresAt?: string; keyId?: string; extra?: object } = {},
) {
  return {
    feed: {
      id: 'test-feed',
      title: { en: 'Test feed', ja: 'テストフィード' },
      version: over.version ?? 1,
      issuedAt: over.issuedAt ?? '2026-12-01T00:00:00Z',
      expiresAt: over.expiresAt ?? '2027-01-01T00:00:00Z',
      keyId: over.keyId ?? key.keyId,
    },
    format: 'kensho-pack',
    version: 1,
    id: 'test-feed',
    name: { en: 'Test feed', ja: 'テストフィード' },
    claims: FIXTURE_CLAIMS.slice(0, 3).map((c) => ({ ...c, disputes: [] })),
    ...over.extra,
  };
}

/** The two published files: feed.json's exact bytes and the base64 signature over them. */
export function signedFiles(key: TestKey, feed: object): { feed: Uint8Array; signature: string } {
  const bytes = new TextEncoder().encode(`${JSON.stringify(feed, null, 2)}\n`);
  return { feed: bytes, signature: `${toBase64(new Uint8Array(sign(null, bytes, key.privateKey)))}\n` };
}

export const NOW = new Date('2026-12-07T00:00:00Z');
