/**
 * Property-based: random page text at the real matcher over the bundled evidence (Japanese, emoji, lone surrogates,
 * characters that expand under NFKC, huge numbers, long runs, real evidence vocabulary in random order). The matcher
 * answers with well-formed results and never throws, and never hangs: each property runs in a child process
 * (matcher-fuzz.ts) that is killed if it does not finish, so even a synchronous endless loop fails the test, naming
 * the input it was on. Completion is asserted by the count of runs, not by timing any single case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSeed } from '../seed';

/** Far above a normal run (a few seconds); only a hang gets near it. */
const KILL_AFTER_MS = 90_000;
const SEED = testSeed();

function fuzz(
  property: 'scan' | 'sentence' | 'long',
  runs: number,
): { numRuns: number; failed: boolean; matched: number; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kensho-fuzz-'));
  const last = join(dir, 'last-input.json');
  try {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/unit/core/matcher-fuzz.ts', property, String(runs), String(SEED), last],
      {
        encoding: 'utf8',
        timeout: KILL_AFTER_MS,
        killSignal: 'SIGKILL',
      },
    );
    const lastInput = (() => {
      try {
        return readFileSync(last, 'utf8').slice(0, 2000);
      } catch {
        return '(none)';
      }
    })();
    expect(child.signal, `killed: the matcher hung (seed ${SEED}) on ${lastInput}`).toBeNull();
    expect(child.status, `${child.stderr}\n(seed ${SEED}, last input ${lastInput})`).toBe(0);
    return JSON.parse(child.stdout.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the matcher on random text', { timeout: KILL_AFTER_MS + 10_000 }, () => {
  it('scanBlock: well-formed results, never a throw, never a hang', () => {
    const r = fuzz('scan', 400);
    expect(r.failed, r.report).toBe(false);
    expect(r.numRuns, 'every run completed').toBe(400);
    // The vocabulary pieces make real matches happen, so scoring and stance code run too, not only the early exits.
    expect(r.matched).toBeGreaterThan(20);
  });

  it('matchSentence and lookup: never a throw, never a hang, lookup respects its limit', () => {
    const r = fuzz('sentence', 300);
    expect(r.failed, r.report).toBe(false);
    expect(r.numRuns, 'every run completed').toBe(300);
  });

  it('long runs (a few thousand characters of one piece, incl. expanding characters): never a throw, never a hang', () => {
    const r = fuzz('long', 40);
    expect(r.failed, r.report).toBe(false);
    expect(r.numRuns, 'every run completed').toBe(40);
  });
});
