/**
 * A claim's standing at a date. Evidence ages: a deal stalls, an app shuts down. A page is judged by what the
 * sources said as of its own date, and the reader is told what changed since.
 */
import { dateRange } from './published';

/** What a later development did to a claim. `confirmed` keeps it standing; the others qualify or undo it. */
export const UPDATE_STATUSES = ['confirmed', 'revised', 'overtaken', 'contested', 'retracted'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];
export type ClaimStatus = UpdateStatus | 'as-stated';

/** The part of a dated update that status logic reads. */
export type DatedUpdate = { date: string; status: UpdateStatus };

/**
 * Only the date and status of each update: what a page needs for the claim's status at its date (summaries and sources
 * stay behind).
 */
export function datedUpdates(updates: readonly DatedUpdate[]): DatedUpdate[] {
  return updates.map(({ date, status }) => ({ date, status }));
}

/** Statuses under which a claim must never be shown as simply "supported". */
export const UNDONE_STATUSES: readonly ClaimStatus[] = ['overtaken', 'retracted'];

/**
 * True when the update is certainly on or before `date` (an update dated only to a month counts once the month is
 * over).
 */
function onOrBefore(update: string, date: string): boolean {
  const u = dateRange(update);
  const d = dateRange(date);
  if (!u || !d) return false;
  return u.last <= d.last;
}

/** The updates in date order (oldest first), whatever order the data lists them in. */
export function sortedUpdates<U extends DatedUpdate>(updates: readonly U[] | undefined): U[] {
  return [...(updates ?? [])].sort((a, b) => (dateRange(a.date)?.first ?? 0) - (dateRange(b.date)?.first ?? 0));
}

/**
 * The claim's status at `date`: that of its latest update on or before it; `as-stated` before any. Without a date
 * (a page that gives none, a free-text lookup) the latest status.
 */
export function statusAt(updates: readonly DatedUpdate[] | undefined, date?: string): ClaimStatus {
  const sorted = sortedUpdates(updates);
  const known = date ? sorted.filter((u) => onOrBefore(u.date, date)) : sorted;
  return known.at(-1)?.status ?? 'as-stated';
}

/**
 * The update that set the claim's status at `date` (its latest on or before it); none before any update or without a
 * date.
 */
export function updateAt<U extends DatedUpdate>(updates: readonly U[] | undefined, date?: string): U | undefined {
  return date
    ? sortedUpdates(updates)
        .filter((u) => onOrBefore(u.date, date))
        .at(-1)
    : undefined;
}

/** The updates that came after `date`, newest first (all of them without a date). */
export function updatesAfter<U extends DatedUpdate>(updates: readonly U[] | undefined, date?: string): U[] {
  const sorted = sortedUpdates(updates);
  return (date ? sorted.filter((u) => !onOrBefore(u.date, date)) : sorted).reverse();
}

/** A later update as the CLI and page results report it (the summary in both languages, no sources). */
export interface LaterUpdate {
  date: string;
  status: UpdateStatus;
  summary: { en: string; ja: string };
}

/**
 * Where a claim stands for a page of `date`: its status then, and what came after (newest first). Without a date the
 * latest status and every update: the reader is told everything that is known.
 */
export function timelineAt(
  updates: readonly (DatedUpdate & { summary: LaterUpdate['summary'] })[] | undefined,
  date?: string,
): { status: ClaimStatus; laterUpdates: LaterUpdate[] } {
  return {
    status: statusAt(updates, date),
    laterUpdates: updatesAfter(updates, date).map(({ date: d, status, summary }) => ({ date: d, status, summary })),
  };
}

/** True when a claim must not be shown as simply "supported" at that status (overtaken or retracted). */
export function isUndone(status: ClaimStatus): boolean {
  return UNDONE_STATUSES.includes(status);
}

/**
 * How a sentence's match is shown: its stance, except that a claim undone at the page's date is never shown as made or
 * mentioned plainly.
 */
export type ShownState = 'supports' | 'disputes' | 'neutral' | 'overtaken' | 'retracted';

/**
 * The state a marker, highlight and card show for a sentence's stance toward a claim of `status` (at the page's date).
 */
export function shownState(stance: 'supports' | 'disputes' | 'neutral', status: ClaimStatus): ShownState {
  // Disputing an overtaken claim is right and says so already; making or mentioning it needs the warning.
  return stance !== 'disputes' && (status === 'overtaken' || status === 'retracted') ? status : stance;
}
