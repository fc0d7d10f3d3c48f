import { describe, expect, it } from 'vitest';
import { originPatternCovers, originPatternFor, siteStatus } from '../../../src/ui/popup/site-status';
import { formatFigure } from '../../../src/ui/shared/format-figure';
import { DEFAULT_SETTINGS as S } from '../../../src/storage/settings-types';

describe('popup site status', () => {
  it('tells pages that cannot be checked apart', () => {
    for (const url of [
      'chrome://extensions',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/',
      'file:///a.html',
      'https://www.reuters.com/report.PDF',
      'not a url',
    ]) {
      expect(siteStatus(url, S, []), url).toBe('unsupported');
    }
  });

  it('follows the off switch, pauses, disabled news sites and grants', () => {
    expect(siteStatus('https://www.reuters.com/a', S, [])).toBe('active');
    expect(siteStatus('https://www.reuters.com/a', { ...S, enabled: false }, [])).toBe('off');
    expect(siteStatus('https://www.reuters.com/a', { ...S, pausedSites: ['www.reuters.com'] }, [])).toBe('paused');
    expect(siteStatus('https://www.reuters.com/a', { ...S, disabledNewsSites: ['reuters.com'] }, [])).toBe(
      'news-disabled',
    );
    expect(siteStatus('https://blog.example.com/a', S, [])).toBe('inactive');
    expect(siteStatus('https://blog.example.com/a', S, ['https://blog.example.com/*'])).toBe('active');
    expect(siteStatus(undefined, S, [])).toBe('unknown');
  });

  it('matches origin patterns by host and scheme', () => {
    const u = new URL('https://a.b.example.com/x');
    expect(originPatternCovers('https://*.example.com/*', u)).toBe(true);
    expect(originPatternCovers('https://*/*', u)).toBe(true);
    expect(originPatternCovers('http://a.b.example.com/*', u)).toBe(false);
    expect(originPatternCovers('https://example.com/*', u)).toBe(false);
    expect(originPatternFor('https://a.b.example.com:8443/x?y')).toBe('https://a.b.example.com/*');
  });

  it('writes evidence figures for each language', () => {
    expect(formatFigure(100e9, 'USD', 'en')).toBe('$100B');
    expect(formatFigure(100e9, 'USD', 'ja')).toBe('1000億ドル');
    expect(formatFigure(40, 'percent', 'en')).toBe('40%');
    expect(formatFigure(10, 'GW', 'en')).toBe('10 GW');
  });
});
