import { describe, expect, it } from 'vitest';
import { ageInMonths, filterSources } from '../../../src/core/source-filter';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import type { Source } from '../../../src/evidence/schema';

const src = (over: Partial<Source>): Source => ({
  url: 'https://example.org/a',
  publisher: 'Example Wire',
  kind: 'news-agency',
  lang: 'en',
  date: '2025-10-14',
  title: 'A title',
  stance: 'supports',
  summary: 'A summary.',
  ...over,
});
const none = DEFAULT_SETTINGS.sourceFilters;

describe('filterSources', () => {
  const sources = [
    src({ publisher: 'Reuters' }),
    src({ publisher: 'Bloomberg', kind: 'magazine', lang: 'ja', stance: 'disputes' }),
    src({ publisher: 'Old Blog', kind: 'blog', date: '2019-01' }),
  ];

  it('keeps everything with no filters', () => {
    expect(filterSources(sources, none)).toHaveLength(3);
  });

  it('hides publishers case-insensitively, and by kind, language, stance', () => {
    expect(filterSources(sources, { ...none, hiddenPublishers: ['reuters'] }).map((s) => s.publisher)).toEqual([
      'Bloomberg',
      'Old Blog',
    ]);
    expect(filterSources(sources, { ...none, hiddenKinds: ['blog'] })).toHaveLength(2);
    expect(filterSources(sources, { ...none, hiddenLangs: ['ja'] })).toHaveLength(2);
    expect(filterSources(sources, { ...none, hiddenStances: ['disputes'] })).toHaveLength(2);
  });

  it('hides sources older than the age limit, counting partial dates from their start', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(filterSources(sources, { ...none, maxAgeMonths: 24 }, now).map((s) => s.publisher)).toEqual([
      'Reuters',
      'Bloomberg',
    ]);
    expect(ageInMonths('2025', now)).toBeCloseTo(12, 0);
  });
});
