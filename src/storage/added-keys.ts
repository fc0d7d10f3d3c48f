/**
 * Where the reader's added claims are stored (`storage.local` keys), and a look at the raw values cheap enough for
 * every news page: the page asks the worker for the claims themselves (validated there) only when there may be any.
 */
import { isRecord } from '../shared/is-record';

export const PACKS_KEY = 'packs';
export const FEEDS_KEY = 'feeds';

/**
 * Whether stored packs and feeds may hold an added claim: an enabled pack or an installed feed version with claims.
 * True whenever getAddedClaims (added-claims.ts) finds any, since its validation keeps only such packs and feeds;
 * a corrupt value may read true here and yield nothing there.
 */
export function mayHoldAdded(packs: unknown, feeds: unknown): boolean {
  const nonEmpty = (x: unknown) => Array.isArray(x) && x.length > 0;
  if (Array.isArray(packs) && packs.some((p) => isRecord(p) && p.enabled === true && nonEmpty(p.claims))) return true;
  const list = isRecord(feeds) && Array.isArray(feeds.feeds) ? feeds.feeds : [];
  return list.some((f) => isRecord(f) && isRecord(f.installed) && nonEmpty(f.installed.claims));
}

/**
 * What about the stored feeds changes the claims: each feed's installed version (not its check times or errors), read
 * from the raw value.
 */
export function installedVersions(feeds: unknown): string {
  const list = isRecord(feeds) && Array.isArray(feeds.feeds) ? feeds.feeds : [];
  return list
    .map((f) => {
      if (!isRecord(f)) return '?';
      const meta = isRecord(f.installed) && isRecord(f.installed.meta) ? f.installed.meta : null;
      return `${String(f.url)}@${meta ? String(meta.version) : '-'}`;
    })
    .join(' ');
}
