// Validates data/*.json (`npx tsx scripts/check-evidence.ts`). Exits 1 with one line per problem.
import { checkEvidenceFiles } from '../build/check-evidence-files';

const { problems, claims, files } = checkEvidenceFiles(new URL('../data/', import.meta.url));
if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} problem(s) in the evidence base\n`);
  process.exit(1);
}
process.stdout.write(`evidence ok: ${claims} claims in ${files} files\n`);
