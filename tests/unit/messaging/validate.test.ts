import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_CLAIMS, PAYLOADS, parseEnvelope } from '../../../src/messaging/validate';
import { COMMAND_PAYLOADS, parseCommand } from '../../../src/messaging/validate-commands';

const env = (type: string, data: unknown) => ({ kensho: 1, type, data });
const claim = { claimId: 'ai-roi.mit-95', count: 1, stances: ['supports'], figures: [] };

const good: Record<keyof typeof PAYLOADS, Record<string, unknown>> = {
  'page/results': { url: 'https://www.reuters.com/a', claims: [claim] },
  'page/unload': { url: 'https://www.reuters.com/embed' },
  'claim/sources': { claimIds: ['ai-roi.mit-95'] },
  'card/load': {},
  'engine/load': {},
  'claims/vocabulary': {},
  'claims/added': {},
  'page/not-this-claim': { claimId: 'ai-roi.mit-95', sentence: 'Most pilots fail.', stance: 'supports' },
  'tab/results': { tabId: 3 },
  'tab/changed': { tabId: 3 },
  'page/reveal': { claimId: 'ai-roi.mit-95', occurrence: 0 },
  'page/stop': { reason: 'revoked' },
  'feeds/check': { url: 'https://feeds.example.net/kensho/feed.json' },
};

/** Fields whose null is well-formed too (feeds/check with url null checks every feed). */
const NULLABLE = new Set(['feeds/check.url']);

