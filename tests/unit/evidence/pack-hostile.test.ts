/**
 * Hostile evidence packs (issue 7): what pack.test.ts does not already pin. Each case states the exact outcome:
 * refused with a named reason, or accepted with the hostile part neutralised.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACK_LIMITS, parsePack, type PackResult } from '../../../src/evidence/pack';
import { createMatcher } from '../../../src/core/engine';
import { makeClaim } from './fixtures';

const pack = (over: Record<string, unknown> = {}) => ({
  format: 'kensho-pack',
  version: 1,
  id: 'my-pack',
  name: { en: 'My pack', ja: '自作パック' },
  claims: [makeClaim('p.one')],
  ...over,
});
const errorOf = (r: PackResult) => {
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.error;
};
const protoSnapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  fn: Object.getOwnPropertyNames(Function.prototype).sort(),
});

/** Every key anywhere in a value, and every object's prototype (for "nothing odd survived"). */
function walk(value: unknown, keys: string[] = [], protos: unknown[] = []): { keys: string[]; protos: unknown[] } {
  if (value && typeof value === 'object') {
    protos.push(Object.getPrototypeOf(value));
    for (const k of Reflect.ownKeys(value)) {
      keys.push(String(k));
      walk((value as Record<string | symbol, unknown>)[k], keys, protos);
    }
  }
  return { keys, protos };
}

afterEach(() => vi.restoreAllMocks());

