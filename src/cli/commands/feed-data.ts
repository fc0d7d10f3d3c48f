/** Reads a feed's data folder and validates it the way the build validates data/: errors name file › claim › field. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { trustedBundledClaims } from '../../evidence/bundled-data';
import { PACK_LIMITS } from '../../evidence/pack';
import { Bilingual, Id, type Claim } from '../../evidence/schema';
import { claimsOf } from '../../evidence/topic-vocabulary';
import {
  checkClaims,
  formatIssue,
  untrusted,
  validateTopicFile,
  type ClaimSet,
  type RawFile,
} from '../../evidence/validate';

/** The file in the data folder that names the feed; every other *.json is a topic file like data/<topic>.json. */
export const FEED_INFO_FILE = 'feed-info.json';
const FeedInfoSchema = v.strictObject({ id: Id, title: Bilingual(120) });
export type FeedInfo = v.InferOutput<typeof FeedInfoSchema>;

export type FeedData = { ok: true; info: FeedInfo; claims: Claim[] } | { ok: false; problems: string[] };

function readJson(path: string, label: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${label}: (file): ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Validates `dir`: feed-info.json, then each topic file, cross-claim links (targets may be bundled claims), limits. */
export function readFeedData(dir: string): FeedData {
  const problems: string[] = [];
  const folder = basename(dir);
  const infoLabel = `${folder}/${FEED_INFO_FILE}`;
  const infoRaw = readJson(join(dir, FEED_INFO_FILE), infoLabel, problems);
  const info = infoRaw === undefined ? null : v.safeParse(FeedInfoSchema, infoRaw);
  if (info && !info.success) {
    for (const issue of info.issues)
      problems.push(
        `${infoLabel}: ${(issue.path ?? []).map((p) => String(p.key)).join('.') || '(root)'}: ${issue.message}`,
      );
  }
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json') && n !== FEED_INFO_FILE)
      .sort();
  } catch (err) {
    return {
      ok: false,
      problems: [`${dir}: cannot read the folder (${err instanceof Error ? err.message : String(err)})`],
    };
  }
  if (names.length === 0) problems.push(`${folder}: (folder): no topic files (*.json besides ${FEED_INFO_FILE})`);
  const files: RawFile[] = [];
  const sets: ClaimSet[] = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    const data = readJson(join(dir, name), file, problems);
    if (data === undefined) continue;
    files.push({ file, data });
    const checked = validateTopicFile(file, data);
    if (checked.ok) sets.push({ file, claims: claimsOf(checked.value) });
    else problems.push(...checked.issues.map(formatIssue));
  }
  if (problems.length) return { ok: false, problems };
  const claims = sets.flatMap((s) => [...s.claims]);
  // Disputes may point at bundled claims, which must then list the feed claim back only in the feed's own view.
  problems.push(...checkClaims(sets, false).map(formatIssue));
  problems.push(...untrusted(files, claims));
  const bundled = new Set(trustedBundledClaims().map((c) => c.id));
  for (const s of sets) {
    for (const c of s.claims)
      if (bundled.has(c.id))
        problems.push(
          formatIssue({
            file: s.file,
            claimId: c.id,
            path: 'id',
            message: 'is already a bundled claim id; choose another (the bundled claim would win)',
          }),
        );
  }
  if (claims.length > PACK_LIMITS.maxClaims)
    problems.push(`${folder}: (folder): ${claims.length} claims; a feed may hold at most ${PACK_LIMITS.maxClaims}`);
  if (problems.length || !info?.success) return { ok: false, problems };
  return { ok: true, info: info.output, claims };
}
