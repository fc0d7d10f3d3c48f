/** A minimal valid claim and stored pack for storage tests. */
import type { Claim } from '../../../src/evidence/schema';
import type { StoredPack } from '../../../src/storage/packs';

export const claim = (id: string): Claim => ({
  id,
  topic: 'ai-roi',
  statement: { en: `Statement ${id}`, ja: `主張 ${id}` },
  summary: { en: 'Summary', ja: '要約' },
  entities: { en: [], ja: [] },
  terms: { en: ['roi'], ja: ['投資対効果'] },
  figures: [],
  disputes: [],
  sources: [
    {
      url: 'https://example.com/a',
      publisher: 'Example',
      kind: 'newspaper',
      lang: 'en',
      date: '2025-01',
      title: 'T',
      stance: 'supports',
      summary: 'S',
    },
  ],
});

export const pack = (id: string, claims: Claim[], enabled = true): StoredPack => ({
  id,
  name: { en: id, ja: id },
  format: 'kensho',
  enabled,
  importedAt: '2026-01-01T00:00:00.000Z',
  claims,
});
