import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { currentPublishedDate, publishedDate } from '../../../src/page/published-date';

const page = (head: string, body = '<p>Text.</p>') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('publishedDate', () => {
  it('reads the Open Graph article time, keeping only the date', () => {
    expect(publishedDate(page('<meta property="article:published_time" content="2025-10-14T09:30:00+09:00">'))).toBe(
      '2025-10-14',
    );
  });

  it('prefers meta tags to JSON-LD and JSON-LD to a marked-up <time>', () => {
    const both = page(
      `<meta name="pubdate" content="2024-05-02">${ld({ datePublished: '2023-01-01' })}`,
      '<time itemprop="datePublished" datetime="2022-01-01">x</time>',
    );
    expect(publishedDate(both)).toBe('2024-05-02');
    expect(
      publishedDate(
        page(ld({ datePublished: '2023-01-01' }), '<time itemprop="datePublished" datetime="2022-01-01">x</time>'),
      ),
    ).toBe('2023-01-01');
    expect(
      publishedDate(page('', '<article><time itemprop="datePublished" datetime="2022-01-01T10:00">x</time></article>')),
    ).toBe('2022-01-01');
  });

  it('reads microdata meta tags in the body, and keeps the most trusted tag whatever the order', () => {
    expect(
      publishedDate(
        page('', '<article itemscope><meta itemprop="datePublished" content="2025-03-04"><p>x</p></article>'),
      ),
    ).toBe('2025-03-04');
    expect(
      publishedDate(
        page('<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2025-10-02">'),
      ),
    ).toBe('2025-10-02');
  });

  it('finds datePublished inside @graph and arrays of JSON-LD objects', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2025-11-03T00:00:00Z' }],
    };
    expect(publishedDate(page(ld(graph)))).toBe('2025-11-03');
    expect(
      publishedDate(page(ld([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2025-09' }]))),
    ).toBe('2025-09');
  });

  it('says nothing rather than guessing: no metadata, broken JSON-LD, impossible or oversized dates', () => {
    expect(publishedDate(page(''))).toBeUndefined();
    expect(
      publishedDate(page('<script type="application/ld+json">{"datePublished": "2025-10-01",</script>')),
    ).toBeUndefined();
    expect(publishedDate(page('<meta property="article:published_time" content="2025-02-30">'))).toBeUndefined();
    expect(publishedDate(page('<meta property="article:published_time" content="last Tuesday">'))).toBeUndefined();
    // A plain <time> is often an update time or an event in the story: only a marked-up publication time counts.
    expect(publishedDate(page('', '<time datetime="2021-01-01">x</time>'))).toBeUndefined();
    const huge = `<script type="application/ld+json">{"datePublished": "2020-01-01", "pad": "${'x'.repeat(200_000)}"}</script>`;
    expect(publishedDate(page(huge))).toBeUndefined();
  });

  it('stops at a bounded depth in hostile nested JSON-LD', () => {
    let deep: unknown = { datePublished: '2020-01-01' };
    for (let i = 0; i < 50; i++) deep = { '@graph': [deep] };
    expect(publishedDate(page(ld(deep)))).toBeUndefined();
  });
});

describe('currentPublishedDate', () => {
  it('reads the page again only when the address changes', () => {
    const doc = page('<meta property="article:published_time" content="2024-01-05">');
    let href = 'https://www.example.com/a';
    const get = currentPublishedDate(doc, () => href);
    expect(get()).toBe('2024-01-05');
    doc.querySelector('meta')!.setAttribute('content', '2025-12-01');
    expect(get()).toBe('2024-01-05');
    href = 'https://www.example.com/b';
    expect(get()).toBe('2025-12-01');
  });
});
