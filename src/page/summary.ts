/** Turns the page's annotations into the per-claim summary the background shows in the badge and popup. */
import type { SentenceMatch } from '../core/types';
import type { PageClaimSummary } from '../messaging/protocol';

const MAX_CLAIMS = 500;
const MAX_STANCES = 1000;
const MAX_FIGURES = 200;

/** Per-claim summary in page order of first occurrence; `matches` must already be in page order. */
export function summariseMatches(matches: readonly SentenceMatch[]): PageClaimSummary[] {
  const byClaim = new Map<string, PageClaimSummary>();
  for (const m of matches) {
    let s = byClaim.get(m.claimId);
    if (!s) {
      if (byClaim.size >= MAX_CLAIMS) continue;
      byClaim.set(m.claimId, (s = { claimId: m.claimId, count: 0, stances: [], figures: [] }));
    }
    s.count++;
    if (s.stances.length < MAX_STANCES) s.stances.push(m.stance);
    for (const f of m.figures) {
      if (f.verdict === 'unrelated' || s.figures.length >= MAX_FIGURES) continue;
      s.figures.push({
        text: f.text.slice(0, 200),
        verdict: f.verdict,
        expected: f.expected,
        unit: f.unit.slice(0, 20),
      });
    }
  }
  return [...byClaim.values()];
}
