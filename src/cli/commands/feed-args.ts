/** Option parsing for `kensho feed …`: positionals plus `--name value` options, anything unknown an error. */
export class FeedUsageError extends Error {}

export interface FeedArgs {
  positional: string[];
  options: Map<string, string>;
}

/** Parses `args`, allowing exactly the `valued` options (each needs a value, given once). */
export function parseFeedArgs(args: readonly string[], valued: readonly string[]): FeedArgs {
  const out: FeedArgs = { positional: [], options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const raw = args[i]!;
    if (!raw.startsWith('--')) {
      out.positional.push(raw);
      continue;
    }
    const [flag, inline] = raw.includes('=')
      ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
      : [raw, undefined];
    if (!valued.includes(flag)) throw new FeedUsageError(`unknown option "${flag}" (allowed: ${valued.join(', ')})`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new FeedUsageError(`option ${flag} needs a value`);
    if (out.options.has(flag)) throw new FeedUsageError(`option ${flag} is given twice`);
    out.options.set(flag, value);
  }
  return out;
}

/** The value of a required option. */
export function required(args: FeedArgs, flag: string): string {
  const value = args.options.get(flag);
  if (value === undefined) throw new FeedUsageError(`option ${flag} is required`);
  return value;
}

/** `30d`, `12h` or a UTC timestamp, as the moment the feed expires (after `now`). */
export function parseExpiry(text: string, now: Date): Date {
  const relative = /^(\d{1,4})([dh])$/.exec(text);
  if (relative) {
    const hours = Number(relative[1]) * (relative[2] === 'd' ? 24 : 1);
    if (hours < 1) throw new FeedUsageError('--expires must be at least 1h');
    return new Date(now.getTime() + hours * 3_600_000);
  }
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(text) ? new Date(text) : null;
  if (!at || Number.isNaN(at.getTime()))
    throw new FeedUsageError('--expires must be like 30d, 12h or 2027-01-31T00:00:00Z');
  if (at <= now) throw new FeedUsageError(`--expires ${text} is not in the future`);
  return at;
}
