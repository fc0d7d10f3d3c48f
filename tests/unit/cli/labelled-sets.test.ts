/**
 * The labelled sentence sets that `kensho eval` reads (tests/fixtures/sentences, dev-set format): each parses with
 * the eval's own parser and its labels agree with the row format the development set documents (its README, outside
 * the repository), so a bad edit fails here instead of silently skewing a measurement. The real-news set also keeps
 * its provenance (http(s) URL and publisher on every row) and its mix of kinds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRows, type NumberedRow } from '../../../src/cli/eval/rows';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

const SETS = [
  'generalisation.jsonl',
  'heldout-2026.jsonl',
  'heldout-news-2026.jsonl',
  'heldout-news-2026b.jsonl',
  'lookalikes.jsonl',
];
const NEWS_SET = 'heldout-news-2026.jsonl';

interface LabelledRow {
  text: string;
  lang: 'en' | 'ja';
  kind: string;
  topic: string | null;
  claim: string | null;
  stance: string | null;
  url?: string | null;
  publisher?: string | null;
}

const read = (name: string): NumberedRow[] =>
  parseRows(readFileSync(new URL(`../../fixtures/sentences/${name}`, import.meta.url), 'utf8'), name);
const topics = new Set<string>(loadBundledEvidence().map((c) => c.topic));
// Kana or CJK ideographs: a Japanese sentence has some, an English one none.
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Whether `url` is an http(s) address (the written-for-tests sets use `kensho:` instead). */
function isWebPage(url: string | null | undefined): boolean {
  try {
    return /^https?:$/.test(new URL(url ?? '').protocol);
  } catch {
    return false;
  }
}

/** What is wrong with one row's labels, or '' when nothing is. */
function labelProblem(r: LabelledRow): string {
  if (JAPANESE_SCRIPT.test(r.text) !== (r.lang === 'ja')) return `lang "${r.lang}" does not match the text's script`;
  if (r.kind === 'positive') {
    if (!r.topic || !topics.has(r.topic)) return `positive with unknown topic ${JSON.stringify(r.topic)}`;
    if (r.stance !== 'same' && r.stance !== 'contradicts') return `positive with stance ${JSON.stringify(r.stance)}`;
    if (typeof r.claim !== 'string' || !r.claim.trim()) return 'positive without a claim gloss';
    return '';
  }
  if (r.topic !== null || r.stance !== null || r.claim !== null) return `${r.kind} with a topic, claim or stance`;
  return '';
}

describe.each(SETS)('labelled set %s', (name) => {
  const rows = read(name);

  it("labels every row the way the development set's README describes", () => {
    const problems = rows
      .map(({ row, line }) => ({ line, problem: labelProblem(row as unknown as LabelledRow) }))
      .filter((p) => p.problem);
    expect(problems).toEqual([]);
  });

  it('holds each sentence once', () => {
    const seen = new Map<string, number>();
    const repeats = rows.flatMap(({ row, line }) => {
      const first = seen.get(row.text);
      seen.set(row.text, first ?? line);
      return first === undefined ? [] : [`${line} repeats ${first}`];
    });
    expect(repeats).toEqual([]);
  });
});

describe(`real-news set ${NEWS_SET}`, () => {
  const rows = read(NEWS_SET).map(({ row, line }) => ({ row: row as unknown as LabelledRow, line }));

  it('names the page, publisher and (where the page gave one) date of every sentence', () => {
    const unsourced = rows
      .filter(({ row }) => {
        return !isWebPage(row.url) || !row.publisher?.trim();
      })
      .map(({ line }) => line);
    expect(unsourced).toEqual([]);
  });

  it('mixes both languages, all three kinds and contradicting positives as a news reader meets them', () => {
    for (const lang of ['en', 'ja'] as const) {
      const kinds = new Set(rows.filter(({ row }) => row.lang === lang).map(({ row }) => row.kind));
      expect([...kinds].sort()).toEqual(['easy_negative', 'hard_negative', 'positive']);
    }
    const positives = rows.filter(({ row }) => row.kind === 'positive');
    const contradicting = positives.filter(({ row }) => row.stance === 'contradicts');
    expect(contradicting.length * 3).toBeGreaterThanOrEqual(positives.length);
  });
});
