/**
 * The one place in Kensho that uses the network: a plain GET of one feed file. No cookies, no Referer, no cache,
 * no redirects, nothing about the reader or the page; bounded in size and time. tests/build/no-network.build.test.ts
 * allows a network call in the worker bundle only because of this file.
 */
import type { FeedRefusal } from '../../feeds/check';

export type Fetched =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: Extract<FeedRefusal, 'network' | 'http' | 'timeout' | 'too-large'>; detail: string };
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** How long one file may take, headers to last byte. */
export const FEED_TIMEOUT_MS = 30_000;

/** The exact request options: the privacy promise in docs/security.md, checked by tests/unit/background/feeds. */
export const FEED_REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
  redirect: 'error',
};

/** Reads the body, stopping (and cancelling the download) as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The browser's fetch: the only network call in Kensho's bundles. */
export const browserFetch: FetchLike = (url, init) => fetch(url, init);

/** GETs `url`; never throws. Tests inject `fetchImpl`. */
export async function fetchFeedFile(
  url: string,
  maxBytes: number,
  fetchImpl: FetchLike = browserFetch,
  timeoutMs = FEED_TIMEOUT_MS,
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const name = url.slice(url.lastIndexOf('/') + 1);
  try {
    const response = await fetchImpl(url, { ...FEED_REQUEST, signal: controller.signal });
    if (!response.ok) return { ok: false, reason: 'http', detail: `${name}: the server answered ${response.status}` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large', detail: `${name} is ${declared} bytes; at most ${maxBytes}` };
    }
    const bytes = await readCapped(response, maxBytes);
    return bytes
      ? { ok: true, bytes }
      : { ok: false, reason: 'too-large', detail: `${name} is over ${maxBytes} bytes` };
  } catch (err) {
    if (controller.signal.aborted)
      return {
        ok: false,
        reason: 'timeout',
        detail: `${name}: no complete answer within ${Math.round(timeoutMs / 1000)} s`,
      };
    return { ok: false, reason: 'network', detail: `${name}: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    clearTimeout(timer);
  }
}
