/**
 * The article's publication date, from the metadata news sites publish for search engines and link previews:
 * Open Graph / article meta tags first (cheap), then schema.org JSON-LD, then a marked-up <time>. Used to leave
 * out claims about events after the article was written (src/core/published.ts). Page-controlled, so it can only
 * ever make Kensho say less on that page, never more.
 */
import { dateRange } from '../core/published';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="dcterms.created"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];
/** JSON-LD is page text: bound what is parsed so a hostile page cannot make this expensive. */
const MAX_LD_SCRIPTS = 8;
const MAX_LD_CHARS = 100_000;
const MAX_LD_DEPTH = 6;

/** YYYY-MM-DD (or YYYY-MM / YYYY) from a date or timestamp string; undefined when it is not one. */
function dateOnly(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T\s])/.exec(value ?? '');
  return m && dateRange(m[1]!) ? m[1] : undefined;
}

function fromJsonLd(node: unknown, depth: number): string | undefined {
  if (depth > MAX_LD_DEPTH || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const d = fromJsonLd(item, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const rec = node as Record<string, unknown>;
  if (typeof rec.datePublished === 'string') {
    const d = dateOnly(rec.datePublished);
    if (d) return d;
  }
  return fromJsonLd(rec['@graph'], depth + 1) ?? fromJsonLd(rec.mainEntity, depth + 1);
}

/** The page's publication date as YYYY[-MM[-DD]], or undefined when the page does not say. */
export function publishedDate(doc: Document): string | undefined {
  for (const sel of META_SELECTORS) {
    const d = dateOnly(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(scripts.length, MAX_LD_SCRIPTS); i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length > MAX_LD_CHARS || !text.includes('datePublished')) continue;
    try {
      const d = fromJsonLd(JSON.parse(text), 0);
      if (d) return d;
    } catch {
      // Broken JSON-LD is common on real sites; it just tells us nothing.
    }
  }
  const time = doc.querySelector('time[itemprop="datePublished"], time[pubdate]');
  return dateOnly(time?.getAttribute('datetime'));
}

/** A getter for the current article's date, read again only when the address changes (single-page apps). */
export function currentPublishedDate(doc: Document, href: () => string): () => string | undefined {
  let at: string | null = null;
  let date: string | undefined;
  return () => {
    const now = href();
    if (now !== at) [at, date] = [now, publishedDate(doc)];
    return date;
  };
}
