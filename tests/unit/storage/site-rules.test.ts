import { describe, expect, it } from 'vitest';
import { hostCovered, mayRunOn, newsSiteFor } from '../../../src/storage/site-rules';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';

describe('site rules', () => {
  it('covers subdomains, not look-alikes', () => {
    expect(hostCovered('www.nikkei.com', 'nikkei.com')).toBe(true);
    expect(hostCovered('nikkei.com', 'nikkei.com')).toBe(true);
    expect(hostCovered('notnikkei.com', 'nikkei.com')).toBe(false);
  });

  it('finds the most specific news entry', () => {
    expect(newsSiteFor('jp.reuters.com')).toBe('jp.reuters.com');
    expect(newsSiteFor('www.reuters.com')).toBe('reuters.com');
    expect(newsSiteFor('www.example.com')).toBeNull();
  });

  it('honours the off switch, pauses and disabled news sites', () => {
    expect(mayRunOn(DEFAULT_SETTINGS, 'www.nikkei.com')).toBe(true);
    expect(mayRunOn({ ...DEFAULT_SETTINGS, enabled: false }, 'www.nikkei.com')).toBe(false);
    expect(mayRunOn({ ...DEFAULT_SETTINGS, pausedSites: ['www.nikkei.com'] }, 'www.nikkei.com')).toBe(false);
    expect(mayRunOn({ ...DEFAULT_SETTINGS, disabledNewsSites: ['nikkei.com'] }, 'asia.nikkei.com')).toBe(false);
    expect(mayRunOn({ ...DEFAULT_SETTINGS, pausedSites: ['www.nikkei.com'] }, 'asia.nikkei.com')).toBe(true);
  });
});
