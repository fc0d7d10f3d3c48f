/**
 * Pack storage under hostile input and faults: all-or-nothing writes, and no text that reads backwards, whatever the
 * import format.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getPacks, putPack, type StoredPack } from '../../../src/storage/packs';
import { StorageWriteError } from '../../../src/storage/errors';
import { makeClaim } from '../evidence/fixtures';

const pack = (id: string, over: Partial<StoredPack> = {}): StoredPack => ({
  id,
  name: { en: id, ja: id },
  format: 'claimreview',
  enabled: true,
  importedAt: '2026-01-01T00:00:00.000Z',
  claims: [makeClaim(`${id}.one`)],
  ...over,
});

describe('pack storage, hostile input and faults', () => {
  beforeEach(() => fakeBrowser.reset());

  it('quota exceeded: the import is refused with a quota error and the stored packs stay exactly as they were', async () => {
    await putPack(pack('a'));
    const before = await fakeBrowser.storage.local.get(null);
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      const err = await putPack(pack('b')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageWriteError);
      expect((err as StorageWriteError).reason).toBe('quota');
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect((await getPacks()).map((p) => p.id)).toEqual(['a']);
  });

  it('bidi embedding/override/isolate controls are stripped from every stored string, whatever the import format', async () => {
    const claim = makeClaim('cr.one');
    claim.sources[0]!.publisher = 'Evil\u202Emoc.elgoog';
    claim.statement.en = 'Claim \u2067isolated\u2069 text \u{1F469}\u200D\u{1F4BB}';
    await putPack(pack('cr', { name: { en: 'Pack\u202D', ja: 'パック\u202B' }, claims: [claim] }));
    const [stored] = await getPacks();
    expect(JSON.stringify(stored)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(stored!.claims[0]!.sources[0]!.publisher).toBe('Evilmoc.elgoog');
    expect(stored!.claims[0]!.statement.en).toBe('Claim isolated text \u{1F469}\u200D\u{1F4BB}');
    expect(stored!.name).toEqual({ en: 'Pack', ja: 'パック' });
  });
});
