// `npm run ablate [-- path/to/dev.jsonl]`: switches each entry of the matching policy (data/policy/matching.json)
// off in turn, and the claims' `requires`, and prints what each does on the dev set's tune and check halves and on
// our own sentences (tests/fixtures/sentences), side by side. An entry earns its place when switching it off
// hurts on data it was not fitted to (the check half, our own sentences), not only on the tune half.
import { readFileSync } from 'node:fs';
import { createMatcher } from '../src/core/engine';
import { DEFAULT_POLICY, type Policy } from '../src/core/policy';
import { loadBundledEvidence } from '../src/evidence/bundled';
import { BUNDLED_FILES } from '../src/evidence/bundled-data';
import type { Claim, TopicFile } from '../src/evidence/schema';
import { claimsOf } from '../src/evidence/topic-vocabulary';
import { evaluate, type EvalStats } from '../src/cli/eval/metrics';
import { parseRows, type NumberedRow } from '../src/cli/eval/rows';
import { halfOf } from '../src/cli/eval/split';

const devPath = process.argv[2] ?? '../shared/eval/dev.jsonl';
const read = (p: string) => parseRows(readFileSync(p, 'utf8'), p);
const dev = read(devPath);
const sets: Record<string, NumberedRow[]> = {
  tune: dev.filter((r) => halfOf(r.row) === 'tune'),
  check: dev.filter((r) => halfOf(r.row) === 'check'),
  own: read('tests/fixtures/sentences/generalisation.jsonl'),
  held: read('tests/fixtures/sentences/heldout-2026.jsonl'),
};
/** The stance rules' own sentences (tests/fixtures/sentences/stance-rules.jsonl): claim and expected stance each. */
const rules: { lang: 'en' | 'ja'; claim: string; stance: string; text: string }[] = readFileSync(
  'tests/fixtures/sentences/stance-rules.jsonl',
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const bundled = loadBundledEvidence();

/**
 * What "off" means for each kind of entry: a bonus or share gives nothing, a factor changes nothing, a list is empty.
 */
const NEUTRAL: Record<string, number> = {
  'evidence.topicShare': 0,
  'figures.bonus': 0,
  'figures.smallAmountShare': 0,
  'figures.comparableShare': 0,
  'figures.otherPeriodFactor': 1,
  'figures.farShareFloor': 1,
  'ranking.disputedShare': 0,
  'evidence.laterKeyWeight': 1,
};

function variants(): [string, Policy, Claim[]][] {
  const out: [string, Policy, Claim[]][] = [['(policy as is)', DEFAULT_POLICY, bundled]];
  for (const [path, value] of Object.entries(NEUTRAL)) {
    const p = structuredClone(DEFAULT_POLICY);
    const [a, b] = path.split('.') as [keyof Policy, string];
    (p[a] as Record<string, unknown>)[b] = value;
    out.push([`${path} = ${value}`, p, bundled]);
  }
  const lex = DEFAULT_POLICY.lexicon;
  for (const key of Object.keys(lex) as (keyof Policy['lexicon'])[]) {
    const entry = lex[key];
    if (Array.isArray(entry)) {
      const p = structuredClone(DEFAULT_POLICY);
      (p.lexicon[key] as string[]) = [];
      out.push([`lexicon.${key} = []`, p, bundled]);
      continue;
    }
    for (const sub of Object.keys(entry)) {
      const p = structuredClone(DEFAULT_POLICY);
      (p.lexicon[key] as Record<string, string[]>)[sub] = [];
      out.push([`lexicon.${key}.${sub} = []`, p, bundled]);
    }
  }
  out.push(['claims without requires', DEFAULT_POLICY, bundled.map(({ requires: _, ...c }) => c)]);
  // The topic files' shared vocabulary (data/<topic>.json `vocabulary`), given to no claim.
  const own = BUNDLED_FILES.flatMap((f) => claimsOf({ ...(f.data as TopicFile), vocabulary: undefined }));
  out.push(['topic files without shared vocabulary', DEFAULT_POLICY, own]);
  return out;
}

const cell = (s: EvalStats) =>
  `${s.f1.toFixed(3)} ${s.stance.toFixed(3)} ${s.contradictionRecall.toFixed(2)} ${String(s.hardFlagged).padStart(2)}`;
const header = [
  'entry switched off'.padEnd(40),
  ...Object.keys(sets).map((k) => `${k}: F1    stance cR   hFP`.padEnd(26)),
  'rules ok',
].join(' ');
process.stdout.write(`${header}\n`);
let base: string[] | undefined;
for (const [name, policy, claims] of variants()) {
  const matcher = createMatcher(claims, {}, policy);
  const cells = Object.values(sets).map((rows) =>
    cell(
      evaluate(
        rows,
        ({ row }) => matcher.matchSentence(row.text, row.lang, { published: row.date ?? undefined }),
        claims,
        [],
      ),
    ),
  );
  const ok = rules.filter(
    (r) => matcher.matchSentence(r.text, r.lang).find((m) => m.claimId === r.claim)?.stance === r.stance,
  );
  cells.push(`${ok.length}/${rules.length}`);
  base ??= cells;
  const same = cells.every((c, i) => c === base![i]);
  process.stdout.write(
    `${name.padEnd(40)} ${cells.map((c) => c.padEnd(26)).join(' ')}${same && name !== '(policy as is)' ? '  (no effect)' : ''}\n`,
  );
}
