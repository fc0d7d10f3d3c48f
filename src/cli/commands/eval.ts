/**
 * `kensho eval file.jsonl`: detection precision/recall/F1, top-1/top-3 topic accuracy, stance accuracy and
 * false-positive rates on hard and easy negatives, per language, plus the misses — for files shaped like
 * shared/eval/dev.jsonl ({text, lang, kind, topic, stance}).
 */
import type { Command } from '../io';
import type { Matcher, SentenceMatch } from '../../core/types';
import { createMatcher } from '../../core/engine';
import { dateRange, dropPredated, sinceMap } from '../../core/published';
import { loadClaims, parseMatcherArgs, readTextFile, UsageError } from '../matcher-args';

const HELP = `Usage: kensho eval file.jsonl [--json] [--strictness loose|balanced|strict] [--evidence claims.json] [--ignore-dates]
Each line: {"text", "lang": "en"|"ja", "kind": "positive"|"hard_negative"|"easy_negative", "topic", "stance": "same"|"contradicts", "date"}.
"date" (optional: YYYY, YYYY-MM or YYYY-MM-DD) is when the page was published; as in the extension, claims about
later events are not matched on older pages. --ignore-dates judges every row as if its date were unknown.
`;

export interface EvalRow {
  text: string;
  lang: 'en' | 'ja';
  kind: 'positive' | 'hard_negative' | 'easy_negative';
  topic: string | null;
  stance: 'same' | 'contradicts' | null;
  /** Short gloss of the claim a positive makes (its stance is relative to this claim). */
  claim?: string | null;
  /** When the page was published (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  date?: string | null;
}

interface Miss { line: number; lang: string; kind: string; why: string; text: string; got: string }

export interface EvalStats {
  positives: number; detected: number; hardNegatives: number; hardFlagged: number; easyNegatives: number; easyFlagged: number;
  precision: number; recall: number; f1: number;
  /** Over detected positives, and (…OfAll) over all positives, counting a missed sentence as wrong. */
  top1: number; top3: number; top1OfAll: number; top3OfAll: number;
  stance: number; hardFpRate: number; easyFpRate: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

function parseRows(text: string, path: string): EvalRow[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let row: EvalRow;
    try {
      row = JSON.parse(line) as EvalRow;
    } catch (err) {
      throw new UsageError(`${path}:${i + 1} is not valid JSON (${(err as Error).message})`);
    }
    if (typeof row.text !== 'string' || !['positive', 'hard_negative', 'easy_negative'].includes(row.kind) || !['en', 'ja'].includes(row.lang)) {
      throw new UsageError(`${path}:${i + 1} needs "text", "lang" (en|ja) and "kind" (positive|hard_negative|easy_negative)`);
    }
    if (row.date != null && (typeof row.date !== 'string' || !dateRange(row.date))) {
      throw new UsageError(`${path}:${i + 1} has "date" ${JSON.stringify(row.date)}: give YYYY, YYYY-MM or YYYY-MM-DD, or null`);
    }
    return [row];
  });
}

/**
 * The match judged for stance. A label's stance is relative to the claim its gloss names ("Sora is supply
 * without demand"), and a topic can hold both sides of a disputed pair, so: the match on the claim the gloss
 * looks up to, else the best match on the labelled topic, else the best overall.
 */
function stanceOf(matcher: Matcher, matches: SentenceMatch[], row: EvalRow): string {
  const looked = row.claim ? matcher.lookup(row.claim, 3) : [];
  const glossed = looked.filter((r) => r.score >= looked[0]!.score * 0.9).map((r) => r.claimId);
  const onTopic = matches.filter((m) => m.topic === row.topic);
  const named = glossed.map((id) => onTopic.find((m) => m.claimId === id)).find((m) => m);
  return (named ?? onTopic[0] ?? matches[0])!.stance;
}

