/**
 * The article's publication date, from the metadata news sites publish for search engines and link previews:
 * Open Graph / article meta tags first (cheap), then schema.org JSON-LD, then a marked-up <time>. Used to leave
 * out claims about events after the article was written (src/core/published.ts), and to show each claim as it stood
 * on that date (src/core/claim-status.ts). Page-controlled, so it can make Kensho say less on that page or date a
 * claim earlier, never hide what came later: the card and popup always list the updates after the date.
 */
import { dateRange } from '../core/published';

/** Attribute and value of the meta tags that carry a publication date, most trusted first. */
const META_KEYS: [attr: string, value: string][] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'parsely-pub-date'],
  ['name', 'dcterms.created'],
  ['name', 'dc.date.issued'],
  ['name', 'date'],
];
/** JSON-LD is page text: bound what is parsed so a hostile page cannot make this expensive. */
const MAX_LD_SCRIPTS = 8;
const MAX_LD_CHARS = 100_000;
const MAX_LD_DEPTH = 6;
/** A publication <time> sits near the top of an article; later ones are dates in the story. */
const MAX_TIMES = 20;

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

/**
 * The page's publication date as YYYY[-MM[-DD]], or undefined when the page does not say. Each query over a page
 * walks every node: a dozen of them were a long task on a page of a million nodes, so this makes at most two.
 */
export function publishedDate(doc: Document): string | undefined {
  // The head first (small, and where nearly every site puts its dates); the body only if it says nothing, in one
  // native query, so a huge page is walked once.
  for (const root of [doc.head, doc.body]) {
    const date = root ? dateIn(root.querySelectorAll(CANDIDATES)) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** Every element that may carry a publication date; which one counts is decided in `dateIn`. */
const CANDIDATES = 'meta[content], script, time[datetime]';

/** The most trusted date among candidate elements: a meta tag, then JSON-LD, then a marked-up <time>. */
function dateIn(found: ArrayLike<Element>): string | undefined {
  let best: { rank: number; date: string } | undefined;
  const scripts: Element[] = [];
  const times: Element[] = [];
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      if (scripts.length < MAX_LD_SCRIPTS && /^\s*application\/ld\+json\b/i.test(el.getAttribute('type') ?? ''))
        scripts.push(el);
    } else if (tag === 'time') {
      if (times.length < MAX_TIMES) times.push(el);
    } else if (tag === 'meta') {
      const rank = META_KEYS.findIndex(([attr, value]) => el.getAttribute(attr)?.toLowerCase() === value.toLowerCase());
      if (rank < 0 || (best && best.rank <= rank)) continue;
      const date = dateOnly(el.getAttribute('content'));
      if (date) best = { rank, date };
    }
  }
  if (best) return best.date;
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_LD_CHARS || !text.includes('datePublished')) continue;
    try {
      const d = fromJsonLd(JSON.parse(text), 0);
      if (d) return d;
    } catch {
      // Broken JSON-LD is common on real sites; it just tells us nothing.
    }
  }
  const time = times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate'));
  return time ? dateOnly(time.getAttribute('datetime')) : undefined;
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
