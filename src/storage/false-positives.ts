import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { REPORT_SENTENCE_CHARS, SENTENCE_STANCES } from '../shared/vocabulary';
import { guardWrite } from './errors';

/** A reader's "not this claim" on a card. Kept locally only; nothing is ever sent anywhere. */
export interface FalsePositiveReport {
  claimId: string;
  /** The sentence that was wrongly matched (trimmed, at most REPORT_SENTENCE_CHARS). */
  sentence: string;
  /** The page it was on (no query or fragment kept). */
  url: string;
  stance: 'supports' | 'disputes' | 'neutral';
  /** ISO timestamp; filled in when omitted. */
  reportedAt: string;
}

/** Oldest reports are dropped beyond this, so the list can never fill storage. */
export const MAX_REPORTS = 500;

const ReportSchema = v.strictObject({
  claimId: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  sentence: v.pipe(v.string(), v.maxLength(REPORT_SENTENCE_CHARS)),
  url: v.pipe(v.string(), v.maxLength(2048)),
  stance: v.picklist(SENTENCE_STANCES),
  reportedAt: v.pipe(v.string(), v.maxLength(40)),
});

export const rawReportsItem = storage.defineItem<unknown>('local:falsePositives', { version: 1, migrations: {} });

/** Stored reports; corrupt entries are dropped, the rest kept. */
export function sanitiseReports(raw: unknown): FalsePositiveReport[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = v.safeParse(ReportSchema, r);
    return parsed.success ? [parsed.output] : [];
  });
}

/** "https://x.com/a?b#c" → "https://x.com/a": queries can carry personal tokens. */
function stripUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

/** Records one report locally (called from a card's "not this claim" button). Rejects with StorageWriteError. */
export async function recordFalsePositive(
  report: Omit<FalsePositiveReport, 'reportedAt'> & { reportedAt?: string },
): Promise<void> {
  const entry = v.parse(ReportSchema, {
    claimId: report.claimId,
    sentence: report.sentence.trim().slice(0, REPORT_SENTENCE_CHARS),
    url: stripUrl(report.url).slice(0, 2048),
    stance: report.stance,
    reportedAt: report.reportedAt ?? new Date().toISOString(),
  });
  const list = sanitiseReports(await rawReportsItem.getValue());
  await guardWrite(() => rawReportsItem.setValue([...list, entry].slice(-MAX_REPORTS)));
}

/** Every report, oldest first. */
export async function getFalsePositives(): Promise<FalsePositiveReport[]> {
  return sanitiseReports(await rawReportsItem.getValue());
}

/** Calls `cb` whenever the list changes; returns unwatch. */
export function watchFalsePositives(cb: (reports: FalsePositiveReport[]) => void): () => void {
  return rawReportsItem.watch((next) => cb(sanitiseReports(next)));
}

/** Deletes every report. */
export function clearFalsePositives(): Promise<void> {
  return guardWrite(() => rawReportsItem.setValue([]));
}
