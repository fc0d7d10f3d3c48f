import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { parsePack } from '../../../src/evidence/pack';
import { packIdFromFileName, preparePackImport, toPackFile } from '../../../src/ui/options/pack-import';

const pack = (name: string) => readFileSync(new URL(`../../fixtures/packs/${name}`, import.meta.url), 'utf8');

describe('pack import (fixtures in tests/fixtures/packs)', () => {
  it('accepts the valid pack as a new, enabled pack', () => {
    const r = preparePackImport(pack('valid-city-bike-lanes.kensho-pack.json'), [], new Date('2026-01-02T00:00:00Z'));
    expect(r).toMatchObject({
      ok: true,
      replaces: null,
      pack: { id: 'test.city-transport', enabled: true, format: 'kensho', importedAt: '2026-01-02T00:00:00.000Z' },
    });
  });

  it('says which installed pack a same-id import would replace', () => {
    const first = preparePackImport(pack('valid-city-bike-lanes.kensho-pack.json'), []);
    if (!first.ok) throw new Error('fixture invalid');
    const second = preparePackImport(pack('valid-city-bike-lanes-revised.kensho-pack.json'), [first.pack]);
    expect(second).toMatchObject({ ok: true, replaces: { id: 'test.city-transport' } });
  });

  it('names the first problem of a malformed pack', () => {
    expect(preparePackImport(pack('malformed-bad-date.kensho-pack.json'), [])).toMatchObject({
      ok: false,
      error: { path: 'claims[0].sources[0].date' },
    });
    expect(preparePackImport(pack('malformed-truncated.kensho-pack.json'), [])).toMatchObject({
      ok: false,
      error: { path: '(file)' },
    });
  });

  it('exports a stored pack in a form the parser reads back identically', () => {
    const r = preparePackImport(pack('valid-city-bike-lanes.kensho-pack.json'), []);
    if (!r.ok) throw new Error('fixture invalid');
    const again = parsePack(JSON.stringify(toPackFile(r.pack)));
    expect(again.ok && again.pack.claims).toEqual(r.pack.claims);
  });

  it('the fixture claim matches the sentence on tests/fixtures/pages/en/unrelated.html', () => {
    const r = preparePackImport(pack('valid-city-bike-lanes.kensho-pack.json'), []);
    if (!r.ok) throw new Error('fixture invalid');
    const m = createMatcher(r.pack.claims);
    const found = m.scanBlock(
      'The city council voted 7 to 2 on Tuesday to add protected bike lanes along the riverside avenue.',
    );
    expect(found.flatMap((s) => s.matches.map((x) => x.claimId))).toContain('test.city-bike-lanes');
  });

  it('imports schema.org ClaimReview as a pack named after the file', () => {
    const r = preparePackImport(pack('claimreview-third-party.json'), [], new Date(), 'Fact checks (Nov).json');
    expect(r).toMatchObject({
      ok: true,
      pack: { id: 'claimreview.fact-checks-nov', format: 'claimreview', name: { en: 'Fact checks (Nov)' } },
    });
    expect(r.ok && r.pack.claims[0]!.sources[0]!.stance).toBe('disputes');
    expect(packIdFromFileName('.json')).toBe('claimreview.import');
  });

  it('names the first problem of a broken ClaimReview and refuses JSON that is neither format', () => {
    const broken = JSON.parse(pack('claimreview-third-party.json'));
    delete broken.datePublished;
    expect(preparePackImport(JSON.stringify([broken]), [])).toMatchObject({
      ok: false,
      error: { path: '[0].datePublished' },
    });
    expect(preparePackImport('{"hello": "world"}', [])).toMatchObject({ ok: false });
  });
});
