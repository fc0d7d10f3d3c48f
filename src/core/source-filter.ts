import type { Source } from '../evidence/schema';

/** What the reader hides; the stored settings (storage/settings-types SourceFilters) have this shape. */
export interface SourceFilter {
  hiddenPublishers: readonly string[];
  hiddenKinds: readonly Source['kind'][];
  hiddenLangs: readonly Source['lang'][];
  hiddenStances: readonly Source['stance'][];
  /** Hide sources older than this many months; null shows all. */
  maxAgeMonths: number | null;
}

/** Months between an ISO date (YYYY[-MM[-DD]]) and `now`; partial dates count from their first day. */
export function ageInMonths(date: string, now: Date): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const then = Date.UTC(y, m - 1, d);
  return (now.getTime() - then) / (1000 * 60 * 60 * 24 * 30.4375);
}

/** Sources the reader wants to see, in the given order. Pure: cards and popup call it with the current settings. */
export function filterSources(sources: readonly Source[], filters: SourceFilter, now: Date = new Date()): Source[] {
  const publishers = new Set(filters.hiddenPublishers.map((p) => p.toLowerCase()));
  return sources.filter(
    (s) =>
      !publishers.has(s.publisher.toLowerCase()) &&
      !filters.hiddenKinds.includes(s.kind) &&
      !filters.hiddenLangs.includes(s.lang) &&
      !filters.hiddenStances.includes(s.stance) &&
      (filters.maxAgeMonths === null || ageInMonths(s.date, now) <= filters.maxAgeMonths),
  );
}
