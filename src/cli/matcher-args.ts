/** Option parsing shared by the commands that build a matcher (match, lookup, eval). */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { FileClaimSchema, TopicFileSchema, TopicVocabularySchema, type Claim } from '../evidence/schema';
import { claimsOf } from '../evidence/topic-vocabulary';
import { isStrictness, STRICTNESS_LEVELS, type Strictness } from '../shared/vocabulary';

export class UsageError extends Error {}

export interface MatcherArgs {
  strictness: Strictness;
  /** Path of an evidence file to use instead of the bundled evidence base. */
  evidence: string | null;
  json: boolean;
  limit: number | null;
  /** eval: judge every row as if its page date were unknown. */
  ignoreDates: boolean;
  /** eval: only the rows of this half of the fixed split (see cli/eval/split.ts). */
  split: 'tune' | 'check' | null;
  /** eval: print, for each error, what the engine saw and which rule decided. */
  explain: boolean;
  byTopic: boolean;
  causes: boolean;
  /** eval: the tables only, never a sentence (the way to read a held-out set). */
  totals: boolean;
  positional: string[];
}

/**
 * Parses --strictness, --evidence, --json, --limit, --ignore-dates, --split, --explain, --by-topic, --causes, --totals;
 * anything else unknown is an error that says what to do.
 */
export function parseMatcherArgs(args: readonly string[], allowed: readonly string[]): MatcherArgs {
  const out: MatcherArgs = {
    strictness: 'balanced',
    evidence: null,
    json: false,
    limit: null,
    ignoreDates: false,
    split: null,
    explain: false,
    byTopic: false,
    causes: false,
    totals: false,
    positional: [],
  };
  for (let i = 0; i < args.length; i++) {
    const raw = args[i]!;
    const [flag, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`option ${flag} needs a value`);
      return v;
    };
    if (!flag.startsWith('--') || flag === '--') {
      out.positional.push(raw);
      continue;
    }
    if (!allowed.includes(flag)) throw new UsageError(`unknown option "${flag}" (allowed: ${allowed.join(', ')})`);
    if (flag === '--json') out.json = true;
    else if (flag === '--ignore-dates') out.ignoreDates = true;
    else if (flag === '--explain') out.explain = true;
    else if (flag === '--by-topic') out.byTopic = true;
    else if (flag === '--causes') out.causes = true;
    else if (flag === '--totals') out.totals = true;
    else if (flag === '--evidence') out.evidence = value();
    else if (flag === '--split') {
      const s = value();
      if (s !== 'tune' && s !== 'check') throw new UsageError(`--split must be tune or check, not "${s}"`);
      out.split = s;
    } else if (flag === '--strictness') {
      const s = value();
      if (!isStrictness(s))
        throw new UsageError(`--strictness must be one of ${STRICTNESS_LEVELS.join(', ')}, not "${s}"`);
      out.strictness = s;
    } else if (flag === '--limit') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 100)
        throw new UsageError('--limit must be a whole number from 1 to 100');
      out.limit = n;
    }
  }
  return out;
}

/** Reads a text file, turning errors into a message that names the file and what to check. */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(err);
    throw new UsageError(`cannot read ${what} "${path}": ${why}`);
  }
}

/** The claims to match against: the bundled evidence base, or a JSON file (claims array or topic file). */
export async function loadClaims(path: string | null): Promise<Claim[]> {
  if (!path) {
    const { loadBundledEvidence } = await import('../evidence/bundled');
    return loadBundledEvidence();
  }
  let data: unknown;
  try {
    data = JSON.parse((await readTextFile(path, 'evidence file')).replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`evidence file "${path}" is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { claims?: unknown })?.claims;
  const parsed = v.safeParse(v.array(FileClaimSchema), list);
  // A topic file's shared vocabulary and term groups go to its claims, as they do for the bundled files.
  const top = Array.isArray(data) ? {} : ((data ?? {}) as { vocabulary?: unknown; termGroups?: unknown });
  const shared = v.safeParse(
    v.object({ vocabulary: v.optional(TopicVocabularySchema), termGroups: TopicFileSchema.entries.termGroups }),
    { vocabulary: top.vocabulary, termGroups: top.termGroups },
  );
  if (!shared.success) {
    const issue = shared.issues[0];
    const where = issue?.path?.map((p) => p.key).join('.') ?? '';
    throw new UsageError(
      `evidence file "${path}" has an invalid topic vocabulary or term groups (${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'})`,
    );
  }
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => p.key).join('.') ?? '';
    throw new UsageError(
      `evidence file "${path}" is not a list of claims (${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'})`,
    );
  }
  try {
    return claimsOf({ claims: parsed.output, ...shared.output });
  } catch (err) {
    throw new UsageError(`evidence file "${path}": ${(err as Error).message}`);
  }
}
