import { describe, expect, it } from 'vitest';
import { decodePublicKey, verifyEd25519 } from '../../../src/feeds/keys';
import { fromBase64, toBase64 } from '../../../src/feeds/base64';

const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));

// RFC 8032, section 7.1 (Ed25519): TEST 1, 2, 3 and SHA(abc).
const VECTORS = [
  {
    name: 'TEST 1 (empty message)',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2 (one byte)',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3 (two bytes)',
    publicKey: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
  {
    name: 'TEST SHA(abc) (64 bytes)',
    publicKey: 'ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf',
    message:
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    signature:
      'dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704',
  },
];

describe('Ed25519 verifier (RFC 8032 test vectors)', () => {
  it.each(VECTORS)('$name verifies', async ({ publicKey, message, signature }) => {
    expect(await verifyEd25519(hex(publicKey), hex(signature), hex(message))).toBe(true);
  });

  it.each(VECTORS)(
    '$name: a flipped bit in the message, the signature or the key fails',
    async ({ publicKey, message, signature }) => {
      const flip = (bytes: Uint8Array, at: number) => {
        const out = bytes.slice();
        out[at] = out[at]! ^ 0x01;
        return out;
      };
      const msg = message ? flip(hex(message), 0) : new Uint8Array([0]);
      expect(await verifyEd25519(hex(publicKey), hex(signature), msg)).toBe(false);
      expect(await verifyEd25519(hex(publicKey), flip(hex(signature), 5), hex(message))).toBe(false);
      expect(await verifyEd25519(hex(publicKey), flip(hex(signature), 40), hex(message))).toBe(false);
      expect(await verifyEd25519(flip(hex(publicKey), 3), hex(signature), hex(message))).toBe(false);
    },
  );

  it('a key or signature of the wrong length never verifies (and never throws)', async () => {
    const v = VECTORS[1]!;
    expect(await verifyEd25519(hex(v.publicKey).slice(0, 31), hex(v.signature), hex(v.message))).toBe(false);
    expect(await verifyEd25519(hex(v.publicKey), hex(v.signature).slice(0, 63), hex(v.message))).toBe(false);
  });

  it('public keys are read from base64 of exactly 32 bytes', () => {
    const raw = hex(VECTORS[0]!.publicKey);
    expect(decodePublicKey(`  ${toBase64(raw)}\n`)).toEqual(raw);
    expect(decodePublicKey(toBase64(raw.slice(0, 31)))).toBeNull();
    expect(decodePublicKey('not base64!')).toBeNull();
    expect(fromBase64('abc')).toBeNull();
  });
});
