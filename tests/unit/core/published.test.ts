import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { dateRange, predates } from '../../../src/core/published';
import type { Claim } from '../../../src/evidence/schema';
import { FIXTURE_CLAIMS } from './fixture-claims';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('dateRange', () => {
  it('reads a day, a month or a year as the range of days it may mean', () => {
    expect(dateRange('2025-10-14')).toEqual({ first: day('2025-10-14'), last: day('2025-10-14') });
    expect(dateRange('2024-02')).toEqual({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(dateRange('2024')).toEqual({ first: day('2024-01-01'), last: day('2024-12-31') });
    expect(dateRange('2025-10-14T09:30:00+09:00')).toEqual({ first: day('2025-10-14'), last: day('2025-10-14') });
  });

  it('rejects what is not a real date', () => {
    for (const bad of ['', 'yesterday', '14/10/2025', '2025-13', '2025-02-30', '0999', '25-10-14'])
      expect(dateRange(bad), bad).toBeNull();
  });
});

describe('predates', () => {
  it('is true only when the page certainly came out more than a month before the event', () => {
    expect(predates('2024-03-01', '2025-09-30')).toBe(true);
    // A year-precise date could be December 31st: judged by its last possible day.
    expect(predates('2024', '2025-09-30')).toBe(true);
    expect(predates('2025', '2025-09-30')).toBe(false);
    // Within the grace: a report of talks a few weeks before the announcement.
    expect(predates('2025-09-05', '2025-09-30')).toBe(false);
    expect(predates('2025-08-29', '2025-09-30')).toBe(true);
    expect(predates('2025-11-02', '2025-09-30')).toBe(false);
  });

  it('never gates without both dates or with a date it cannot read', () => {
    expect(predates(undefined, '2025-09-30')).toBe(false);
    expect(predates('2020-01-01', undefined)).toBe(false);
    expect(predates('not a date', '2025-09-30')).toBe(false);
  });
});

// The fixture claims with an event date on the chipmaker deal only.
const claims: Claim[] = FIXTURE_CLAIMS.map((c) =>
  c.id === 'test.chipmaker-invests' ? { ...c, since: '2025-09-22' } : c,
);
const matcher = createMatcher(claims);
const DEAL = 'Nvidia will invest as much as $100 billion in OpenAI, the companies said.';
const DEBT = 'Big tech firms are borrowing heavily through bond sales to pay for AI.';
const ids = (ms: { claimId: string }[]) => ms.map((m) => m.claimId);

describe('page date as a matcher option', () => {
  it('leaves a dated claim out on an older page and keeps it on a newer or undated one', () => {
    const found = matcher.matchSentence(DEAL);
    expect(ids(found)).toContain('test.chipmaker-invests');
    expect(ids(matcher.matchSentence(DEAL, 'en', { published: '2023-05-01' }))).not.toContain('test.chipmaker-invests');
    expect(matcher.matchSentence(DEAL, 'en', { published: '2025-10-01' })).toEqual(found);
    expect(matcher.matchSentence(DEAL, 'en', { published: undefined })).toEqual(found);
  });

  it('never leaves out claims without an event date, whatever the page date', () => {
    const found = matcher.matchSentence(DEBT);
    expect(found.length).toBeGreaterThan(0);
    expect(matcher.matchSentence(DEBT, 'en', { published: '1999-01-01' })).toEqual(found);
  });

  it('applies before ranking: a predated claim takes no slot, and its dispute partner is not reached through it', () => {
    // Three claims of one topic share these words; with the dated one left out the others still fill the list.
    const many: Claim[] = ['a', 'b', 'c', 'd'].map((x, i) => ({
      ...FIXTURE_CLAIMS[2]!,
      id: `test.slot-${x}`,
      disputes: [],
      figures: [],
      ...(i === 0 ? { since: '2025-09-01' } : {}),
    }));
    const m = createMatcher(many);
    const all = ids(m.matchSentence(DEBT));
    expect(all).toHaveLength(3);
    expect(all).toContain('test.slot-a');
    const old = ids(m.matchSentence(DEBT, 'en', { published: '2020-01-01' }));
    expect(old).toHaveLength(3);
    expect(old).not.toContain('test.slot-a');
  });

  it('asks the page date again on every call (single-page apps)', () => {
    let published: string | undefined = '2020-06-01';
    const paged = createMatcher(claims, { published: () => published });
    const block = `${DEAL} ${DEBT}`;
    const old = paged.scanBlock(block, 'en');
    expect(old.flatMap((s) => ids(s.matches))).not.toContain('test.chipmaker-invests');
    expect(old.map((s) => s.text.trim())).toEqual([DEBT]);
    published = '2025-12-01';
    expect(paged.scanBlock(block, 'en')).toEqual(matcher.scanBlock(block, 'en'));
    expect(paged.matchSentence(DEAL)).toEqual(matcher.matchSentence(DEAL));
  });
});
