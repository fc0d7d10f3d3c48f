import { describe, expect, it } from 'vitest';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { runCli, tempFiles } from './run-cli';

const files = tempFiles();
const rows = [
  {
    text: 'Nvidia will invest up to $100 billion in OpenAI.',
    lang: 'en',
    kind: 'positive',
    topic: 'nvidia-openai-circular',
    stance: 'same',
  },
  {
    text: 'The IMF says the boom is financed by debt after all, with bond sales soaring.',
    lang: 'en',
    kind: 'positive',
    topic: 'imf-no-systemic-risk',
    stance: 'contradicts',
  },
  { text: 'A new museum opened downtown.', lang: 'en', kind: 'positive', topic: 'ai-roi', stance: 'same' },
  { text: 'Nvidia and OpenAI executives met for lunch.', lang: 'en', kind: 'hard_negative', topic: null, stance: null },
  { text: 'The match ended in a draw.', lang: 'en', kind: 'easy_negative', topic: null, stance: null },
  {
    text: 'ナスダックはITバブル崩壊で78%暴落した。',
    lang: 'ja',
    kind: 'positive',
    topic: 'dotcom-analogy',
    stance: 'same',
  },
  { text: '今日は雨です。', lang: 'ja', kind: 'easy_negative', topic: null, stance: null },
];
const file = files.write('labelled.jsonl', `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);

describe('kensho eval', () => {
  it('computes per-language metrics as JSON', async () => {
    const r = await runCli(['eval', file, '--json', '--evidence', files.evidence]);
    expect(r.code).toBe(0);
    const { metrics, misses } = JSON.parse(r.out);
    expect(metrics.en).toMatchObject({
      positives: 3,
      detected: 2,
      hardNegatives: 1,
      hardFlagged: 0,
      easyNegatives: 1,
      easyFlagged: 0,
      precision: 1,
      recall: 0.667,
    });
    expect(metrics.en.f1).toBeCloseTo(0.8, 3);
    expect(metrics.en.stance).toBe(1); // "contradicts" scored against the match on the labelled topic
    expect(metrics.ja).toMatchObject({ positives: 1, detected: 1, top1: 1, top3: 1, easyFpRate: 0 });
    expect(metrics.all.positives).toBe(4);
    expect(misses).toEqual([expect.objectContaining({ line: 3, why: 'missed (ai-roi)' })]);
  });

  it('adds the totals per language and topic with --by-topic (negatives, which have none, under "-")', async () => {
    const r = JSON.parse((await runCli(['eval', file, '--json', '--by-topic', '--evidence', files.evidence])).out);
    expect(Object.keys(r.byTopic)).toEqual([
      'en -',
      'en ai-roi',
      'en imf-no-systemic-risk',
      'en nvidia-openai-circular',
      'ja -',
      'ja dotcom-analogy',
    ]);
    expect(r.byTopic['en ai-roi']).toMatchObject({ positives: 1, detected: 0, recall: 0 });
    expect(r.byTopic['en nvidia-openai-circular']).toMatchObject({ positives: 1, detected: 1 });
    expect(r.byTopic['en -']).toMatchObject({ hardNegatives: 1, easyNegatives: 1, positives: 0 });
    const plain = JSON.parse((await runCli(['eval', file, '--json', '--evidence', files.evidence])).out);
    expect(plain.byTopic).toBeUndefined();
    const text = (await runCli(['eval', file, '--by-topic', '--evidence', files.evidence])).out;
    expect(text).toMatch(/by language and topic:\n.*\nen -\s+2\s/);
  });

  it('adds the errors by cause with --causes: the deciding rule, no sentence', async () => {
    const r = JSON.parse((await runCli(['eval', file, '--json', '--causes', '--evidence', files.evidence])).out);
    expect(r.causes).toEqual({ 'missed: no evidence key': { en: 1 } });
    const text = (await runCli(['eval', file, '--causes', '--evidence', files.evidence])).out;
    expect(text).toMatch(/errors by cause:\ncause\s+en\s+ja\nmissed: no evidence key\s+1\s+0\n/);
    // Made for held-out sets: no sentence is printed.
    expect(text).not.toMatch(/misses|A new museum opened downtown/);
    expect(r.misses).toEqual([]);
  });

  it('prints the tables only, never a sentence, with --totals (the way to read a held-out set)', async () => {
    const text = (await runCli(['eval', file, '--totals', '--evidence', files.evidence])).out;
    expect(text).toMatch(/^en\s+5\s+1\.000\s+0\.667\s+0\.800/m);
    expect(text).not.toMatch(/misses|A new museum opened downtown/);
    const r = JSON.parse((await runCli(['eval', file, '--json', '--totals', '--evidence', files.evidence])).out);
    expect(r.misses).toEqual([]);
    expect((await runCli(['eval', file, '--totals', '--explain', '--evidence', files.evidence])).err).toMatch(
      /use it on the tune half/,
    );
  });

  it('prints a table and the misses for people', async () => {
    const r = await runCli(['eval', file, '--evidence', files.evidence]);
    expect(r.out).toMatch(/lang\s+rows\s+P\s+R\s+F1\s+top1\s+top3/);
    expect(r.out).toMatch(/^en\s+5\s+1\.000\s+0\.667\s+0\.800/m);
    expect(r.out).toMatch(/missed \(ai-roi\): A new museum opened downtown\./);
  });

  it('judges each row by its page date, as the extension does, unless --ignore-dates', async () => {
    const dated = files.write(
      'dated.json',
      JSON.stringify(
        FIXTURE_CLAIMS.map((c) => (c.id === 'test.chipmaker-invests' ? { ...c, since: '2025-09-22' } : c)),
      ),
    );
    const old = files.write(
      'old.jsonl',
      `${JSON.stringify({ text: 'Nvidia will invest up to $100 billion in OpenAI.', lang: 'en', kind: 'hard_negative', topic: null, stance: null, date: '2022-03' })}\n`,
    );
    const r = JSON.parse((await runCli(['eval', old, '--json', '--evidence', dated])).out);
    expect(r.pageDates).toBe(true);
    expect(r.metrics.en.hardFlagged).toBe(0);
    const ignoring = JSON.parse((await runCli(['eval', old, '--json', '--ignore-dates', '--evidence', dated])).out);
    expect(ignoring.pageDates).toBe(false);
    expect(ignoring.metrics.en.hardFlagged).toBe(1);
    const bad = files.write(
      'bad-date.jsonl',
      `${JSON.stringify({ text: 'x', lang: 'en', kind: 'easy_negative', date: 'soon' })}\n`,
    );
    expect((await runCli(['eval', bad, '--evidence', dated])).err).toMatch(
      /bad-date\.jsonl:1 has "date" "soon": give YYYY, YYYY-MM or YYYY-MM-DD, or null/,
    );
  });

  it('explains unreadable or malformed files', async () => {
    const a = await runCli(['eval', '/nonexistent.jsonl']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/cannot read eval file/);
    const bad = files.write('bad.jsonl', '{"text": "x"}\n');
    const b = await runCli(['eval', bad, '--evidence', files.evidence]);
    expect(b.err).toMatch(/bad\.jsonl:1 needs "text", "lang"/);
    const c = await runCli(['eval']);
    expect(c.err).toMatch(/give exactly one labelled \.jsonl file/);
  });

  it('keeps one fixed half with --split, and shows the check half only as totals', async () => {
    const tune = JSON.parse(
      (await runCli(['eval', file, '--json', '--split', 'tune', '--evidence', files.evidence])).out,
    );
    const check = JSON.parse(
      (await runCli(['eval', file, '--json', '--split', 'check', '--evidence', files.evidence])).out,
    );
    const count = (r: { metrics: { all: { positives: number; hardNegatives: number; easyNegatives: number } } }) =>
      r.metrics.all.positives + r.metrics.all.hardNegatives + r.metrics.all.easyNegatives;
    expect(count(tune) + count(check)).toBe(rows.length);
    expect(check.misses).toEqual([]);
    const text = await runCli(['eval', file, '--split', 'check', '--evidence', files.evidence]);
    expect(text.out).not.toMatch(/misses/);
    expect((await runCli(['eval', file, '--split', 'check', '--explain', '--evidence', files.evidence])).err).toMatch(
      /use it on the tune half/,
    );
    expect((await runCli(['eval', file, '--split', 'half', '--evidence', files.evidence])).err).toMatch(
      /--split must be tune or check/,
    );
  });
});
