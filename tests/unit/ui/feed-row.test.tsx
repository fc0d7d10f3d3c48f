import { describe, expect, it } from 'vitest';
import { newSubscription } from '../../../src/storage/feed-subscriptions';
import type { StoredFeed } from '../../../src/storage/feeds';
import { FeedRow } from '../../../src/ui/options/feed-row';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { mount } from './mount';

const KEY = { publicKey: 'A'.repeat(43) + '=', fingerprint: 'a'.repeat(64), keyId: `ed25519:${'a'.repeat(16)}` };
const base = newSubscription('https://feeds.example.net/feed.json', KEY, true, new Date('2026-12-07T00:00:00Z'));
const feed: StoredFeed = {
  ...base,
  lastCheck: '2026-12-07T09:00:00.000Z',
  nextCheck: '2026-12-08T09:00:00.000Z',
  lastError: { reason: 'signature', detail: 'the signature does not match feed.json', at: '2026-12-07T09:00:00.000Z' },
  installed: {
    meta: {
      id: 'f',
      title: { en: 'Test desk', ja: 'テストデスク' },
      version: 4,
      issuedAt: '2026-12-01T00:00:00Z',
      expiresAt: '2027-01-01T00:00:00Z',
      keyId: KEY.keyId,
    },
    claims: FIXTURE_CLAIMS.slice(0, 2),
    installedAt: '2026-12-01T00:00:00.000Z',
  },
};
const row = (f: StoredFeed, lang: 'en' | 'ja' = 'en', offline = false) =>
  mount(
    <table>
      <tbody>
        <FeedRow
          feed={f}
          lang={lang}
          offline={offline}
          checking={false}
          onCheck={() => {}}
          onPause={() => {}}
          onRemove={() => {}}
        />
      </tbody>
    </table>,
  );

describe('a feed in the options page', () => {
  it('shows title, version, claims and the last error with the last good version kept', () => {
    const el = row(feed);
    expect(el.querySelector('.k-feed-title')?.textContent).toBe('Test desk');
    expect(el.querySelector('.k-feed-version')?.textContent).toContain('4');
    expect(el.querySelector('.k-feed-claims')?.textContent).toBe('2');
    expect(el.querySelector('.k-feed-error')?.textContent).toContain(
      'The signature does not match: the file may have been changed. The last good version is kept.',
    );
    expect(row(feed, 'ja').querySelector('.k-feed-error')?.textContent).toContain('署名が一致しません');
  });

  it('before the first install it says so; paused or offline it cannot be checked', () => {
    const el = row({ ...base, paused: true });
    expect(el.querySelector('.k-feed-version')?.textContent).toBe('not installed yet');
    expect(el.querySelector('.k-feed-next-check')?.textContent).toBe('paused');
    expect((el.querySelector('.k-feed-check') as HTMLButtonElement).disabled).toBe(true);
    expect((row(base, 'en', true).querySelector('.k-feed-check') as HTMLButtonElement).disabled).toBe(true);
    expect((row(base).querySelector('.k-feed-check') as HTMLButtonElement).disabled).toBe(false);
  });
});
