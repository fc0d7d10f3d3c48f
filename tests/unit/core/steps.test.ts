import { describe, expect, it } from 'vitest';
import { KeyAutomaton } from '../../../src/core/automaton';
import { allKeys, buildClaimIndex, buildClaimIndexSteps } from '../../../src/core/claim-index';
import { createMatcher, createMatcherAsync } from '../../../src/core/engine';
import { normaliseCodes } from '../../../src/core/normalise';
import { drainSteps, runSteps } from '../../../src/core/steps';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { FIXTURE_CLAIMS } from './fixture-claims';
import { lookupClaims } from '../../../src/core/lookup';

function* counter(n: number): Generator<void, number> {
  for (let i = 0; i < n; i++) yield;
  return n;
}

describe('stepped builders', () => {
  it('drainSteps runs a builder to completion', () => {
    expect(drainSteps(counter(5))).toBe(5);
  });

  it('runSteps gives the thread back once a slice has used its time, and not in between', async () => {
    let clock = 0;
    let yields = 0;
    function* work(): Generator<void, string> {
      for (let i = 0; i < 10; i++) {
        clock += 3; // each step "takes" 3 ms
        yield;
      }
      return 'done';
    }
    const result = await runSteps(work(), { sliceMs: 8, now: () => clock, yieldFn: async () => void yields++ });
    expect(result).toBe('done');
    expect(yields).toBe(3); // after 9, 18 and 27 ms of work: no slice runs past 8 ms plus one step
  });

  it('runSteps stops between slices once the signal aborts', async () => {
    const controller = new AbortController();
    let clock = 0;
    const steps = (function* () {
      for (;;) {
        clock += 10;
        yield;
      }
    })();
    const run = runSteps(steps, {
      sliceMs: 8,
      now: () => clock,
      signal: controller.signal,
      yieldFn: async () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });

  it('the stepped index holds the same keys, claims and automaton as the one-go build', () => {
    const a = buildClaimIndex(FIXTURE_CLAIMS);
    let steps = 0;
    const gen = buildClaimIndexSteps(FIXTURE_CLAIMS);
    let r = gen.next();
    for (; !r.done; r = gen.next()) steps++;
    const b = r.value;
    expect(steps).toBeGreaterThan(FIXTURE_CLAIMS.length); // at least one step per claim
    expect(allKeys(b.keys)).toEqual(allKeys(a.keys));
    expect(Array.from({ length: b.keys.length }, (_, id) => b.keys.display(id))).toEqual(
      Array.from({ length: a.keys.length }, (_, id) => a.keys.display(id)),
    );
    expect(b.claims.map((c) => [...c.keys])).toEqual(a.claims.map((c) => [...c.keys]));
    const n = normaliseCodes('NVIDIA will invest $100 billion in OpenAI; エヌビディアはオープンAIに出資');
    const hits = (x: KeyAutomaton) => {
      const out: number[][] = [];
      x.scan(n.codes, n.length, (id, end) => out.push([id, end]));
      return out;
    };
    expect(hits(b.automaton)).toEqual(hits(a.automaton));
    expect(hits(b.automaton).length).toBeGreaterThan(0);
  });

  it('KeyAutomaton.buildSteps yields on large key sets and finds the same keys', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `key${i}x`);
    const gen = KeyAutomaton.buildSteps(keys);
    let steps = 0;
    let r = gen.next();
    for (; !r.done; r = gen.next()) steps++;
    expect(steps).toBeGreaterThan(10);
    const n = normaliseCodes('a key2999x and key17x');
    const found: string[] = [];
    r.value.scan(n.codes, n.length, (id) => found.push(keys[id]!));
    expect(found.sort()).toEqual(['key17x', 'key2999x']);
  });

  it('createMatcherAsync matches exactly like createMatcher on the bundled evidence', async () => {
    const claims = loadBundledEvidence();
    const sync = createMatcher(claims);
    const async = await createMatcherAsync(claims, {}, { sliceMs: 1 });
    const block =
      'Nvidia said it would invest up to $100 billion in OpenAI. Meta sold $30 billion of bonds to fund data centres. ' +
      'エヌビディアはオープンAIに最大1000億ドルを投資する。';
    expect(sync.scanBlock(block).length).toBeGreaterThan(0);
    expect(async.scanBlock(block)).toEqual(sync.scanBlock(block));
    expect(lookupClaims(async.index, 'circular financing')).toEqual(lookupClaims(sync.index, 'circular financing'));
  });
});

describe('runSteps: yieldFirst', () => {
  it('gives the thread back before any work when asked to', async () => {
    const log: string[] = [];
    const steps = (function* (): Generator<void, string> {
      log.push('work');
      yield;
      return 'done';
    })();
    const result = await runSteps(steps, { yieldFirst: true, yieldFn: async () => void log.push('yield') });
    expect(result).toBe('done');
    expect(log[0]).toBe('yield');
  });
});
