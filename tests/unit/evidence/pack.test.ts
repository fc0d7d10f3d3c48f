import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, parsePack, serializePack } from '../../../src/evidence/pack';
import { makeClaim } from './fixtures';

const pack = (over: Record<string, unknown> = {}) => ({
  format: 'kensho-pack',
  version: 1,
  id: 'my-pack',
  name: { en: 'My pack', ja: '自作パック' },
  claims: [makeClaim('p.one'), makeClaim('p.two')],
  ...over,
});
const parse = (x: unknown) => parsePack(typeof x === 'string' ? x : JSON.stringify(x));
const errorOf = (x: unknown) => {
  const r = parse(x);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.error;
};

describe('parsePack', () => {
  it('accepts a valid pack and round-trips through serializePack', () => {
    const r = parse(pack());
    expect(r.ok).toBe(true);
    if (r.ok) expect(parsePack(serializePack(r.pack))).toEqual(r);
  });

  it('strips a byte-order mark', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(pack())}`).ok).toBe(true);
  });

  it('checks the size before parsing', () => {
    const big = `${JSON.stringify(pack()).slice(0, -1)}, "pad": "${'x'.repeat(PACK_LIMITS.maxBytes)}"}`;
    expect(errorOf(big)).toEqual({ path: '(file)', message: expect.stringMatching(/at most 2097152 bytes/) });
  });

  it('refuses deep nesting without recursing into it', () => {
    expect(errorOf('['.repeat(200_000)).message).toMatch(/nests deeper than 16 levels/);
    expect(errorOf({ ...pack(), extra: JSON.parse('['.repeat(20) + ']'.repeat(20)) }).path).toBe('(file)');
  });

  it('ignores brackets inside strings when measuring depth', () => {
    const claim = makeClaim('p.one');
    claim.summary.en = '[[[[[[[[[[[[[[[[[[[[[[ brackets in text {{{{{{{{{{{{{{{{{{{{';
    expect(parse(pack({ claims: [claim] })).ok).toBe(true);
  });

  it('rejects malformed JSON with a reason', () => {
    expect(errorOf('{"format": "kensho-pack",').message).toMatch(/^is not valid JSON/);
  });

  it('drops __proto__, constructor and prototype keys instead of letting them through', () => {
    const text = JSON.stringify(pack()).replace(
      '{"format"',
      '{"__proto__":{"polluted":true},"constructor":{"x":1},"prototype":1,"format"',
    );
    const r = parsePack(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(Object.keys(r.pack)).toEqual(['format', 'version', 'id', 'name', 'claims']);
  });

  it('limits the number of claims', () => {
    const many = Array.from({ length: PACK_LIMITS.maxClaims + 1 }, (_, i) => makeClaim(`p.c${i}`));
    expect(errorOf(pack({ claims: many }))).toEqual({ path: 'claims', message: expect.stringMatching(/at most 500/) });
  });

  it('rejects duplicate ids, naming the repeat', () => {
    expect(errorOf(pack({ claims: [makeClaim('p.one'), makeClaim('p.two'), makeClaim('p.one')] }))).toEqual({
      path: 'claims[2].id',
      message: expect.stringMatching(/duplicate id.*"p\.one"/),
    });
  });

  it('strips bidi controls and zero-width characters from ids, so look-alike ids collide', () => {
    const r = parse(
      pack({
        id: 'my\u202E-pack\u200B',
        claims: [makeClaim('p.\u2066one\u2069'), makeClaim('p.two', { disputes: [] })],
      }),
    );
    expect(r.ok && [r.pack.id, r.pack.claims[0]!.id]).toEqual(['my-pack', 'p.one']);
    expect(errorOf(pack({ claims: [makeClaim('p.one'), makeClaim('p.\u200Done')] })).path).toBe('claims[1].id');
  });

  it('accepts only http(s) source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.org/x']) {
      const claim = makeClaim('p.one');
      claim.sources[0]!.url = url;
      expect(errorOf(pack({ claims: [claim] }))).toEqual({
        path: 'claims[0].sources[0].url',
        message: expect.stringMatching(/URL/),
      });
    }
  });

  it('names the first problem with its path and reason', () => {
    const claim = makeClaim('p.one');
    claim.figures[0]!.asOf = 'soon';
    expect(errorOf(pack({ claims: [claim] }))).toEqual({
      path: 'claims[0].figures[0].asOf',
      message: 'must be a date like 2025-10-14 (claim "p.one")',
    });
    expect(errorOf(pack({ format: 'other' })).path).toBe('format');
    expect(errorOf(pack({ version: 2 })).path).toBe('version');
    expect(errorOf('[]').path).toBe('(root)');
    expect(errorOf('null').path).toBe('(root)');
  });

  it('requires disputes inside a pack to go both ways but allows links to bundled claims', () => {
    expect(errorOf(pack({ claims: [makeClaim('p.one', { disputes: ['p.two'] }), makeClaim('p.two')] })).path).toBe(
      'claims[0].disputes[0]',
    );
    expect(parse(pack({ claims: [makeClaim('p.one', { disputes: ['debt.google-2025'] })] })).ok).toBe(true);
  });
});

describe('packs across the review-dates-and-updates change', () => {
  const fixture = (name: string) => readFileSync(`tests/fixtures/packs/${name}`, 'utf8');

  it('a pack written before claims had reviewed and updates still imports, and exports the same', () => {
    const r = parsePack(fixture('valid-city-bike-lanes.kensho-pack.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const c of r.pack.claims) expect(Object.keys(c)).not.toContain('updates');
    expect(parsePack(serializePack(r.pack))).toEqual(r);
  });

  it('a pack with a review date, dated updates and an untitled source with a note round-trips exactly', () => {
    const later = {
      url: 'https://example.org/later',
      publisher: 'Example Wire',
      kind: 'news-agency' as const,
      lang: 'en' as const,
      date: '2026-01-30',
      stance: 'disputes' as const,
      summary: 'Reports the change.',
      note: 'Headline not visible.',
      via: 'Example Agency',
    };
    const claim = makeClaim('p.dated', {
      reviewed: '2026-11-20',
      updates: [
        { date: '2026-01-30', status: 'overtaken', summary: { en: 'Stalled.', ja: '停滞。' }, sources: [later] },
      ],
    });
    const r = parse(pack({ claims: [claim] }));
    expect(r.ok && r.pack.claims[0]).toEqual(claim);
    if (r.ok) expect(parsePack(serializePack(r.pack))).toEqual(r);
  });
});