describe('message validation', () => {
  it('accepts each message type with a well-formed payload', () => {
    for (const [type, data] of Object.entries(good)) expect(parseEnvelope(env(type, data)), type).not.toBeNull();
    for (const field of NULLABLE) {
      const [type, key] = field.split('.') as [keyof typeof good, string];
      expect(parseEnvelope(env(type, { ...good[type], [key]: null })), field).not.toBeNull();
    }
  });

  it('rejects unknown types, missing envelopes, extra fields and out-of-range values', () => {
    expect(parseEnvelope(env('settings/write', {}))).toBeNull();
    expect(parseEnvelope(env('__proto__', {}))).toBeNull();
    expect(parseEnvelope(env('toString', {}))).toBeNull();
    expect(parseEnvelope({ type: 'tab/results', data: { tabId: 1 } })).toBeNull();
    expect(parseEnvelope(env('tab/results', { tabId: 1, extra: true }))).toBeNull();
    expect(parseEnvelope(env('tab/results', { tabId: -1 }))).toBeNull();
    expect(parseEnvelope(env('page/reveal', { claimId: 'x', occurrence: 1.5 }))).toBeNull();
    expect(parseEnvelope(env('page/stop', { reason: 'because' }))).toBeNull();
    expect(parseEnvelope(env('feeds/check', { url: 'https://a/feed.json', body: 'x' }))).toBeNull();
    expect(parseEnvelope(env('page/unload', { url: 'x'.repeat(5000) }))).toBeNull();
    expect(parseEnvelope(env('page/unload', { url: 'u', frameId: 0 }))).toBeNull();
    expect(parseEnvelope(env('page/results', { url: 'x'.repeat(5000), claims: [] }))).toBeNull();
    expect(
      parseEnvelope(env('page/results', { url: 'u', claims: Array.from({ length: 501 }, () => claim) })),
    ).toBeNull();
    expect(parseEnvelope(env('page/results', { url: 'u', claims: [{ ...claim, count: 0 }] }))).toBeNull();
  });

  it('page/not-this-claim: a claim id, a sentence of at most 500 characters and a stance; never an address', () => {
    const report = good['page/not-this-claim'];
    expect(parseEnvelope(env('page/not-this-claim', { ...report, sentence: 'x'.repeat(500) }))).not.toBeNull();
    expect(parseEnvelope(env('page/not-this-claim', { ...report, sentence: 'x'.repeat(501) }))).toBeNull();
    expect(parseEnvelope(env('page/not-this-claim', { ...report, stance: 'maybe' }))).toBeNull();
    expect(parseEnvelope(env('page/not-this-claim', { ...report, claimId: 'x'.repeat(121) }))).toBeNull();
    // The page's address is the sender's, as the browser names it: a payload may not choose it.
    expect(parseEnvelope(env('page/not-this-claim', { ...report, url: 'https://elsewhere.example/' }))).toBeNull();
    expect(parseEnvelope(env('claims/added', { all: true }))).toBeNull();
  });

  it('page/results may carry the page’s publication date, and only as a date', () => {
    for (const published of ['2025-10-14', '2025-10', '2025'])
      expect(parseEnvelope(env('page/results', { url: 'u', claims: [], published })), published).not.toBeNull();
    for (const published of ['14 October 2025', '2025-10-14T09:00:00Z', 20251014, 'x'.repeat(5000)])
      expect(parseEnvelope(env('page/results', { url: 'u', claims: [], published }))).toBeNull();
  });

  it('claim/sources: a bounded list of short string ids, nothing else', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `claim-${i}`);
    expect(parseEnvelope(env('claim/sources', { claimIds: ids(MAX_SOURCE_CLAIMS) }))).not.toBeNull();
    // Oversized: too many ids, an overlong id; empty: nothing to answer.
    expect(parseEnvelope(env('claim/sources', { claimIds: ids(MAX_SOURCE_CLAIMS + 1) }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimIds: ids(100_000) }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimIds: ['x'.repeat(121)] }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimIds: [] }))).toBeNull();
    // Forged shapes: not a list, non-string ids, extra fields, a single id, a prototype-polluting payload.
    expect(parseEnvelope(env('claim/sources', { claimIds: 'ai-roi.mit-95' }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimIds: [1, 2] }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimIds: [{ toString: () => 'ai-roi.mit-95' }] }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimIds: ['ai-roi.mit-95'], all: true }))).toBeNull();
    expect(parseEnvelope(env('claim/sources', { claimId: 'ai-roi.mit-95' }))).toBeNull();
    expect(
      parseEnvelope(env('claim/sources', JSON.parse('{"claimIds":["a"],"__proto__":{"polluted":true}}'))),
    ).toBeNull();
    expect(parseEnvelope(env('claim/sources', null))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...Object.keys(PAYLOADS), 'x'), fc.anything(), (junk, type, data) => {
        expect(() => parseEnvelope(junk)).not.toThrow();
        expect(() => parseEnvelope({ kensho: 1, type, data })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a well-formed payload broken in one place: a field missing, of the wrong kind, unknown, or the wrong envelope', () => {
    const kind = (x: unknown) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(good)), fc.nat(), fc.anything(), (entry, pick, junk) => {
        const [type, data] = entry;
        const keys = Object.keys(data);
        // A request without fields (card/load, claims/vocabulary) has none to miss or mistype, only extras.
        const key = keys.length ? keys[pick % keys.length]! : undefined;
        if (key !== undefined) {
          const { [key]: _, ...missing } = data;
          expect(parseEnvelope(env(type, missing))).toBeNull();
          const otherKind = kind(junk) !== kind(data[key]) && !(junk === null && NULLABLE.has(`${type}.${key}`));
          if (otherKind) expect(parseEnvelope(env(type, { ...data, [key]: junk }))).toBeNull();
        }
        expect(parseEnvelope(env(type, { ...data, [`${key ?? 'field'}Extra`]: junk }))).toBeNull();
        expect(parseEnvelope({ kensho: 2, type, data })).toBeNull();
        expect(parseEnvelope({ kensho: 1, type: `${type}/x`, data })).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('commands a content script accepts', () => {
  it('only the messages addressed to it, each as the full protocol validates it', () => {
    for (const type of Object.keys(COMMAND_PAYLOADS) as (keyof typeof COMMAND_PAYLOADS)[]) {
      expect(parseCommand(env(type, good[type])), type).toEqual(parseEnvelope(env(type, good[type])));
      expect(parseCommand(env(type, { ...good[type], extra: 1 })), type).toBeNull();
    }
    expect(Object.keys(COMMAND_PAYLOADS).sort()).toEqual(['page/reveal', 'page/stop']);
    for (const type of Object.keys(good).filter((t) => !Object.hasOwn(COMMAND_PAYLOADS, t)))
      expect(parseCommand(env(type, good[type as keyof typeof good])), type).toBeNull();
  });
});
