/**
 * `kensho review --older-than DAYS`: the claims due for another check against the news, for the people who keep the
 * evidence.
 */
import { dateRange } from '../../core/published';
import type { Claim } from '../../evidence/schema';
import type { Command } from '../io';
import { loadClaims, UsageError } from '../matcher-args';

const HELP = `Usage: kensho review --older-than DAYS [--today YYYY-MM-DD] [--json] [--evidence claims.json]
Lists the claims whose "reviewed" date is more than DAYS days before today (or that were never reviewed),
least recently reviewed first, so they can be checked against the news again.
  --older-than  how many days a review stays fresh (a whole number, 0 or more)
  --today       the date to count from (default: today, UTC)
  --json        one JSON object {"today", "olderThan", "claims": [{"id", "topic", "reviewed", "daysSince"}]}
`;

const DAY_MS = 86_400_000;

/** Takes `--name value` or `--name=value` out of `args` (so what is left can be checked for strays). */
function takeOption(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const [flag] = args.splice(i, 1) as [string];
  if (flag.includes('=')) return flag.slice(name.length + 1);
  const value = args[i];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${name} needs a value`);
  args.splice(i, 1);
  return value;
}

/** A claim due for review: `reviewed` is null (never) and `daysSince` null with it. */
export interface DueClaim {
  id: string;
  topic: string;
  reviewed: string | null;
  daysSince: number | null;
}

/**
 * The claims last reviewed more than `days` days before `today`, never-reviewed first, then oldest first. A review
 * dated only to a month or year counts from its last day (the most generous reading).
 */
export function claimsDue(claims: readonly Claim[], days: number, today: string): DueClaim[] {
  const now = dateRange(today)!.first;
  return claims
    .map((c) => {
      const at = c.reviewed ? dateRange(c.reviewed) : null;
      return {
        id: c.id,
        topic: c.topic,
        reviewed: c.reviewed ?? null,
        daysSince: at ? Math.floor((now - at.last) / DAY_MS) : null,
      };
    })
    .filter((c) => c.daysSince === null || c.daysSince > days)
    .sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.id.localeCompare(b.id));
}

export const reviewCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  let due: DueClaim[];
  let days: number;
  let today: string;
  let json: boolean;
  try {
    const rest = [...args];
    const olderThan = takeOption(rest, '--older-than');
    today = takeOption(rest, '--today') ?? new Date().toISOString().slice(0, 10);
    json = rest.includes('--json');
    const evidence = takeOption(rest, '--evidence') ?? null;
    const unknown = rest.find((a) => a !== '--json');
    if (unknown !== undefined) throw new UsageError(`unexpected argument "${unknown}"`);
    if (olderThan === undefined) throw new UsageError('say how old a review may be, e.g. --older-than 90');
    days = Number(olderThan);
    if (!/^\d+$/.test(olderThan) || !Number.isSafeInteger(days))
      throw new UsageError(`--older-than must be a whole number of days, not "${olderThan}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !dateRange(today))
      throw new UsageError(`--today must be a date like 2026-12-06, not "${today}"`);
    due = claimsDue(await loadClaims(evidence), days, today);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`kensho review: ${err.message}\n${HELP}`);
    return 2;
  }
  if (json) {
    io.stdout(`${JSON.stringify({ today, olderThan: days, claims: due })}\n`);
    return 0;
  }
  if (due.length === 0) {
    io.stdout(`Every claim was reviewed in the ${days} days before ${today}.\n`);
    return 0;
  }
  for (const c of due)
    io.stdout(
      `${c.id}  [${c.topic}]  ${c.reviewed ? `reviewed ${c.reviewed} (${c.daysSince} days ago)` : 'never reviewed'}\n`,
    );
  io.stdout(`\n${due.length} claim${due.length === 1 ? '' : 's'} not reviewed in the ${days} days before ${today}\n`);
  return 0;
};
