import { describe, expect, it } from 'vitest';
import { statusAt, updatesAfter } from '../../../src/core/claim-status';

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
