import { beforeAll, describe, expect, it } from 'vitest';
import { checkFeed } from '../../../src/feeds/check';
import { FEED_LIMITS, parseFeed } from '../../../src/feeds/format';
import { feedObject, NOW, signedFiles, testKey, type TestKey } from './signed-feed';

let key: TestKey;
let other: TestKey;
beforeAll(async () => {
  key = await testKey();
  other = await testKey();
});
const pin = () => ({ publicKey: key.raw, keyId: key.keyId });

describe('feed rules', () => {
  it('installs a well-signed, valid, current feed', async () => {
    const check = await checkFeed(signedFiles(key, feedObject(key)), pin(), null, NOW);
    expect(check.status).toBe('install');
    if (check.status === 'install') {
      expect(check.feed.meta).toMatchObject({ id: 'test-feed', version: 1, keyId: key.keyId });
      expect(check.feed.pack.claims).toHaveLength(3);
    }
  });

  it('a changed byte: the signature does not match', async () => {
    const files = signedFiles(key, feedObject(key));
    const changed = files.feed.slice();
    const at = new TextDecoder().decode(changed).indexOf('Test feed');
    changed[at] = 'B'.charCodeAt(0);
    expect(await checkFeed({ ...files, feed: changed }, pin(), null, NOW)).toMatchObject({
      status: 'refused',
      reason: 'signature',
      detail: expect.stringMatching(/does not match/),
    });
  });

  it('a feed signed with another key: says the key is wrong', async () => {
    const files = signedFiles(other, feedObject(other));
    expect(await checkFeed(files, pin(), null, NOW)).toMatchObject({
      status: 'refused',
      reason: 'wrong-key',
      detail: expect.stringContaining(other.keyId),
    });
  });

  it('a keyId that is not the pinned key, even when the signature holds: refused', async () => {
    const files = signedFiles(key, feedObject(key, { keyId: other.keyId }));
    expect(await checkFeed(files, pin(), null, NOW)).toMatchObject({ status: 'refused', reason: 'wrong-key' });
  });

  it('a signature that is not base64 of 64 bytes: refused before anything is parsed', async () => {
    const files = signedFiles(key, feedObject(key));
    expect(await checkFeed({ ...files, signature: 'hello' }, pin(), null, NOW)).toMatchObject({ reason: 'signature' });
    expect(await checkFeed({ ...files, signature: files.signature.slice(0, 40) }, pin(), null, NOW)).toMatchObject({
      reason: 'signature',
    });
  });

  it('expired: refused; issued and expiring in the right order or the schema says so', async () => {
    const expired = signedFiles(key, feedObject(key, { expiresAt: '2026-12-06T23:59:59Z' }));
    expect(await checkFeed(expired, pin(), null, NOW)).toMatchObject({
      reason: 'expired',
      detail: expect.stringContaining('2026-12-06T23:59:59Z'),
    });
    const backwards = signedFiles(key, feedObject(key, { issuedAt: '2027-02-01T00:00:00Z' }));
    expect(await checkFeed(backwards, pin(), null, NOW)).toMatchObject({
      reason: 'schema',
      detail: expect.stringContaining('expiresAt must be after issuedAt'),
    });
  });

  it('version: higher installs, equal is up to date, lower is refused (no rollback)', async () => {
    const v5 = signedFiles(key, feedObject(key, { version: 5 }));
    expect((await checkFeed(v5, pin(), 4, NOW)).status).toBe('install');
    expect((await checkFeed(v5, pin(), 5, NOW)).status).toBe('unchanged');
    expect(await checkFeed(v5, pin(), 6, NOW)).toMatchObject({
      reason: 'older',
      detail: expect.stringContaining('version 5 is older than the installed version 6'),
    });
  });

  it('too large: refused before the signature is checked', async () => {
    const files = signedFiles(key, feedObject(key));
    const big = new Uint8Array(FEED_LIMITS.maxBytes + 1);
    expect(await checkFeed({ ...files, feed: big }, pin(), null, NOW)).toMatchObject({ reason: 'too-large' });
  });

  it('a signed file that is not a valid feed names the field', async () => {
    const noFeed = { ...feedObject(key) } as Record<string, unknown>;
    delete noFeed.feed;
    expect(await checkFeed(signedFiles(key, noFeed), pin(), null, NOW)).toMatchObject({
      reason: 'schema',
      detail: expect.stringMatching(/^feed: is required/),
    });
    const badVersion = feedObject(key, { version: 1.5 });
    expect(await checkFeed(signedFiles(key, badVersion), pin(), null, NOW)).toMatchObject({
      detail: 'feed.version: must be a whole number',
    });
    const badClaim = feedObject(key);
    (badClaim.claims[1] as { sources: { date: string }[] }).sources = [
      { ...badClaim.claims[1]!.sources[0]!, date: 'soon' },
    ];
    expect(await checkFeed(signedFiles(key, badClaim), pin(), null, NOW)).toMatchObject({
      detail: expect.stringMatching(/^claims\[1\]\.sources\[0\]\.date: must be a date/),
    });
  });

  it('feeds carry data only: an unknown top-level field (code, rules) is refused', async () => {
    const withCode = feedObject(key, { extra: { script: 'alert(1)' } });
    expect(await checkFeed(signedFiles(key, withCode), pin(), null, NOW)).toMatchObject({
      reason: 'schema',
      detail: expect.stringContaining('script'),
    });
  });
});

describe('parseFeed', () => {
  it('the feed id must be the pack id', async () => {
    const k = await testKey();
    const obj = feedObject(k);
    const text = JSON.stringify({ ...obj, feed: { ...obj.feed, id: 'another' } });
    expect(parseFeed(text)).toMatchObject({ ok: false, error: { path: 'feed.id' } });
  });

  it('not JSON, or not an object', () => {
    expect(parseFeed('{')).toMatchObject({ ok: false, error: { path: '(file)' } });
    expect(parseFeed('[]')).toMatchObject({ ok: false, error: { path: '(root)' } });
  });
});

describe('feed text', () => {
  it('bidi overrides are stripped from the feed title, as from pack text', async () => {
    const k = await testKey();
    const obj = feedObject(k);
    obj.feed.title.en = 'Desk \u202Eevil\u202C';
    const parsed = parseFeed(JSON.stringify(obj));
    expect(parsed.ok && parsed.feed.meta.title.en).toBe('Desk evil');
  });
});
