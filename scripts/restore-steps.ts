/**
 * Times the bundled index's restore step by step as a page runs it: the snapshot module, the claims and the restore
 * bundled into one classic script (esbuild, with the build's own virtual modules), compiled and run cold in a fresh
 * Node process per sample, as engine.js is in a frame. Prints the median of each step over the samples, and of a
 * first scan after it (what a lazy restore leaves to the first sentence). Not part of the bench: a tool for #14.
 *
 *   npx tsx scripts/restore-steps.ts [samples]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import { indexSnapshotModule } from '../build/index-snapshot-plugin';
import { pageClaimsModule } from '../build/page-claims-plugin';

const root = new URL('../', import.meta.url);
const data = new URL('data/', root);

/** The build's virtual modules (vite plugins) served to esbuild. */
function virtual(plugins: Plugin[]): EsbuildPlugin {
  const call = (hook: unknown, ...args: unknown[]) =>
    (hook as (this: unknown, ...a: unknown[]) => unknown).call({ addWatchFile() {} }, ...args);
  return {
    name: 'kensho-virtual',
    setup(b) {
      b.onResolve({ filter: /^virtual:kensho\// }, (a) => ({ path: a.path, namespace: 'kensho' }));
      b.onLoad({ filter: /.*/, namespace: 'kensho' }, (a) => {
        for (const p of plugins) {
          const id = call(p.resolveId, a.path) as string | null;
          if (!id) continue;
          const out = call(p.load, id) as { code: string };
          return { contents: out.code, loader: 'js' };
        }
        return null;
      });
    },
  };
}

// One step's time per yield of restoreIndexSteps, the snapshot's read first, then a first scan of a claim sentence.
const entry = `
import snapshot from 'virtual:kensho/index-snapshot';
import { restoreIndexSteps } from './src/core/index-snapshot';
import { bundledPageClaims } from './src/evidence/page-claims';
import { matcherFromRestored } from './src/core/engine';
globalThis.runRestore = () => {
  const claims = bundledPageClaims();
  const times = [];
  let t0 = performance.now();
  // Before snapshot v5 the module exported a function that parsed it: its call is the first step's.
  const s = typeof snapshot === 'function' ? snapshot() : snapshot;
  const steps = restoreIndexSteps(claims, s, undefined, { policyChecked: true });
  times.push(performance.now() - t0);
  let r;
  for (;;) {
    t0 = performance.now();
    r = steps.next();
    times.push(performance.now() - t0);
    if (r.done) break;
  }
  t0 = performance.now();
  const m = matcherFromRestored(r.value);
  m.scanBlock('Big Tech is borrowing heavily to fund AI data centers, with Meta and Oracle selling $30 billion of bonds.');
  m.scanBlock('ソフトバンクはAI投資のために社債を発行し、データセンター建設の資金を借り入れている。');
  const scan = performance.now() - t0;
  return { times, scan };
};
`;

const samples = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'kensho-restore-'));
try {
  const out = join(dir, 'restore.js');
  await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(root), loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: out,
    define: { __KENSHO_BUILD__: '"restore-steps"' },
    plugins: [virtual([indexSnapshotModule(data), pageClaimsModule(data)])],
    logLevel: 'error',
  });
  // vm's own first-run cost is paid on a one-line script first: only the bundle's compile and evaluation are timed.
  const probe =
    "const vm = require('vm'); const src = require('fs').readFileSync(process.argv[1], 'utf8');" +
    "vm.runInThisContext('globalThis.x = 0;'); const t0 = performance.now(); vm.runInThisContext(src);" +
    'const script = performance.now() - t0; process.stdout.write(JSON.stringify({ ...globalThis.runRestore(), script }));';
  const runs: { times: number[]; scan: number; script: number }[] = [];
  for (let i = 0; i < samples; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['-e', probe, out], { encoding: 'utf8' })));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const steps = runs[0]!.times.length;
  const per = Array.from({ length: steps }, (_, s) => r2(median(runs.map((r) => r.times[s]!))));
  console.log(
    `restore steps (ms, median of ${samples} cold processes; the first is the snapshot's read): ${per.join(' ')}`,
  );
  console.log(`the bundle's compile and evaluation: ${r2(median(runs.map((r) => r.script)))} ms`);
  console.log(`restore total: ${r2(median(runs.map((r) => r.times.reduce((a, b) => a + b, 0))))} ms`);
  console.log(`then matcher and a first scan of two claim sentences: ${r2(median(runs.map((r) => r.scan)))} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
