/** Where a feed lives: the reader gives the https address of feed.json (or of its folder); nothing else is sent. */

export type FeedUrlProblem = 'not-url' | 'not-https' | 'has-query' | 'has-credentials';
export type FeedUrls =
  { ok: true; feed: string; signature: string; originPattern: string } | { ok: false; problem: FeedUrlProblem };

/** The two file URLs and the host permission pattern for an address the reader typed. */
export function feedUrls(input: string): FeedUrls {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'not-url' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  // No query string or fragment: the address is the same for every reader and carries nothing about them.
  if (url.search || url.hash || input.includes('?') || input.includes('#')) return { ok: false, problem: 'has-query' };
  if (url.username || url.password) return { ok: false, problem: 'has-credentials' };
  const feed = url.pathname.endsWith('/') ? `${url.origin}${url.pathname}feed.json` : url.href;
  return { ok: true, feed, signature: `${feed}.sig`, originPattern: `${url.origin}/*` };
}

/** The host permission pattern a stored feed URL needs. */
export function originPatternOf(feedUrl: string): string {
  return `${new URL(feedUrl).origin}/*`;
}
