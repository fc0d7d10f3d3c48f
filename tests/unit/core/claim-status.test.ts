import { describe, expect, it } from 'vitest';
import { shownState, statusAt, timelineAt, updatesAfter } from '../../../src/core/claim-status';

const updates = [
  { date: '2026-03-24', status: 'overtaken' as const, id: 'b' },
  { date: '2026-01-30', status: 'contested' as const, id: 'a' },
];

describe('claim status at a date', () => {
  it('is as stated before any update, and takes the latest update on or before the date', () => {
    expect(statusAt(updates, '2025-10-01')).toBe('as-stated');
    expect(statusAt(updates, '2026-01-30')).toBe('contested');
    expect(statusAt(updates, '2026-02-15')).toBe('contested');
    expect(statusAt(updates, '2026-12-01')).toBe('overtaken');
  });

  it('is the latest status without a date, and as stated for a claim with no updates', () => {
    expect(statusAt(updates)).toBe('overtaken');
    expect(statusAt(undefined, '2026-01-01')).toBe('as-stated');
    expect(statusAt([], undefined)).toBe('as-stated');
  });

  it('counts an update dated to a month only once the page date is past that month', () => {
    const monthly = [{ date: '2026-01', status: 'revised' as const }];
    expect(statusAt(monthly, '2026-01-15')).toBe('as-stated');
    expect(statusAt(monthly, '2026-02-01')).toBe('revised');
  });

  it('lists the later updates newest first, all of them without a date', () => {
    expect(updatesAfter(updates, '2025-10-01').map((u) => u.id)).toEqual(['b', 'a']);
    expect(updatesAfter(updates, '2026-02-01').map((u) => u.id)).toEqual(['b']);
    expect(updatesAfter(updates, '2026-12-01')).toEqual([]);
    expect(updatesAfter(updates).map((u) => u.id)).toEqual(['b', 'a']);
  });
});

describe('what a match is shown as', () => {
  it('a claim overtaken or retracted at the page date is never shown as made or mentioned plainly; disputing it stays disputes', () => {
    expect(shownState('supports', 'overtaken')).toBe('overtaken');
    expect(shownState('neutral', 'retracted')).toBe('retracted');
    expect(shownState('disputes', 'overtaken')).toBe('disputes');
    for (const s of ['as-stated', 'confirmed', 'revised', 'contested'] as const)
      expect(shownState('supports', s)).toBe('supports');
  });

  it('timelineAt reports the status then and the later updates with their summaries, newest first', () => {
    const withText = updates.map((u) => ({ ...u, summary: { en: u.id, ja: u.id } }));
    expect(timelineAt(withText, '2026-02-01')).toEqual({
      status: 'contested',
      laterUpdates: [{ date: '2026-03-24', status: 'overtaken', summary: { en: 'b', ja: 'b' } }],
    });
    expect(timelineAt(undefined)).toEqual({ status: 'as-stated', laterUpdates: [] });
  });
});
