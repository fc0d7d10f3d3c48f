/** `kensho evidence`: prints the validated bundled evidence base, for people or (--json) for machines. */
import type { Claim, Lang, Source } from '../../evidence/schema';
import { TOPICS, type Topic } from '../../evidence/topics';
import { checkBundledEvidence } from '../../evidence/bundled';
import { exportClaimReviews } from '../../evidence/claimreview';
import { formatIssue } from '../../evidence/validate';

const HELP = `Usage: kensho evidence [--json | --claimreview] [--lang en|ja] [--topic TOPIC]
Prints the bundled evidence base after validating it.
  --json         one JSON object {"claims": [...]} with ids, statements, figures, disputes, sources, when each claim
                 was last reviewed ("reviewed", null if never) and its dated updates
  --claimreview  the claims as schema.org ClaimReview JSON-LD
  --lang         language of the readable listing and of --claimreview text (default en)
  --topic        only the claims of one topic
`;

type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

/**
 * The machine shape promised by the CLI contract; url and title are null when a source has no known address or title.
 */
function toJson(claim: Claim) {
  const source = (s: Source) => ({
    url: s.url ?? null,
    publisher: s.publisher,
    kind: s.kind,
    lang: s.lang,
    date: s.date,
    title: s.title ?? null,
    stance: s.stance,
    summary: s.summary,
    ...(s.via ? { via: s.via } : {}),
    ...(s.note ? { note: s.note } : {}),
  });
  return {
    id: claim.id,
    topic: claim.topic,
    statement: claim.statement,
    figures: claim.figures,
    disputes: claim.disputes,
    sources: claim.sources.map(source),
    reviewed: claim.reviewed ?? null,
    updates: (claim.updates ?? []).map((u) => ({
      date: u.date,
      status: u.status,
      summary: u.summary,
      sources: u.sources.map(source),
    })),
  };
}

function describe(claim: Claim, lang: Lang): string {
  const lines = [`${claim.id}  [${claim.topic}]`, `  ${claim.statement[lang]}`];
  if (claim.disputes.length) lines.push(`  disputes: ${claim.disputes.join(', ')}`);
  for (const s of claim.sources) lines.push(`  - ${s.publisher}, ${s.date} (${s.stance})${s.url ? ` ${s.url}` : ''}`);
  for (const u of claim.updates ?? []) lines.push(`  update ${u.date} (${u.status}): ${u.summary[lang]}`);
  lines.push(`  reviewed: ${claim.reviewed ?? 'never'}`);
  return lines.join('\n');
}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs the command; returns the exit code (0 ok, 1 invalid evidence, 2 bad usage). */
export async function evidenceCommand(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  const known = new Set(['--json', '--claimreview', '--lang', '--topic']);
  const valued = new Set(['--lang', '--topic']);
  const unknown = args.find((a, i) => !known.has(a) && !valued.has(args[i - 1] ?? ''));
  const lang = optionValue(args, '--lang') ?? 'en';
  const topic = optionValue(args, '--topic');
  const usage =
    unknown !== undefined
      ? `unknown option "${unknown}"`
      : lang !== 'en' && lang !== 'ja'
        ? '--lang must be en or ja'
        : topic !== undefined && !TOPICS.includes(topic as Topic)
          ? `--topic must be one of ${TOPICS.join(', ')}`
          : args.includes('--json') && args.includes('--claimreview')
            ? 'choose one of --json and --claimreview'
            : undefined;
  if (usage) {
    io.stderr(`kensho evidence: ${usage}\n${HELP}`);
    return 2;
  }
  const checked = checkBundledEvidence();
  if (!checked.ok) {
    io.stderr(`${checked.issues.map(formatIssue).join('\n')}\nkensho evidence: the bundled evidence base is invalid\n`);
    return 1;
  }
  const claims = checked.value.filter((c) => topic === undefined || c.topic === topic);
  if (args.includes('--json')) io.stdout(`${JSON.stringify({ claims: claims.map(toJson) })}\n`);
  else if (args.includes('--claimreview'))
    io.stdout(`${JSON.stringify(exportClaimReviews(claims, { lang: lang as Lang }), null, 2)}\n`);
  else io.stdout(`${claims.map((c) => describe(c, lang as Lang)).join('\n\n')}\n\n${claims.length} claims\n`);
  return 0;
}
