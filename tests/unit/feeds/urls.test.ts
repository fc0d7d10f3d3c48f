import { describe, expect, it } from 'vitest';
import { feedUrls, originPatternOf } from '../../../src/feeds/urls';

describe('feed addresses', () => {
  it('the feed.json address, or its folder, gives both files and the origin pattern', () => {
    const files = {
      ok: true,
      feed: 'https://example.org/kensho/feed.json',
      signature: 'https://example.org/kensho/feed.json.sig',
      originPattern: 'https://example.org/*',
    };
    expect(feedUrls(' https://example.org/kensho/feed.json ')).toEqual(files);
    expect(feedUrls('https://example.org/kensho/')).toEqual(files);
    expect(originPatternOf(files.feed)).toBe('https://example.org/*');
  });

  it('refuses what is not https, carries a query or fragment, or names a user', () => {
    expect(feedUrls('example.org/feed.json')).toEqual({ ok: false, problem: 'not-url' });
    expect(feedUrls('http://example.org/feed.json')).toEqual({ ok: false, problem: 'not-https' });
    expect(feedUrls('https://example.org/feed.json?reader=42')).toEqual({ ok: false, problem: 'has-query' });
    expect(feedUrls('https://example.org/feed.json?')).toEqual({ ok: false, problem: 'has-query' });
    expect(feedUrls('https://example.org/feed.json#x')).toEqual({ ok: false, problem: 'has-query' });
    expect(feedUrls('https://me:pw@example.org/feed.json')).toEqual({ ok: false, problem: 'has-credentials' });
  });
});
