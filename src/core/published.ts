/**
 * The page's publication date against a claim's event date (`since`): a page published well before a deal was
 * announced or an app launched cannot be making a claim about it, however much vocabulary it shares (a 2024
 * story on the first Sora is not about the 2025 Sora app). Claims without `since` are never gated. The engine
 * applies it before ranking (engine.ts predatedBy), so a predated claim never takes a slot.
 */

/** Slack before the event: leaks and "in talks" reports come out ahead of announcements. */
const GRACE_DAYS = 31;
const DAY_MS = 86_400_000;
export const GRACE_MS = GRACE_DAYS * DAY_MS;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The range a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by a time) may mean, as UTC
 * milliseconds: "2024" is any day of 2024. Null for anything else or an impossible date.
 */
export function dateRange(text: string): { first: number; last: number } | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (y < 1900 || y > 2999 || (mo !== null && (mo < 1 || mo > 12))) return null;
  if (mo === null) return { first: Date.UTC(y, 0, 1), last: Date.UTC(y, 11, 31) };
  if (d === null) return { first: Date.UTC(y, mo - 1, 1), last: Date.UTC(y, mo, 0) };
  const t = Date.UTC(y, mo - 1, d);
  if (new Date(t).getUTCDate() !== d) return null;
  return { first: t, last: t };
}

/** True when a page published on `published` certainly predates the claim's event by more than the grace. */
export function predates(published: string | undefined, since: string | undefined): boolean {
  if (!published || !since) return false;
  const p = dateRange(published);
  const s = dateRange(since);
  if (!p || !s) return false;
  return p.last < s.first - GRACE_MS;
}
