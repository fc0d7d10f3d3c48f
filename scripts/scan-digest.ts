/**
 * `npx tsx scripts/scan-digest.ts [dev.jsonl]`: one line per output a speed change must leave byte-identical, each
 * with a SHA-256 of that output: the engine's scanBlock on the bench corpus (English and Japanese pages of several
 * seeds, every strictness), and `kensho eval` on a labelled set when one is given. Run it before and after a change
 * that should alter no judgement and compare (`diff`): any line that differs names what changed.
 */
import { createHash } from 'node:crypto';
import { generatePage } from '../bench/corpus';
import { createMatcher } from '../src/core/engine';
import type { Strictness } from '../src/core/types';
import { main } from '../src/cli/main';
import { loadBundledEvidence } from '../src/evidence/bundled';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const matcher = createMatcher(loadBundledEvidence());
const lines: string[] = [];

for (const lang of ['en', 'ja'] as const) {
  for (const seed of [1, 2, 3]) {
    const page = generatePage(lang, 100_000, seed);
    for (const strictness of ['loose', 'balanced', 'strict'] as Strictness[]) {
      const results = page.map((block) => matcher.scanBlock(block, lang, { strictness }));
      const sentences = results.reduce((n, r) => n + r.length, 0);
      lines.push(
        `scan ${lang} seed ${seed} ${strictness}: ${sentences} sentences matched, ${sha(JSON.stringify(results))}`,
      );
    }
  }
}

const evalSet = process.argv[2];
if (evalSet) {
  let out = '';
  const code = await main(['eval', evalSet], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (out += s),
    stdin: process.stdin,
  });
  lines.push(`kensho eval ${evalSet}: exit ${code}, ${out.length} characters, ${sha(out)}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
