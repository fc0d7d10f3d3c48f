/**
 * Which form of bundled data is cheaper for the script every news page loads: `JSON.parse('<string>')` or an object
 * literal. A content script is compiled and run cold on every page load, so each sample is a fresh Node process (a
 * cold V8 isolate) compiling and running one form as a classic script; median of several samples, forms taking turns.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DataFormTimes {
  jsonParseMs: number;
  literalMs: number;
}

/** Times compiling and evaluating `value` as JSON.parse of a string literal and as an object literal. */
export function dataFormTimes(value: unknown, runs = 9): DataFormTimes {
  const text = JSON.stringify(value);
  const dir = mkdtempSync(join(tmpdir(), 'kensho-data-form-'));
  try {
    const files = {
      jsonParseMs: join(dir, 'json-parse.js'),
      literalMs: join(dir, 'literal.js'),
    };
    writeFileSync(files.jsonParseMs, `globalThis.data = JSON.parse(${JSON.stringify(text)});`);
    writeFileSync(files.literalMs, `globalThis.data = ${text};`);
    // vm's own first-run cost is paid on a one-line script first: only the data's compile and evaluation are timed.
    const probe =
      "const vm = require('vm'); const src = require('fs').readFileSync(process.argv[1], 'utf8'); vm.runInThisContext('globalThis.data = 0;'); " +
      'const t0 = performance.now(); vm.runInThisContext(src); process.stdout.write(String(performance.now() - t0));';
    const times: Record<keyof DataFormTimes, number[]> = { jsonParseMs: [], literalMs: [] };
    const sample = (file: string) => Number(execFileSync(process.execPath, ['-e', probe, file], { encoding: 'utf8' }));
    for (let i = 0; i < runs; i++) {
      for (const key of (i % 2
        ? ['literalMs', 'jsonParseMs']
        : ['jsonParseMs', 'literalMs']) as (keyof DataFormTimes)[]) {
        times[key].push(sample(files[key]));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const round = (x: number) => Math.round(x * 100) / 100;
    return { jsonParseMs: round(median(times.jsonParseMs)), literalMs: round(median(times.literalMs)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