describe('hostile packs: size, depth and count are refused before any parsing', () => {
  it('an over-size file never reaches JSON.parse, and size is counted in UTF-8 bytes, not characters', () => {
    const parse = vi.spyOn(JSON, 'parse');
    // 700k Japanese characters: fewer characters than the limit, but 2.1 MB of UTF-8.
    const claim = makeClaim('p.one');
    claim.summary.ja = 'あ'.repeat(700_000);
    const text = JSON.stringify(pack({ claims: [claim] }));
    expect(text.length).toBeLessThan(PACK_LIMITS.maxBytes);
    expect(errorOf(parsePack(text))).toEqual({
      path: '(file)',
      message: expect.stringMatching(/^is \d+ bytes; packs may be at most 2097152 bytes$/),
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('nesting beyond the limit never reaches JSON.parse; exactly at the limit is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(errorOf(parsePack(`{"x":${nest(PACK_LIMITS.maxDepth)}}`)).message).toBe('nests deeper than 16 levels');
    expect(errorOf(parsePack('{'.repeat(100_000))).message).toBe('nests deeper than 16 levels');
    expect(parse).not.toHaveBeenCalled();
    // 16 levels in all (the root object is one): parsed, then refused by the schema, not by the depth check.
    expect(errorOf(parsePack(`{"x":${nest(PACK_LIMITS.maxDepth - 1)}}`)).message).not.toMatch(/nests/);
    expect(parse).toHaveBeenCalledOnce();
  });

  it('100k claims: refused by count, naming the limit, without validating a single claim', () => {
    // Empty objects keep the file under the size limit, so the count check is what answers.
    const text = JSON.stringify(pack({ claims: Array.from({ length: 100_000 }, () => ({})) }));
    expect(text.length).toBeLessThan(PACK_LIMITS.maxBytes);
    expect(errorOf(parsePack(text))).toEqual({
      path: 'claims',
      message: 'has 100000 claims; packs may hold at most 500',
    });
  });

  it('100k real claims: refused by size first', () => {
    const one = JSON.stringify(makeClaim('p.x'));
    const text = `{"format":"kensho-pack","version":1,"id":"big","name":{"en":"B","ja":"B"},"claims":[${Array(100_000).fill(one).join(',')}]}`;
    expect(errorOf(parsePack(text)).path).toBe('(file)');
    expect(errorOf(parsePack(text)).message).toMatch(/bytes/);
  });

  it('exactly 500 claims are accepted', () => {
    const r = parsePack(JSON.stringify(pack({ claims: Array.from({ length: 500 }, (_, i) => makeClaim(`p.c${i}`)) })));
    expect(r.ok && r.pack.claims.length).toBe(500);
  });
});

describe('hostile packs: malformed text', () => {
  it.each([
    ['empty file', ''],
    ['only a byte-order mark', '\uFEFF'],
    ['two byte-order marks', `\uFEFF\uFEFF${JSON.stringify(pack())}`],
    ['trailing comma', '{"format":"kensho-pack",}'],
    ['single quotes', "{'format':'kensho-pack'}"],
    ['NaN', '{"version":NaN}'],
    ['comment', '{"format":"kensho-pack" /* hi */}'],
    ['truncated string', '{"format":"kensho-'],
    ['UTF-16 text read as UTF-8 (NULs between letters)', '{\u0000"\u0000f\u0000"\u0000:\u00001\u0000}'],
    ['HTML instead of JSON', '<html><script>alert(1)</script></html>'],
    ['two documents', `${JSON.stringify(pack())}${JSON.stringify(pack())}`],
  ])('%s: refused as not valid JSON', (_, text) => {
    expect(errorOf(parsePack(text))).toEqual({
      path: '(file)',
      message: expect.stringMatching(/^is not valid JSON \(/),
    });
  });

  it('a byte-order mark before a valid pack is ignored, and nowhere else is one accepted silently', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(pack())}`).ok).toBe(true);
    expect(parsePack(`${JSON.stringify(pack())}\uFEFF`).ok).toBe(false);
  });

  it('a lone surrogate in text does not crash the parser', () => {
    const claim = makeClaim('p.one');
    claim.summary.en = 'broken \uD800 surrogate';
    const r = parsePack(JSON.stringify(pack({ claims: [claim] })));
    expect(r.ok && r.pack.claims[0]!.summary.en).toBe('broken \uD800 surrogate');
  });

  it('refuses non-string input instead of throwing', () => {
    for (const x of [null, undefined, 42, {}, ['{}']])
      expect(errorOf(parsePack(x as never))).toEqual({ path: '(file)', message: 'must be text' });
  });
});

describe('hostile packs: prototype keys', () => {
  it('__proto__, constructor and prototype are dropped at every depth and Object.prototype is untouched', () => {
    const before = protoSnapshot();
    const poison =
      '"__proto__":{"polluted":"yes","toString":1},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},';
    // Poison in the root, the name, a claim, a source and a figure.
    const text = JSON.stringify(pack())
      .replace('{"format"', `{${poison}"format"`)
      .replace('"name":{', `"name":{${poison}`)
      .replace('{"id":"p.one"', `{${poison}"id":"p.one"`)
      .replace('{"url":', `{${poison}"url":`)
      .replace('{"value":', `{${poison}"value":`);
    expect(text.match(/__proto__/g)).toHaveLength(5);
    const r = parsePack(text);
    // Accepted with the poison dropped (a strict schema would otherwise refuse an own "__proto__" key).
    expect(r.ok ? 'accepted' : r.error).toBe('accepted');
    if (!r.ok) return;
    const { keys, protos } = walk(r.pack);
    expect(keys.filter((k) => ['__proto__', 'constructor', 'prototype', 'polluted'].includes(k))).toEqual([]);
    expect(new Set(protos)).toEqual(new Set([Object.prototype, Array.prototype]));
    expect(protoSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(String({})).toBe('[object Object]');
  });

  it('a claim id that names a prototype member is refused when it is not a slug, and is an ordinary id when it is', () => {
    for (const id of ['__proto__', 'hasOwnProperty']) {
      expect(errorOf(parsePack(JSON.stringify(pack({ claims: [makeClaim(id)] })))).path).toBe('claims[0].id');
    }
    // A lowercase slug is just an id: ids are looked up in Maps, never on plain objects.
    const r = parsePack(JSON.stringify(pack({ claims: [makeClaim('constructor'), makeClaim('prototype')] })));
    expect(r.ok && r.pack.claims.map((c) => c.id)).toEqual(['constructor', 'prototype']);
    const matcher = createMatcher(r.ok ? r.pack.claims : []);
    const found = matcher.scanBlock('Example Corp says the return on investment on AI was about 5 percent.', 'en');
    expect(found.flatMap((s) => s.matches.map((m) => m.claimId))).toEqual(expect.arrayContaining(['constructor']));
  });
});

describe('hostile packs: markup and URLs in text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '"><svg onload=alert(1)>',
  ];

  it('markup and script-like text in any text field is kept verbatim (it is shown as text, never parsed)', () => {
    for (const h of hostile) {
      const claim = makeClaim('p.one');
      claim.statement.en = `Claim ${h}`;
      claim.summary.ja = h;
      claim.sources[0]!.title = h;
      claim.sources[0]!.publisher = h;
      claim.sources[0]!.summary = h;
      const r = parsePack(JSON.stringify(pack({ name: { en: h, ja: h }, claims: [claim] })));
      expect(r.ok, h).toBe(true);
      if (r.ok)
        expect([r.pack.name.en, r.pack.claims[0]!.statement.en, r.pack.claims[0]!.sources[0]!.title]).toEqual([
          h,
          `Claim ${h}`,
          h,
        ]);
    }
  });

  it('a source link that is not http(s) refuses the pack, whatever its case or padding', () => {
    for (const url of [
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      '//evil.example/x',
      'chrome-extension://abc/x',
    ]) {
      const claim = makeClaim('p.one');
      claim.sources[0]!.url = url;
      expect(errorOf(parsePack(JSON.stringify(pack({ claims: [claim] })))).path, url).toBe('claims[0].sources[0].url');
    }
  });
});

describe('hostile packs: invisible characters', () => {
  it('ids made only of invisible characters are refused, not accepted as empty', () => {
    expect(errorOf(parsePack(JSON.stringify(pack({ id: '\u202E\u200B' })))).path).toBe('id');
  });

  it('directional overrides and isolates cannot reorder how pack text reads; zero-width joiners in emoji survive', () => {
    const claim = makeClaim('p.one');
    claim.sources[0]!.publisher = 'Evil\u202Emoc.elgoog\u202C News';
    claim.sources[0]!.title = 'Title \u2067reversed\u2069 here \u{1F469}\u200D\u{1F4BB}';
    const r = parsePack(JSON.stringify(pack({ name: { en: 'Pack \u202Dx', ja: 'パック\u202B' }, claims: [claim] })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { keys } = walk(r.pack);
    const text = JSON.stringify(r.pack);
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(text), 'no embedding, override or isolate control remains').toBe(false);
    expect(keys.length).toBeGreaterThan(0);
    expect(r.pack.claims[0]!.sources[0]!.publisher).toBe('Evilmoc.elgoog News');
    expect(r.pack.claims[0]!.sources[0]!.title).toBe('Title reversed here \u{1F469}\u200D\u{1F4BB}');
    expect(r.pack.name).toEqual({ en: 'Pack x', ja: 'パック' });
  });
});

describe('hostile packs: review dates, updates, notes and via (issue 11)', () => {
  const update = (over: Record<string, unknown> = {}) => ({
    date: '2026-01-30',
    status: 'overtaken',
    summary: { en: 'Reported stalled.', ja: '停滞と報じられた。' },
    sources: [
      {
        url: 'https://example.org/later',
        publisher: 'Example Wire',
        kind: 'news-agency',
        lang: 'en',
        date: '2026-01-30',
        stance: 'disputes',
        summary: 'Reports the change.',
      },
    ],
    ...over,
  });
  const withUpdate = (u: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
    ...makeClaim('p.one'),
    reviewed: '2026-11-20',
    updates: [u],
    ...over,
  });
  const parseWith = (claim: unknown) => parsePack(JSON.stringify(pack({ claims: [claim] })));

  it('a pack with updates, a review date, a note and via and no title is accepted as written', () => {
    const u = update();
    (u.sources[0] as Record<string, unknown>).via = 'Example Agency';
    (u.sources[0] as Record<string, unknown>).note = 'Headline not visible in the copy we saw.';
    const r = parseWith(withUpdate(u));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.pack.claims[0]).toMatchObject({
        reviewed: '2026-11-20',
        updates: [{ status: 'overtaken', sources: [{ via: 'Example Agency' }] }],
      });
    if (r.ok) expect(r.pack.claims[0]!.updates![0]!.sources[0]).not.toHaveProperty('title');
  });

  it('an update source link that is not http(s) refuses the pack at its path', () => {
    for (const url of ['javascript:alert(1)', 'DATA:text/html,x', '//evil.example/x']) {
      const u = update();
      (u.sources[0] as Record<string, unknown>).url = url;
      expect(errorOf(parseWith(withUpdate(u))).path, url).toBe('claims[0].updates[0].sources[0].url');
    }
  });

  it('a status outside the list, a bad date, an unknown field or an update without sources is refused by name', () => {
    expect(errorOf(parseWith(withUpdate(update({ status: 'debunked' }))))).toMatchObject({
      path: 'claims[0].updates[0].status',
    });
    expect(errorOf(parseWith(withUpdate(update({ date: 'soon' }))))).toMatchObject({
      path: 'claims[0].updates[0].date',
      message: expect.stringMatching(/date like/),
    });
    expect(errorOf(parseWith(withUpdate(update({ onclick: 'x' }))))).toMatchObject({
      path: 'claims[0].updates[0].onclick',
      message: expect.stringMatching(/unknown field/),
    });
    expect(errorOf(parseWith(withUpdate(update({ sources: [] }))))).toMatchObject({
      path: 'claims[0].updates[0].sources',
      message: expect.stringMatching(/at least one source/),
    });
    expect(errorOf(parseWith(withUpdate(update(), { reviewed: '2026-13-01' })))).toMatchObject({
      path: 'claims[0].reviewed',
    });
    expect(
      errorOf(parseWith({ ...makeClaim('p.one'), updates: Array.from({ length: 41 }, () => update()) })),
    ).toMatchObject({ path: 'claims[0].updates' });
  });

  it('dates that contradict each other are refused: a review older than an update, an update before the claim’s event', () => {
    expect(errorOf(parseWith(withUpdate(update(), { reviewed: '2025-12-01' })))).toEqual({
      path: 'claims[0].reviewed',
      message: expect.stringMatching(/before the update of 2026-01-30.*\(claim "p\.one"\)/),
    });
    expect(errorOf(parseWith(withUpdate(update(), { since: '2026-06-01' })))).toMatchObject({
      path: 'claims[0].updates[0].date',
    });
  });

  it('markup in update text is kept verbatim and directional controls are stripped, as everywhere else', () => {
    const u = update({ summary: { en: '<img src=x onerror=alert(1)>', ja: '停滞\u202Eと報じ' } });
    (u.sources[0] as Record<string, unknown>).note = '<script>x</script>';
    const r = parseWith(withUpdate(u));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.claims[0]!.updates![0]!.summary).toEqual({ en: '<img src=x onerror=alert(1)>', ja: '停滞と報じ' });
    expect(r.pack.claims[0]!.updates![0]!.sources[0]!.note).toBe('<script>x</script>');
  });

  it('__proto__ inside an update is dropped and pollutes nothing', () => {
    const before = protoSnapshot();
    const text = JSON.stringify(pack({ claims: [withUpdate(update())] })).replace(
      '"status":"overtaken"',
      '"status":"overtaken","__proto__":{"polluted":true}',
    );
    const r = parsePack(text);
    expect(r.ok).toBe(true);
    expect(walk(r).keys).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(protoSnapshot()).toEqual(before);
  });
});
