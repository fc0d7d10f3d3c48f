// Node-only: validates the evidence files on disk (build hook and scripts/check-evidence.ts share it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, untrusted, validateEvidence, type RawFile } from '../src/evidence/validate';
import { policyProblems } from '../src/evidence/policy-schema';

/** Problems in data/*.json, one line each; reads the directory so a new or misnamed file is checked too. */
export function checkEvidenceFiles(dir: URL): { problems: string[]; claims: number; files: number } {
  const files: RawFile[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
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
  // The matching policy lives in a subfolder (files directly in data/ are topic files).
  try {
    problems.push(...policyProblems(JSON.parse(readFileSync(new URL('policy/matching.json', dir), 'utf8'))));
  } catch (err) {
    problems.push(`data/policy/matching.json: (file): ${err instanceof Error ? err.message : String(err)}`);
  }
  const checked = validateEvidence(files);
  if (!checked.ok) problems.push(...checked.issues.map(formatIssue));
  else problems.push(...untrusted(files, checked.value));
  return { problems, claims: checked.ok ? checked.value.length : 0, files: files.length };
}
