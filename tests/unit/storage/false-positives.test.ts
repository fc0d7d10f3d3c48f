import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  clearFalsePositives,
  getFalsePositives,
  MAX_REPORTS,
  recordFalsePositive,
} from '../../../src/storage/false-positives';

const report = {
  claimId: 'ai-roi.mit-95',
  sentence: '  Most pilots fail.  ',
  url: 'https://www.example.com/a?token=secret#x',
  stance: 'supports' as const,
};

describe('false-positive reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records locally, without query strings, and clears', async () => {
    await recordFalsePositive({ ...report, reportedAt: '2026-01-01T00:00:00.000Z' });
    expect(await getFalsePositives()).toEqual([
      {
        claimId: 'ai-roi.mit-95',
        sentence: 'Most pilots fail.',
        url: 'https://www.example.com/a',
        stance: 'supports',
        reportedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    await clearFalsePositives();
    expect(await getFalsePositives()).toEqual([]);
  });

  it('keeps at most MAX_REPORTS, dropping the oldest', async () => {
    const many = Array.from({ length: MAX_REPORTS }, (_, i) => ({
      ...report,
      url: 'https://a.b/',
      reportedAt: String(i),
    }));
    await fakeBrowser.storage.local.set({ falsePositives: many });
    await recordFalsePositive({ ...report, reportedAt: 'new' });
    const list = await getFalsePositives();
    expect(list).toHaveLength(MAX_REPORTS);
    expect(list[0]!.reportedAt).toBe('1');
    expect(list.at(-1)!.reportedAt).toBe('new');
  });

  it('drops corrupt stored entries', async () => {
    await fakeBrowser.storage.local.set({
      falsePositives: [{ claimId: 1 }, { ...report, url: 'https://a.b/', reportedAt: 'x' }],
    });
    expect(await getFalsePositives()).toHaveLength(1);
  });
});
