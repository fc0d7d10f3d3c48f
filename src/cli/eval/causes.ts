/**
 * `kensho eval --causes`: why rows went wrong, as totals by cause and language. It names the rule that decided, never
 * a sentence, so it may be read on the check half and on held-out sets (whose sentences tuners must not read): it
 * says where recall, precision and stance are lost on text the rules were not fitted to.
 */
import type { Explanation } from '../../core/engine';
import type { CandidateTrace } from '../../core/match-sentence';
import type { Claim } from '../../evidence/schema';
import { glossClaim } from './gold';
import type { Miss } from './metrics';
import type { EvalRow } from './rows';

/** The candidate the row is about: its gold claim's, else the best-scoring one on its topic, else the best. */
function judged(e: Explanation, gold: Claim | undefined, topicOf: (id: string) => string | undefined, topic: string) {
  const byScore = [...e.candidates].sort((a, b) => b.decision.raw - a.decision.raw);
  return (
    (gold && byScore.find((c) => c.claimId === gold.id)) ??
    byScore.find((c) => topicOf(c.claimId) === topic) ??
    byScore[0]
  );
}

/** The rule that turned a candidate away; "at best" when its upper bound already failed it (no features made). */
const ruleOf = (c: CandidateTrace) => (c.features ? c.decision.rule : `${c.decision.rule} at best`);

/**
 * The cause of one error over `claims`, e.g. "missed: requires", "false positive: claim requiring actors",
 * "wrong stance, wanted disputes: asserts".
 */
export function causesOver(claims: readonly Claim[]): (miss: Miss, row: EvalRow, e: Explanation) => string {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const topicOf = (id: string) => byId.get(id)?.topic;
  return (miss, row, e) => causeOf(miss, row, e, claims, byId, topicOf);
}

function causeOf(
  miss: Miss,
  row: EvalRow,
  e: Explanation,
  claims: readonly Claim[],
  byId: Map<string, Claim>,
  topicOf: (id: string) => string | undefined,
): string {
  if (miss.why === 'false positive') {
    const top = e.matches[0];
    const requires = top ? byId.get(top.claimId)?.requires : undefined;
    const kinds = requires ? Object.keys(requires).filter((k) => k !== 'excludes') : [];
    return `false positive: claim requiring ${kinds.length ? kinds.sort().join('+') : 'nothing'}`;
  }
  const gold = glossClaim(claims, row.topic, row.claim);
  if (miss.why.startsWith('missed')) {
    if (!e.keys.length) return 'missed: no evidence key';
    if (!e.candidates.length) return 'missed: keys, no candidate claim';
    const c = judged(e, gold, topicOf, row.topic ?? '');
    const which = gold && c?.claimId !== gold.id ? ' (gold claim not a candidate)' : '';
    return `missed: ${c ? ruleOf(c) : '?'}${which}`;
  }
  if (miss.why.startsWith('wrong stance')) {
    const shown = e.candidates.filter((c) => c.decision.admit);
    const c = (gold && shown.find((s) => s.claimId === gold.id)) ?? shown.find((s) => topicOf(s.claimId) === row.topic);
    return `wrong stance, wanted ${row.stance === 'contradicts' ? 'disputes' : 'supports'}: ${c ? c.decision.rule : '?'}`;
  }
  return miss.why.replace(/ \(.*\)$/, '');
}

/** Totals per cause and language, most frequent first. */
export function causeTable(counts: Map<string, Record<string, number>>): string {
  const rows = [...counts].sort(([, a], [, b]) => (b.en ?? 0) + (b.ja ?? 0) - ((a.en ?? 0) + (a.ja ?? 0)));
  const width = Math.max(5, ...rows.map(([k]) => k.length));
  return [
    `${'cause'.padEnd(width)}  en   ja`,
    ...rows.map(([k, n]) => `${k.padEnd(width)}  ${String(n.en ?? 0).padEnd(4)} ${n.ja ?? 0}`),
  ].join('\n');
}
