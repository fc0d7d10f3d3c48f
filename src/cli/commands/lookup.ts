/** `kensho lookup "free text"`: the claims that best match, with their sources, for people (or --json). */
import type { Command } from '../io';
import type { Claim } from '../../evidence/schema';
import { createMatcher } from '../../core/engine';
import { lookupClaims } from '../../core/lookup';
import { guessLang } from '../../core/segment';
import { loadClaims, parseMatcherArgs, UsageError } from '../matcher-args';

const HELP = `Usage: kensho lookup "free text" [--limit N] [--json] [--evidence claims.json]
Shows the claims in the evidence base that best match the text, with their sources.
`;

function describe(claim: Claim, score: number, lang: 'en' | 'ja'): string {
  const lines = [`${score.toFixed(2)}  ${claim.id}  [${claim.topic}]`, `      ${claim.statement[lang]}`];
  for (const s of claim.sources) {
    lines.push(
      `      - ${s.publisher}, ${s.date} (${s.stance})${s.title ? `: ${s.title}` : ''}${s.url ? `\n        ${s.url}` : ''}`,
    );
  }
  return lines.join('\n');
}

export const lookupCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  try {
    const opts = parseMatcherArgs(args, ['--limit', '--json', '--evidence', '--strictness']);
    const query = opts.positional.join(' ').trim();
    if (!query) throw new UsageError('give the text to look up, e.g. kensho lookup "Nvidia OpenAI investment"');
    const claims = await loadClaims(opts.evidence);
    const byId = new Map(claims.map((c) => [c.id, c]));
    const results = lookupClaims(createMatcher(claims).index, query, opts.limit ?? 5);
    if (opts.json) {
      io.stdout(`${JSON.stringify({ query, results: results.map((r) => ({ ...r, claim: byId.get(r.claimId) })) })}\n`);
      return 0;
    }
    if (!results.length) {
      io.stdout(`No claim in the evidence base matches "${query}".\n`);
      return 0;
    }
    const lang = guessLang(query);
    io.stdout(`${results.map((r) => describe(byId.get(r.claimId)!, r.score, lang)).join('\n\n')}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`kensho lookup: ${err.message}\n${HELP}`);
    return 2;
  }
};
