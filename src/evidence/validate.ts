import * as v from 'valibot';
import { dateRange } from '../core/published';
import { TopicFileSchema, type Claim, type TopicFile } from './schema';
import { claimsOf } from './topic-vocabulary';
import { TOPICS } from './topics';

/** One problem in the evidence base, located precisely enough to fix by hand. */
export interface EvidenceIssue {
  file: string;
  /** The claim the problem is in, when it is in one. */
  claimId?: string;
  /** Field path inside the claim (or the file), like `sources[0].date`. */
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: EvidenceIssue[] };

/** `data/ai-roi.json: claim "roi.mit-95" › sources[0].date: must be a date like 2025-10-14` */
export function formatIssue(issue: EvidenceIssue): string {
  const where = issue.claimId === undefined ? issue.path : `claim "${issue.claimId}" › ${issue.path}`;
  return `${issue.file}: ${where}: ${issue.message}`;
}

function dotPath(keys: readonly unknown[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function claimIdAt(raw: unknown, index: number): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const claims = (raw as { claims?: unknown }).claims;
  const claim = Array.isArray(claims) ? (claims[index] as { id?: unknown } | undefined) : undefined;
  return claim && typeof claim.id === 'string' ? claim.id : undefined;
}

/** Valibot's messages are terse for structural errors; say what to do instead. */
function friendlyMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return `unknown field ${issue.received}`;
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"'))
    return 'is required';
  return issue.message;
}

/** Converts valibot issues into located issues; claim-level paths are split off by claim id. */
export function toEvidenceIssues(file: string, raw: unknown, issues: readonly v.BaseIssue<unknown>[]): EvidenceIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key);
    const message = friendlyMessage(issue);
    if (keys[0] === 'claims' && typeof keys[1] === 'number') {
      const claimId = claimIdAt(raw, keys[1]);
      if (claimId !== undefined) return { file, claimId, path: dotPath(keys.slice(2)) || '(claim)', message };
    }
    return { file, path: dotPath(keys) || '(root)', message };
  });
}

/** Validates one parsed `data/<topic>.json` file against the schema and its own topic. */
/** Every group name a claim's requirements use is defined by the file, and every group the file defines is used. */
function termGroupIssues(file: string, parsed: TopicFile): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  const defined = new Set(Object.keys(parsed.termGroups ?? {}));
  const used = new Set<string>();
  for (const claim of parsed.claims) {
    for (const [field, value] of Object.entries(claim.requires ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== 'string') continue;
        used.add(item);
        if (!defined.has(item))
          issues.push({
            file,
            claimId: claim.id,
            path: `requires.${field}`,
            message: `names term group "${item}", which this file's termGroups does not define`,
          });
      }
    }
  }
  for (const name of defined)
    if (!used.has(name))
      issues.push({ file, path: `termGroups.${name}`, message: 'is defined but no claim requires it' });
  return issues;
}

export function validateTopicFile(file: string, raw: unknown): Checked<TopicFile> {
  const result = v.safeParse(TopicFileSchema, raw);
  if (!result.success) return { ok: false, issues: toEvidenceIssues(file, raw, result.issues) };
  const parsed = result.output;
  const issues: EvidenceIssue[] = [];
  parsed.claims.forEach((claim) => {
    if (claim.topic !== parsed.topic) {
      issues.push({
        file,
        claimId: claim.id,
        path: 'topic',
        message: `is "${claim.topic}" but this file holds topic "${parsed.topic}"`,
      });
    }
  });
  issues.push(...termGroupIssues(file, parsed));
  const base = file
    .split('/')
    .pop()
    ?.replace(/\.json$/, '');
  if (base && file.endsWith('.json') && base !== parsed.topic) {
    issues.push({ file, path: 'topic', message: `is "${parsed.topic}" but the file is named for "${base}"` });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed };
}

export interface ClaimSet {
  file: string;
  claims: readonly Claim[];
}

/**
 * A claim's dates must agree with each other: an update cannot come before the event the claim is about (`since`),
 * and `reviewed` (the last check against the news) cannot be older than an update that check recorded.
 */
