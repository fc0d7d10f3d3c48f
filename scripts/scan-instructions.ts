/**
 * `npx tsx scripts/scan-instructions.ts`: instructions per scan of each bench page, counted by valgrind's callgrind
 * instead of timed. On a shared 2-core machine wall time wanders by ±10% or more between runs and with import order,
 * so speed changes smaller than that cannot be told apart by `npm run bench`; instruction counts can. The engine is
 * bundled with a driver (scripts/lib/scan-driver.ts) and run twice per language, with 0 and with 20 measured scans
 * after the same warm-up; per scan = (count(20) - count(0)) / 20, full collections included. Needs valgrind; the
 * four runs go in parallel and take several minutes. Compare a change against its base run the same way.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCANS = 20;
const dir = mkdtempSync(join(tmpdir(), 'kensho-scan-instructions-'));
const bundle = join(dir, 'scan-driver.mjs');
execFileSync('npx', [
  'esbuild',
  'scripts/lib/scan-driver.ts',
  '--bundle',
  '--platform=node',
  '--format=esm',
  `--outfile=${bundle}`,
  '--log-level=error',
]);

/** Instructions callgrind counts for one run of the driver (single-threaded and predictable: the same each time). */
function count(lang: string, scans: number): Promise<number> {
  const log = join(dir, `${lang}-${scans}.log`);
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', `--log-file=${log}`, 'node'];
  const node = ['--single-threaded', '--predictable', '--expose-gc', bundle, lang, String(scans)];
  return new Promise((resolve, reject) => {
    spawn('valgrind', [...args, ...node], { stdio: 'ignore' })
      .on('error', reject)
      .on('exit', (code) => {
        const m = /Collected : (\d+)/.exec(readFileSync(log, 'utf8'));
        if (code !== 0 || !m) reject(new Error(`callgrind ${lang} ${scans}: exit ${code}, see ${log}`));
        else resolve(Number(m[1]));
      });
  });
}

const langs = ['en', 'ja'] as const;
const counts = await Promise.all(langs.flatMap((lang) => [count(lang, 0), count(lang, SCANS)]));
const perScan = Object.fromEntries(
  langs.map((lang, i) => [lang, Math.round((counts[2 * i + 1]! - counts[2 * i]!) / SCANS)]),
);
process.stdout.write(`${JSON.stringify({ instructionsPerScan: perScan, scans: SCANS })}\n`);
