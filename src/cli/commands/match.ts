/**
 * `kensho match`: JSON Lines in ({"text", "lang"?}), exactly one JSON line out per line in, in order.
 * A malformed line gets {"error": "..."} on its own line; the run continues and exits 1 at the end.
 */
import { createInterface } from 'node:readline';
import type { Command } from '../io';
import type { Matcher, MatchLang, SentenceMatch } from '../../core/types';
import { timelineAt } from '../../core/claim-status';
import type { Claim } from '../../evidence/schema';
import { dateRange } from '../../core/published';
import { createMatcher } from '../../core/engine';
import { loadClaims, parseMatcherArgs, UsageError } from '../matcher-args';

const HELP = `Usage: kensho match [--strictness loose|balanced|strict] [--evidence claims.json] < input.jsonl
Reads one {"text": "...", "lang": "en"|"ja", "date": "2025-10-14"} object per line ("lang" and "date" optional;
"date" is when the page was published: claims about later events are left out). Writes one {"matches": [...]}
line per input line. Each match carries "status", the claim's status at the page's date (today's without one), and
"laterUpdates", the claim's dated updates after that date, newest first (all of them without a date).
`;

/**
 * The public shape of one match (no offsets: the CLI speaks about sentences, not pages), with where the claim stood at
 * the page's date and what came after.
 */
export function publicMatch(m: SentenceMatch, claim: Pick<Claim, 'updates'> | undefined, date?: string) {
  return {
    claimId: m.claimId,
    topic: m.topic,
    score: Math.round(m.score * 1000) / 1000,
    stance: m.stance,
    terms: m.terms,
    figures: m.figures.map((f) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      verdict: f.verdict,
      expected: f.expected,
    })),
    ...timelineAt(claim?.updates, date),
  };
}

/** Validates one input line; returns the text and language or an error message. */
export function parseInputLine(line: string): { text: string; lang?: MatchLang; date?: string } | { error: string } {
  if (!line.trim()) return { error: 'empty line: expected a JSON object like {"text": "..."}' };
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    return { error: 'expected a JSON object like {"text": "..."}' };
  const { text, lang, date } = obj as { text?: unknown; lang?: unknown; date?: unknown };
  if (typeof text !== 'string') return { error: '"text" must be a string' };
  if (lang !== undefined && lang !== null && lang !== 'en' && lang !== 'ja')
    return { error: '"lang" must be "en" or "ja" when given' };
  if (date !== undefined && date !== null && (typeof date !== 'string' || !dateRange(date)))
    return { error: '"date" must be a date like "2025-10-14", "2025-10" or "2025" when given' };
  return { text, ...(lang === 'en' || lang === 'ja' ? { lang } : {}), ...(typeof date === 'string' ? { date } : {}) };
}

export const matchCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  let matcher: Matcher;
  let byId: Map<string, Claim>;
  try {
    const opts = parseMatcherArgs(args, ['--strictness', '--evidence']);
    if (opts.positional.length)
      throw new UsageError(`unexpected argument "${opts.positional[0]}": match reads JSON Lines on stdin`);
    if (!io.stdin) throw new UsageError('no standard input to read');
    const claims = await loadClaims(opts.evidence);
    matcher = createMatcher(claims, { strictness: opts.strictness });
    byId = new Map(claims.map((c) => [c.id, c]));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`kensho match: ${err.message}\n${HELP}`);
    return 2;
  }
  let failed = false;
  const rl = createInterface({ input: io.stdin!, crlfDelay: Infinity });
  for await (const line of rl) {
    const input = parseInputLine(line);
    if ('error' in input) {
      failed = true;
      io.stdout(`${JSON.stringify({ error: input.error })}\n`);
      continue;
    }
    const matches = matcher
      .matchSentence(input.text, input.lang, { published: input.date })
      .map((m) => publicMatch(m, byId.get(m.claimId), input.date));
    io.stdout(`${JSON.stringify({ matches })}\n`);
  }
  return failed ? 1 : 0;
};
