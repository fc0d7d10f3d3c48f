import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const SAMPLE = 'tests/fixtures/feeds/sample';
const temp = () => mkdtempSync(join(tmpdir(), 'kensho-feed-'));

/** `kensho feed build DATA --version V --expires E --key KEY --out OUT`. */
const buildFeed = (data: string, version: string, expires: string, key: string, out: string) =>
  runCli(['feed', 'build', data, '--version', version, '--expires', expires, '--key', key, '--out', out]);

/** A fresh key pair and a built feed (version 1, 30 days) in a temp folder. */
async function built(version = '1', expires = '30d') {
  const dir = temp();
  expect((await runCli(['feed', 'keygen', '--out', join(dir, 'keys')])).code).toBe(0);
  const out = join(dir, 'public');
  const r = await runCli([
    'feed',
    'build',
    SAMPLE,
    '--version',
    version,
    '--expires',
    expires,
    '--key',
    join(dir, 'keys/kensho-feed.key'),
    '--out',
    out,
  ]);
  return { dir, out, key: join(dir, 'keys/kensho-feed.key'), pub: join(dir, 'keys/kensho-feed.pub'), r };
}

describe('kensho feed keygen', () => {
  it('writes a private key readable only by its owner and a public key, and never prints the private key', async () => {
    const dir = temp();
    const r = await runCli(['feed', 'keygen', '--out', dir]);
    expect(r.code).toBe(0);
    const key = readFileSync(join(dir, 'kensho-feed.key'), 'utf8');
    expect(key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(statSync(join(dir, 'kensho-feed.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'kensho-feed.pub'), 'utf8')).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    const body = key
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'))
      .join('');
    expect(r.out + r.err).not.toContain(body);
    expect(r.out).toMatch(/key id {7}ed25519:[0-9a-f]{16}\nfingerprint {2}([0-9a-f]{4} ){15}[0-9a-f]{4}\n/);
  });

  it('refuses to overwrite an existing key', async () => {
    const dir = temp();
    await runCli(['feed', 'keygen', '--out', dir]);
    const before = readFileSync(join(dir, 'kensho-feed.key'), 'utf8');
    const r = await runCli(['feed', 'keygen', '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(join(dir, 'kensho-feed.key'), 'utf8')).toBe(before);
  });

  it('needs --out', async () => {
    expect(await runCli(['feed', 'keygen'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('option --out is required'),
    });
  });
});

describe('kensho feed build and verify', () => {
  it('builds a feed that verifies with the public key', async () => {
    const { out, pub, r } = await built();
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('feed "kensho-test-feed" version 1, 1 claims') });
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    expect(feed.feed).toMatchObject({ id: 'kensho-test-feed', version: 1, keyId: expect.stringMatching(/^ed25519:/) });
    expect(Date.parse(feed.feed.expiresAt) - Date.parse(feed.feed.issuedAt)).toBe(30 * 86_400_000);
    const v = await runCli(['feed', 'verify', out, '--pubkey', pub]);
    expect(v).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^ok: feed "kensho-test-feed" version 1, 1 claims/),
    });
  });

  it('verify: a changed byte says the signature does not match; a wrong key says so', async () => {
    const { out, pub } = await built();
    const other = temp();
    await runCli(['feed', 'keygen', '--out', other]);
    const wrong = await runCli(['feed', 'verify', out, '--pubkey', join(other, 'kensho-feed.pub')]);
    expect(wrong).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /refused \(wrong-key\): feed.json is signed for key ed25519:\w+, but the key given is ed25519:\w+/,
      ),
    });
    const text = readFileSync(join(out, 'feed.json'), 'utf8');
    writeFileSync(join(out, 'feed.json'), text.replace('$12 billion', '$13 billion'));
    const changed = await runCli(['feed', 'verify', out, '--pubkey', pub]);
    expect(changed).toMatchObject({
      code: 1,
      err: expect.stringContaining('refused (signature): the signature does not match feed.json'),
    });
  });

  it('verify: a missing signature, an expired feed, a bad public key', async () => {
    const { out, pub } = await built('1', '1h');
    const expired = await runCli(['feed', 'verify', out, '--pubkey', pub]);
    expect(expired.code).toBe(0);
    const { feedVerify } = await import('../../../src/cli/commands/feed-verify');
    let err = '';
    const later = await feedVerify(
      [out, '--pubkey', pub],
      { stdout: () => undefined, stderr: (s) => (err += s) },
      new Date(Date.now() + 2 * 3_600_000),
    );
    expect(later).toBe(1);
    expect(err).toMatch(/refused \(expired\): the feed expired at/);
    const bad = join(temp(), 'bad.pub');
    writeFileSync(bad, 'hello\n');
    expect(await runCli(['feed', 'verify', out, '--pubkey', bad])).toMatchObject({
      code: 2,
      err: expect.stringContaining('is not a Kensho feed public key'),
    });
    rmSync(join(out, 'feed.json.sig'));
    expect(await runCli(['feed', 'verify', out, '--pubkey', pub])).toMatchObject({
      code: 1,
      err: expect.stringContaining('feed.json.sig is missing'),
    });
  });

  it('build: errors name file › claim › field, and nothing is written', async () => {
    const data = temp();
    cpSync(SAMPLE, data, { recursive: true });
    const file = join(data, 'ai-debt-financing.json');
    const topic = JSON.parse(readFileSync(file, 'utf8'));
    topic.claims[0].sources[0].date = 'last week';
    writeFileSync(file, JSON.stringify(topic, null, 2));
    const { dir, key } = await built();
    const out = join(dir, 'fresh');
    const r = await buildFeed(data, '1', '30d', key, out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'ai-debt-financing.json: claim "feed-test.hoshikawa-bonds" › sources[0].date: must be a date like 2025-10-14',
    );
    expect(existsSync(out)).toBe(false);
  });

  it("build: a topic file's shared vocabulary goes into each claim the feed carries", async () => {
    const data = temp();
    cpSync(SAMPLE, data, { recursive: true });
    const file = join(data, 'ai-debt-financing.json');
    const topic = JSON.parse(readFileSync(file, 'utf8'));
    const own = topic.claims[0].terms;
    topic.vocabulary = { entities: { en: [], ja: [] }, terms: { en: ['shared bond word'], ja: ['共有の語'] } };
    writeFileSync(file, JSON.stringify(topic, null, 2));
    const { dir, key } = await built();
    const out = join(dir, 'shared');
    const r = await buildFeed(data, '1', '30d', key, out);
    expect(r.code).toBe(0);
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    expect(feed.claims[0].terms).toEqual({ en: ['shared bond word', ...own.en], ja: ['共有の語', ...own.ja] });
  });

  it('build: a claim id the bundled evidence already uses is refused', async () => {
    const data = temp();
    cpSync(SAMPLE, data, { recursive: true });
    const file = join(data, 'ai-debt-financing.json');
    const topic = JSON.parse(readFileSync(file, 'utf8'));
    topic.claims[0].id = 'debt.big-tech-borrowing';
    writeFileSync(file, JSON.stringify(topic, null, 2));
    const { key, dir } = await built();
    const r = await buildFeed(data, '1', '30d', key, join(dir, 'x'));
    expect(r).toMatchObject({
      code: 1,
      err: expect.stringContaining('claim "debt.big-tech-borrowing" › id: is already a bundled claim id'),
    });
  });

  it('build: warns when the private key is readable by others', async () => {
    const { key, dir } = await built();
    chmodSync(key, 0o644);
    const r = await buildFeed(SAMPLE, '1', '30d', key, join(dir, 'other'));
    expect(r).toMatchObject({
      code: 0,
      err: expect.stringContaining('is readable by others (mode 644); run chmod 600'),
    });
  });

  it('build: the version must rise above the one already published; usage errors exit 2', async () => {
    const { out, key } = await built('3');
    const again = await buildFeed(SAMPLE, '3', '30d', key, out);
    expect(again).toMatchObject({
      code: 1,
      err: expect.stringContaining('--version 3 must be above the version already in'),
    });
    expect((await buildFeed(SAMPLE, '4', '30d', key, out)).code).toBe(0);
    expect(await buildFeed(SAMPLE, 'two', '30d', key, out)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--version must be a whole number'),
    });
    expect(await buildFeed(SAMPLE, '5', 'soon', key, out)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--expires must be like 30d'),
    });
    expect(
      await runCli([
        'feed',
        'build',
        SAMPLE,
        '--version',
        '5',
        '--expires',
        '30d',
        '--key',
        join(SAMPLE, 'feed-info.json'),
        '--out',
        out,
      ]),
    ).toMatchObject({ code: 2, err: expect.stringContaining('cannot read the private key') });
    expect(await runCli(['feed', 'frobnicate'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown subcommand "frobnicate"'),
    });
  });
});
