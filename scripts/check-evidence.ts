// Validates data/*.json; run at build time (`npx tsx scripts/check-evidence.ts`). Exits 1 with one line per problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, validateEvidence, type RawFile } from '../src/evidence/validate';

// Reads the directory rather than the bundled imports, so a new or misnamed file is checked too.
const dir = new URL('../data/', import.meta.url);
const files: RawFile[] = [];
const problems: string[] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const file = join('data', name);
  const text = readFileSync(new URL(name, dir), 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    problems.push(`${file}: (file): not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    continue;
  }
  files.push({ file, data });
  if (text !== JSON.stringify(data, null, 2) + '\n') {
    problems.push(`${file}: (file): not canonically formatted (2-space JSON with a final newline)`);
  }
}
const checked = validateEvidence(files);
if (!checked.ok) problems.push(...checked.issues.map(formatIssue));
if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} problem(s) in the evidence base\n`);
  process.exit(1);
}
process.stdout.write(`evidence ok: ${checked.ok ? checked.value.length : 0} claims in ${files.length} files\n`);
