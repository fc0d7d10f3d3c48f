/**
 * The metrics of `kensho eval` for one group of rows: detection P/R/F1, topic accuracy, stance as a polarity
 * against the row's claim (see gold.ts), contradiction recall, and false-positive rates on negatives.
 */
import type { Claim } from '../../evidence/schema';
import type { SentenceMatch } from '../../core/types';
import { glossClaim, shownPolarity } from './gold';
import type { NumberedRow } from './rows';

export interface Miss {
  line: number;
  lang: string;
  kind: string;
  why: string;
  text: string;
  got: string;
}

export interface EvalStats {
  positives: number;
  detected: number;
  hardNegatives: number;
  hardFlagged: number;
  easyNegatives: number;
  easyFlagged: number;
  precision: number;
  recall: number;
  f1: number;
  /** Over detected positives, and (…OfAll) over all positives, counting a missed sentence as wrong. */
  top1: number;
  top3: number;
  top1OfAll: number;
  top3OfAll: number;
  /** Polarity against the row's claim, over detected positives. */
  stance: number;
  /** Contradicting rows shown as disputing their claim (or supporting a claim that disputes it), over all of them. */
  contradictions: number;
  contradictionsShown: number;
  contradictionRecall: number;
  hardFpRate: number;
  easyFpRate: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Scores the matches found for each row (`matchesOf`, in row order) and computes the metrics for the group. */
export function evaluate(
  rows: readonly NumberedRow[],
  matchesOf: (r: NumberedRow) => SentenceMatch[],
  claims: readonly Claim[],
  misses: Miss[],
): EvalStats {
  const disputes = new Map(claims.map((c) => [c.id, c.disputes]));
  const disputesOf = (id: string) => disputes.get(id) ?? [];
  let detected = 0,
    top1 = 0,
    top3 = 0,
    stanceOk = 0,
    hardFlagged = 0,
    easyFlagged = 0,
    hard = 0,
    easy = 0,
    pos = 0,
    contra = 0,
    contraShown = 0;
  for (const nr of rows) {
    const { row, line } = nr;
    const matches = matchesOf(nr);
    const got = matches.map((m) => `${m.claimId}/${m.stance}/${m.score.toFixed(2)}`).join(' ') || '-';
    const miss = (why: string) => misses.push({ line, lang: row.lang, kind: row.kind, why, text: row.text, got });
    if (row.kind !== 'positive') {
      if (row.kind === 'hard_negative') hard++;
      else easy++;
      if (matches.length) {
        if (row.kind === 'hard_negative') hardFlagged++;
        else easyFlagged++;
        miss('false positive');
      }
      continue;
    }
    pos++;
    if (row.stance === 'contradicts') contra++;
    if (!matches.length) {
      miss(`missed (${row.topic})`);
      continue;
    }
    detected++;
    const topics = [...new Set(matches.map((m) => m.topic))];
    if (topics[0] === row.topic) top1++;
    if (topics.slice(0, 3).includes(row.topic as SentenceMatch['topic'])) top3++;
    else miss(`wrong topic (${row.topic})`);
    const want = row.stance === 'contradicts' ? 'disputes' : 'supports';
    const shown = shownPolarity(matches, row.topic, glossClaim(claims, row.topic, row.claim), disputesOf);
    if (shown === want) {
      stanceOk++;
      if (want === 'disputes') contraShown++;
    } else if (shown !== null) miss(`wrong stance (${want})`);
  }
  const fp = hardFlagged + easyFlagged;
  const precision = ratio(detected, detected + fp);
  const recall = ratio(detected, pos);
  return {
    positives: pos,
    detected,
    hardNegatives: hard,
    hardFlagged,
    easyNegatives: easy,
    easyFlagged,
    precision: round(precision),
    recall: round(recall),
    f1: round(ratio(2 * precision * recall, precision + recall)),
    top1: round(ratio(top1, detected)),
    top3: round(ratio(top3, detected)),
    top1OfAll: round(ratio(top1, pos)),
    top3OfAll: round(ratio(top3, pos)),
    stance: round(ratio(stanceOk, detected)),
    contradictions: contra,
    contradictionsShown: contraShown,
    contradictionRecall: round(ratio(contraShown, contra)),
    hardFpRate: round(ratio(hardFlagged, hard)),
    easyFpRate: round(ratio(easyFlagged, easy)),
  };
}

/** The metrics as a fixed-width table, one line per group. */
export function table(groups: Record<string, EvalStats>): string {
  const cols: [string, (s: EvalStats) => string][] = [
    ['rows', (s) => String(s.positives + s.hardNegatives + s.easyNegatives)],
    ['P', (s) => s.precision.toFixed(3)],
    ['R', (s) => s.recall.toFixed(3)],
    ['F1', (s) => s.f1.toFixed(3)],
    ['top1', (s) => s.top1.toFixed(3)],
    ['top3', (s) => s.top3.toFixed(3)],
    ['top3/all', (s) => s.top3OfAll.toFixed(3)],
    ['stance', (s) => s.stance.toFixed(3)],
    ['contraR', (s) => `${s.contradictionRecall.toFixed(3)} (${s.contradictionsShown}/${s.contradictions})`],
    ['hardFP', (s) => `${s.hardFpRate.toFixed(3)} (${s.hardFlagged}/${s.hardNegatives})`],
    ['easyFP', (s) => `${s.easyFpRate.toFixed(3)} (${s.easyFlagged}/${s.easyNegatives})`],
  ];
  const rows = [
    ['lang', ...cols.map((c) => c[0])],
    ...Object.entries(groups).map(([k, s]) => [k, ...cols.map((c) => c[1](s))]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
