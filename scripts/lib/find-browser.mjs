import { existsSync } from 'node:fs';

/**
 * A browser binary: `$<envVar>` when set (it must exist), else the first of `candidates` that exists.
 * Throws `missing` (which says how to install one) when there is none: the tests never skip for want of a browser.
 */
export function findBrowser({ envVar, candidates, missing }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar} is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(missing);
}
