/** The curated news sites where Kensho runs by default (static content-script matches). */
export const NEWS_SITE_HOSTS = [
  'reuters.com',
  'jp.reuters.com',
  'bloomberg.com',
  'bloomberg.co.jp',
  'nikkei.com',
  'asia.nikkei.com',
  'wired.com',
  'wired.jp',
  'cnbc.com',
  'ft.com',
  'wsj.com',
  'nytimes.com',
  'theinformation.com',
  'businessinsider.com',
  'techcrunch.com',
  'theverge.com',
  'news.yahoo.co.jp',
  'nhk.or.jp',
  'toyokeizai.net',
  'diamond.jp',
  'itmedia.co.jp',
  'gigazine.net',
  'xenospectrum.com',
  'note.com',
] as const;

/** Match patterns covering each host and its subdomains. */
export const NEWS_SITE_MATCHES: string[] = [
  // `*.host` also matches the bare host.
  ...NEWS_SITE_HOSTS.filter((h) => !NEWS_SITE_HOSTS.some((p) => h.endsWith(`.${p}`))).map((h) => `https://*.${h}/*`),
];
