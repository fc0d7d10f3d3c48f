import { newSubscription } from '../../../src/storage/feed-subscriptions';
import type { StoredFeed } from '../../../src/storage/feeds';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';

/** A pinned key of the right shapes (never used to verify anything in storage tests). */
export const KEY = { publicKey: 'A'.repeat(43) + '=', fingerprint: 'a'.repeat(64), keyId: `ed25519:${'a'.repeat(16)}` };

/** A new subscription to `url`, as added on 7 December 2026. */
export const sub = (url: string, granted = true): StoredFeed =>
  newSubscription(url, KEY, granted, new Date('2026-12-07T00:00:00Z'));

/** The feed with `version` installed, holding `claims`. */
export const installed = (feed: StoredFeed, version: number, claims = FIXTURE_CLAIMS.slice(0, 2)): StoredFeed => ({
  ...feed,
  installed: {
    meta: {
      id: 'f',
      title: { en: `Feed ${version}`, ja: `フィード ${version}` },
      version,
      issuedAt: '2026-12-01T00:00:00Z',
      expiresAt: '2027-01-01T00:00:00Z',
      keyId: KEY.keyId,
    },
    claims: claims.map((c) => ({ ...c, disputes: [] })),
    installedAt: '2026-12-07T00:00:00.000Z',
  },
});
