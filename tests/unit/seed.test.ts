import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, testSeed } from './seed';

describe('property-test seed', () => {
  it('is fixed by default and settable, and a bad value is a clear error', () => {
    expect(testSeed({})).toBe(DEFAULT_SEED);
    expect(testSeed({ KENSHO_SEED: '42' })).toBe(42);
    expect(testSeed({ KENSHO_FUZZ_SEED: '7' })).toBe(7);
    expect(() => testSeed({ KENSHO_SEED: 'soon' })).toThrow('KENSHO_SEED must be an integer, not "soon"');
  });

  it('is what fast-check uses in this run, so two runs draw the same values', () => {
    expect(fc.readConfigureGlobal().seed).toBe(testSeed());
    const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