/** Runs the matcher over labelled rows and computes the metrics for one group of rows. */
export function evaluate(matcher: Matcher, rows: readonly { row: EvalRow; line: number }[], misses: Miss[], since: ReadonlyMap<string, string> = new Map()): EvalStats {
  let detected = 0, top1 = 0, top3 = 0, stanceOk = 0, hardFlagged = 0, easyFlagged = 0, hard = 0, easy = 0, pos = 0;
  for (const { row, line } of rows) {
    const matches = dropPredated(matcher.matchSentence(row.text, row.lang), since, row.date ?? undefined);
    const got = matches.map((m) => `${m.topic}/${m.stance}/${m.score.toFixed(2)}`).join(' ') || '-';
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
    if (stanceOf(matcher, matches, row) === want) stanceOk++;
    else miss(`wrong stance (${want})`);
  }
  const fp = hardFlagged + easyFlagged;
  const precision = ratio(detected, detected + fp);
  const recall = ratio(detected, pos);
  return {
    positives: pos, detected, hardNegatives: hard, hardFlagged, easyNegatives: easy, easyFlagged,
    precision: round(precision), recall: round(recall), f1: round(ratio(2 * precision * recall, precision + recall)),
    top1: round(ratio(top1, detected)), top3: round(ratio(top3, detected)), top1OfAll: round(ratio(top1, pos)), top3OfAll: round(ratio(top3, pos)),
    stance: round(ratio(stanceOk, detected)), hardFpRate: round(ratio(hardFlagged, hard)), easyFpRate: round(ratio(easyFlagged, easy)),
  };
}

function table(groups: Record<string, EvalStats>): string {
  const cols: [string, (s: EvalStats) => string][] = [
    ['rows', (s) => String(s.positives + s.hardNegatives + s.easyNegatives)],
    ['P', (s) => s.precision.toFixed(3)], ['R', (s) => s.recall.toFixed(3)], ['F1', (s) => s.f1.toFixed(3)],
    ['top1', (s) => s.top1.toFixed(3)], ['top3', (s) => s.top3.toFixed(3)], ['top3/all', (s) => s.top3OfAll.toFixed(3)],
    ['stance', (s) => s.stance.toFixed(3)],
    ['hardFP', (s) => `${s.hardFpRate.toFixed(3)} (${s.hardFlagged}/${s.hardNegatives})`],
    ['easyFP', (s) => `${s.easyFpRate.toFixed(3)} (${s.easyFlagged}/${s.easyNegatives})`],
  ];
  const rows = [['lang', ...cols.map((c) => c[0])], ...Object.entries(groups).map(([k, s]) => [k, ...cols.map((c) => c[1](s))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

export const evalCommand: Command = async (args, io) => {
  try {
    const opts = parseMatcherArgs(args, ['--json', '--strictness', '--evidence', '--ignore-dates']);
    if (opts.positional.length !== 1) throw new UsageError('give exactly one labelled .jsonl file, e.g. kensho eval ../shared/eval/dev.jsonl');
    const path = opts.positional[0]!;
    const rows = parseRows(await readTextFile(path, 'eval file'), path).map((row, i) => ({ row, line: i + 1 }));
    const claims = await loadClaims(opts.evidence);
    const matcher = createMatcher(claims, { strictness: opts.strictness });
    const since = opts.ignoreDates ? new Map<string, string>() : sinceMap(claims);
    const misses: Miss[] = [];
    const groups: Record<string, EvalStats> = {};
    for (const lang of ['en', 'ja'] as const) {
      const mine = rows.filter((r) => r.row.lang === lang);
      if (mine.length) groups[lang] = evaluate(matcher, mine, misses, since);
    }
    groups.all = evaluate(matcher, rows, [], since);
    if (opts.json) {
      io.stdout(`${JSON.stringify({ file: path, strictness: opts.strictness, pageDates: !opts.ignoreDates, metrics: groups, misses })}\n`);
      return 0;
    }
    io.stdout(`kensho eval ${path} (strictness: ${opts.strictness}${opts.ignoreDates ? ', page dates ignored' : ''})\n\n${table(groups)}\n\nmisses (${misses.length}):\n`);
    for (const m of misses) io.stdout(`  [${m.lang} #${m.line}] ${m.why}: ${m.text.slice(0, 140)}\n      got: ${m.got}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`kensho eval: ${err.message}\n${HELP}`);
    return 2;
  }
};
