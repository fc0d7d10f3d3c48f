import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { dateRange, dropPredated, forPublished, predates, sinceMap } from '../../../src/core/published';
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
    for (const bad of ['', 'yesterday', '14/10/2025', '2025-13', '2025-02-30', '0999', '25-10-14']) expect(dateRange(bad), bad).toBeNull();
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
const claims: Claim[] = FIXTURE_CLAIMS.map((c) => (c.id === 'test.chipmaker-invests' ? { ...c, since: '2025-09-22' } : c));
const matcher = createMatcher(claims);
const since = sinceMap(claims);
const DEAL = 'Nvidia will invest as much as $100 billion in OpenAI, the companies said.';
const DEBT = 'Big tech firms are borrowing heavily through bond sales to pay for AI.';

describe('dropPredated and forPublished', () => {
  it('sinceMap holds only the claims that have an event date', () => {
    expect([...since]).toEqual([['test.chipmaker-invests', '2025-09-22']]);
  });

  it('drops a dated claim on an older page and keeps it on a newer or undated one', () => {
    const found = matcher.matchSentence(DEAL);
    expect(found.map((m) => m.claimId)).toContain('test.chipmaker-invests');
    expect(dropPredated(found, since, '2023-05-01').map((m) => m.claimId)).not.toContain('test.chipmaker-invests');
    expect(dropPredated(found, since, '2025-10-01')).toEqual(found);
    expect(dropPredated(found, since, undefined)).toEqual(found);
  });

  it('never drops claims without an event date, whatever the page date', () => {
    const found = matcher.matchSentence(DEBT);
    expect(found.length).toBeGreaterThan(0);
    expect(dropPredated(found, since, '1999-01-01')).toEqual(found);
  });

  it('filters scanBlock sentences and asks the page date again on every call (single-page apps)', () => {
    let published: string | undefined = '2020-06-01';
    const paged = forPublished(matcher, since, () => published);
    const block = `${DEAL} ${DEBT}`;
    const old = paged.scanBlock(block, 'en');
    expect(old.flatMap((s) => s.matches.map((m) => m.claimId))).not.toContain('test.chipmaker-invests');
    expect(old.map((s) => s.text.trim())).toEqual([DEBT]);
    published = '2025-12-01';
    expect(paged.scanBlock(block, 'en')).toEqual(matcher.scanBlock(block, 'en'));
    expect(paged.matchSentence(DEAL)).toEqual(matcher.matchSentence(DEAL));
    expect(paged.lookup('nvidia openai investment')).toEqual(matcher.lookup('nvidia openai investment'));
  });
});
