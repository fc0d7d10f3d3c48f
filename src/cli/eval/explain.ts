/** `kensho eval --explain`: for one error, what the engine saw and which rule decided each candidate. */
import type { Explanation } from '../../core/engine';
import type { Features } from '../../core/decide';

/** The cues that were set in a feature record, by name. */
function cues(f: Features): string {
  const on = (
    ['negated', 'rebuttal', 'figureConflict', 'reportedChange', 'overridden', 'hedged', 'otherPeriod'] as const
  ).filter((k) => f[k]);
  if (f.question !== 'none') on.push(`question:${f.question}` as never);
  if (!f.requiresMet) on.push('requires-unmet' as never);
  return on.join(',') || '-';
}

/** A few indented lines: keys found, then each candidate with its evidence, figure relation, cues and rule. */
export function explainLines(e: Explanation, limit = 6): string[] {
  const out = [`      keys: ${e.keys.join(', ') || '-'}`];
  for (const c of e.candidates.slice(0, limit)) {
    const d = c.decision;
    const f = c.features;
    const what = f
      ? `raw ${f.raw.toFixed(2)} term ${f.bestTerm.toFixed(2)}/${f.secondTerm.toFixed(2)} ent ${f.entities} fig ${f.figure} cues ${cues(f)}`
      : 'pruned by the upper bound';
    out.push(
      `      ${d.admit ? '+' : '-'} ${c.claimId} ${d.admit ? `${d.stance} ${d.score.toFixed(2)}` : ''} [${d.rule}] ${what}`,
    );
  }
  if (e.candidates.length > limit) out.push(`      … ${e.candidates.length - limit} more`);
  return out;
}
