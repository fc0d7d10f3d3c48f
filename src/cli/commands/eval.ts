/**
 * `kensho eval file.jsonl`: detection precision/recall/F1, top-1/top-3 topic accuracy, stance as polarity against
 * each row's claim, contradiction recall and false-positive rates on hard and easy negatives, per language, plus
 * the misses, for files shaped like shared/eval/dev.jsonl. `--split tune|check` keeps one fixed half (by URL).
 */
import type { Command } from '../io';
import { createMatcher } from '../../core/engine';
import { loadClaims, parseMatcherArgs, readTextFile, UsageError } from '../matcher-args';
import { parseRows } from '../eval/rows';
import { halfOf } from '../eval/split';
import { evaluate, table, type EvalStats, type Miss } from '../eval/metrics';
import { explainLines } from '../eval/explain';
import { causesOver, causeTable } from '../eval/causes';

const HELP = `Usage: kensho eval file.jsonl [--json] [--strictness loose|balanced|strict] [--evidence claims.json] [--ignore-dates]
                  [--split tune|check] [--explain] [--by-topic] [--causes] [--totals]
Each line: {"text", "lang": "en"|"ja", "kind": "positive"|"hard_negative"|"easy_negative", "topic", "claim", "stance": "same"|"contradicts", "date", "url"}.
"date" (optional: YYYY, YYYY-MM or YYYY-MM-DD) is when the page was published; as in the extension, claims about
later events are not matched on older pages. --ignore-dates judges every row as if its date were unknown.
--split keeps one fixed half of the rows, chosen by a stable hash of each row's url: tune on "tune", and read only
the totals of "check" (its misses are not printed). --explain prints, for each error, what decided it.
--by-topic adds the same totals per language and topic (which topics' vocabulary does not carry to unseen pages).
--causes adds the errors' totals by cause (the rule that decided; no sentence) and, like --totals, prints no misses.
--totals prints the tables only, never a sentence: the way to read a held-out set (and always so for the check half).
`;

export const evalCommand: Command = async (args, io) => {
  try {
    const opts = parseMatcherArgs(args, [
      '--json',
      '--strictness',
      '--evidence',
      '--ignore-dates',
      '--split',
      '--explain',
      '--by-topic',
      '--causes',
      '--totals',
    ]);
    if (opts.positional.length !== 1)
      throw new UsageError('give exactly one labelled .jsonl file, e.g. kensho eval ../shared/eval/dev.jsonl');
    // Sentences are never printed for the check half, with --totals, or with --causes (made to read held-out sets).
    const totalsOnly = opts.split === 'check' || opts.totals || opts.causes;
    if (totalsOnly && opts.explain)
      throw new UsageError(
        '--explain shows sentences: use it on the tune half, not with --split check, --totals or --causes',
      );
    const path = opts.positional[0]!;
    const all = parseRows(await readTextFile(path, 'eval file'), path);
    const rows = opts.split ? all.filter((r) => halfOf(r.row) === opts.split) : all;
    const claims = await loadClaims(opts.evidence);
    const matcher = createMatcher(claims, { strictness: opts.strictness });
    // As in the extension, the page's date leaves out claims about later events (unless --ignore-dates).
    const dateOf = (row: (typeof rows)[number]['row']) => ({
      published: opts.ignoreDates ? undefined : (row.date ?? undefined),
    });
    const matchesOf = ({ row }: (typeof rows)[number]) => matcher.matchSentence(row.text, row.lang, dateOf(row));
    const misses: Miss[] = [];
    const groups: Record<string, EvalStats> = {};
    for (const lang of ['en', 'ja'] as const) {
      const mine = rows.filter((r) => r.row.lang === lang);
      if (mine.length) groups[lang] = evaluate(mine, matchesOf, claims, misses);
    }
    groups.all = evaluate(rows, matchesOf, claims, []);
    const topics: Record<string, EvalStats> = {};
    if (opts.byTopic) {
      const byKey = new Map<string, typeof rows>();
      for (const r of rows) {
        const k = `${r.row.lang} ${r.row.topic ?? '-'}`;
        byKey.set(k, [...(byKey.get(k) ?? []), r]);
      }
      for (const k of [...byKey.keys()].sort()) topics[k] = evaluate(byKey.get(k)!, matchesOf, claims, []);
    }
    const causes = new Map<string, Record<string, number>>();
    const causeOf = causesOver(claims);
    if (opts.causes)
      for (const m of misses) {
        const { row } = all[m.line - 1]!;
        const cause = causeOf(m, row, matcher.explain(row.text, dateOf(row)));
        const n = causes.get(cause) ?? {};
        n[m.lang] = (n[m.lang] ?? 0) + 1;
        causes.set(cause, n);
      }
    const shownMisses = totalsOnly ? [] : misses.sort((a, b) => a.line - b.line);
    if (opts.json) {
      io.stdout(
        `${JSON.stringify({ file: path, split: opts.split, strictness: opts.strictness, pageDates: !opts.ignoreDates, metrics: groups, ...(opts.byTopic ? { byTopic: topics } : {}), ...(opts.causes ? { causes: Object.fromEntries(causes) } : {}), misses: shownMisses })}\n`,
      );
      return 0;
    }
    const what = [
      `strictness: ${opts.strictness}`,
      ...(opts.split ? [`${opts.split} half`] : []),
      ...(opts.ignoreDates ? ['page dates ignored'] : []),
    ];
    io.stdout(`kensho eval ${path} (${what.join(', ')})\n\n${table(groups)}\n`);
    if (opts.byTopic) io.stdout(`\nby language and topic:\n${table(topics)}\n`);
    if (opts.causes) io.stdout(`\nerrors by cause:\n${causeTable(causes)}\n`);
    if (totalsOnly) return 0;
    io.stdout(`\nmisses (${shownMisses.length}):\n`);
    for (const m of shownMisses) {
      io.stdout(`  [${m.lang} #${m.line}] ${m.why}: ${m.text.slice(0, 140)}\n      got: ${m.got}\n`);
      if (opts.explain)
        io.stdout(`${explainLines(matcher.explain(m.text, dateOf(all[m.line - 1]!.row))).join('\n')}\n`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`kensho eval: ${err.message}\n${HELP}`);
    return 2;
  }
};
