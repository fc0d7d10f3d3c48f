/**
 * Property-based: whatever text arrives as a "pack", parsePack answers with a result (never a throw), a refusal
 * always names a path and a reason, and an accepted pack is clean (valid, prototype-free, stable on re-export).
 * Runs are counted: a case that hangs or slows to a crawl makes the count fall short (interruptAfterTimeLimit).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, parsePack, serializePack, type PackResult } from '../../../src/evidence/pack';
import { makeClaim } from './fixtures';

const RUNS = 300;
/** Generous: the whole property normally takes well under a second; only a hang gets near it. */
const LIMIT_MS = 20_000;

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'data:text/html,x',
    '\u202Egnp.exe',
    '\u200B',
    '\uFEFF',
    '\uD800',
    'p.one',
    'kensho-pack',
    'https://example.org/',
    '2025-10-14',
    'ai-roi',
    '',
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  hostileString,
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(1e308, -0, 2 ** 53 + 1, 1, 0, true, null),
);

/** A valid pack with `edits` random replacements at random places (keys and values). */
function mutatedPack(edits: { at: number; key: string | null; value: unknown }[]): string {
  const root = JSON.parse(
    JSON.stringify({
      format: 'kensho-pack',
      version: 1,
      id: 'my-pack',
      name: { en: 'My pack', ja: '自作パック' },
      claims: [makeClaim('p.one'), makeClaim('p.two')],
    }),
  ) as Record<string, unknown>;
  const containers: Record<string | number, unknown>[] = [];
  const collect = (x: unknown) => {
    if (x && typeof x === 'object') {
      containers.push(x as Record<string, unknown>);
      for (const child of Object.values(x)) collect(child);
    }
  };
  collect(root);
  for (const { at, key, value } of edits) {
    const target = containers[at % containers.length]!;
    const keys = Object.keys(target);
    const k = key ?? keys[at % Math.max(1, keys.length)] ?? 'x';
    (target as Record<string, unknown>)[k] = value;
  }
  // A key named __proto__ set above is an own key here; stringify writes it into the text like a hostile file would.
  return JSON.stringify(root);
}

let accepted = 0;
function checkResult(r: PackResult): void {
  if (r.ok) accepted++;
  if (!r.ok) {
    expect(typeof r.error.path).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    return;
  }
  expect(v.safeParse(PackSchema, r.pack).success).toBe(true);
  expect(JSON.stringify(r.pack)).not.toMatch(/"(__proto__|constructor|prototype)":/);
  expect(parsePack(serializePack(r.pack))).toEqual(r);
}

function runCounted(property: fc.IProperty<never>): void {
  const result = fc.check(property, { numRuns: RUNS, interruptAfterTimeLimit: LIMIT_MS });
  expect(result.failed, result.failed ? fc.defaultReportMessage(result) : '').toBe(false);
  expect(result.numRuns, 'every run completed (none hung)').toBe(RUNS);
}

describe('parsePack on random input', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  it('random JSON documents: a result, never a throw', () => {
    runCounted(
      fc.property(fc.jsonValue({ maxDepth: 20 }), (doc) =>
        checkResult(parsePack(JSON.stringify(doc) ?? 'null')),
      ) as never,
    );
  });

  it('random text (any code points, lone surrogates, brackets): a result, never a throw', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('{', '[', '"', '\\', ']', '}', ',', ':', '1'), maxLength: 300 }),
    );
    runCounted(fc.property(text, (t) => checkResult(parsePack(t))) as never);
  });

  it('valid packs with random fields replaced or added: a result, never a throw, and accepted packs are clean', () => {
    const edit = fc.record({ at: fc.nat(), key: fc.option(hostileString, { nil: null }), value: hostileValue });
    accepted = 0;
    runCounted(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) =>
        checkResult(parsePack(mutatedPack(edits))),
      ) as never,
    );
    // Some edits leave a valid pack (an extra __proto__ key, a harmless text): the accepted branch is exercised too.
    expect(accepted).toBeGreaterThan(0);
  });

  it('left Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