export function checkClaimDates(file: string, claim: Claim): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  const since = claim.since ? dateRange(claim.since) : null;
  const reviewed = claim.reviewed ? dateRange(claim.reviewed) : null;
  (claim.updates ?? []).forEach((u, i) => {
    const at = dateRange(u.date);
    if (!at) return;
    if (since && at.last < since.first) {
      issues.push({
        file,
        claimId: claim.id,
        path: `updates[${i}].date`,
        message: `is before the claim's own date (since ${claim.since})`,
      });
    }
    if (reviewed && reviewed.last < at.first) {
      issues.push({
        file,
        claimId: claim.id,
        path: 'reviewed',
        message: `is before the update of ${u.date}; set it to the day the claim was last checked`,
      });
    }
  });
  return issues;
}

/**
 * Cross-claim checks: unique ids, disputes that point somewhere and are listed both ways, dates that agree.
 * `requireTargets` is false for user packs, whose disputes may name bundled claims.
 */
export function checkClaims(sets: readonly ClaimSet[], requireTargets = true): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  const home = new Map<string, { file: string; claim: Claim }>();
  for (const { file, claims } of sets) {
    for (const claim of claims) {
      const seen = home.get(claim.id);
      if (seen)
        issues.push({ file, claimId: claim.id, path: 'id', message: `duplicate id, also used in ${seen.file}` });
      else home.set(claim.id, { file, claim });
    }
  }
  for (const { file, claims } of sets) {
    for (const claim of claims) {
      issues.push(...checkClaimDates(file, claim));
      const listed = new Set<string>();
      claim.disputes.forEach((target, i) => {
        const at = { file, claimId: claim.id, path: `disputes[${i}]` };
        if (listed.has(target)) return issues.push({ ...at, message: `lists "${target}" twice` });
        listed.add(target);
        if (target === claim.id) return issues.push({ ...at, message: 'a claim cannot dispute itself' });
        const other = home.get(target);
        if (!other) {
          if (requireTargets) issues.push({ ...at, message: `no claim has the id "${target}"` });
          return;
        }
        if (!other.claim.disputes.includes(claim.id)) {
          issues.push({
            ...at,
            message: `"${target}" does not list "${claim.id}" back in its disputes (links must go both ways)`,
          });
        }
      });
    }
  }
  return issues;
}

export interface RawFile {
  file: string;
  data: unknown;
}

/** Validates the whole evidence base: every file, every topic covered, cross-file links. */
export function validateEvidence(files: readonly RawFile[]): Checked<Claim[]> {
  const issues: EvidenceIssue[] = [];
  const sets: ClaimSet[] = [];
  for (const { file, data } of files) {
    const checked = validateTopicFile(file, data);
    if (checked.ok) sets.push({ file, claims: claimsOf(checked.value) });
    else issues.push(...checked.issues);
  }
  if (issues.length) return { ok: false, issues };
  const covered = new Set(sets.flatMap((s) => s.claims.map((c) => c.topic)));
  for (const topic of TOPICS) {
    if (!covered.has(topic))
      issues.push({ file: `data/${topic}.json`, path: '(file)', message: `no claims for topic "${topic}"` });
  }
  issues.push(...checkClaims(sets));
  return issues.length ? { ok: false, issues } : { ok: true, value: sets.flatMap((s) => [...s.claims]) };
}

/**
 * The content script uses the bundled files without validating them again (bundled-data.ts), which is only sound
 * if validation changes nothing: a claim whose validated form differs (untrimmed text, say, in the claim or in its
 * topic's shared vocabulary) is a problem here.
 */
export function untrusted(files: readonly RawFile[], validated: readonly Claim[]): string[] {
  const raw = files.flatMap((f) =>
    claimsOf({ claims: [], ...(f.data as Partial<TopicFile>) }).map((claim) => ({ file: f.file, claim })),
  );
  return raw
    .filter(({ claim }, i) => JSON.stringify(claim) !== JSON.stringify(validated[i]))
    .map(
      ({ file, claim }) =>
        `${file}: claim "${claim.id}": differs from its validated form (untrimmed text?); fix the file`,
    );
}
