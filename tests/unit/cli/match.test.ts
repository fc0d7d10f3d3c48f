import { describe, expect, it } from 'vitest';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { runCli, tempFiles } from './run-cli';

const { evidence } = tempFiles();

describe('kensho match', () => {
  it('writes exactly one JSON line per input line, in order', async () => {
    const input = [
      JSON.stringify({ text: 'Nvidia plans to invest $50 billion in OpenAI.', lang: 'en' }),
      JSON.stringify({ text: '明日は晴れるでしょう。' }),
      JSON.stringify({ text: 'エヌビディアはOpenAIに最大1000億ドルを出資する。', lang: 'ja' }),
    ].join('\n');
    const r = await runCli(['match', '--evidence', evidence], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].matches[0]).toEqual({
      claimId: 'test.chipmaker-invests',
      topic: 'nvidia-openai-circular',
      score: expect.any(Number),
      stance: 'disputes',
      terms: expect.arrayContaining(['NVIDIA', 'OpenAI']),
      figures: [{ text: '$50 billion', value: 5e10, unit: 'USD', verdict: 'differs', expected: 1e11 }],
      status: 'as-stated',
      laterUpdates: [],
    });
    expect(lines[1]).toEqual({ matches: [] });
    expect(lines[2].matches[0].figures[0]).toMatchObject({ verdict: 'consistent' });
  });

  it('answers a malformed line with an error on its own line, carries on, and exits 1', async () => {
    const input = [
      '{"text": "Nvidia invests $100 billion in OpenAI"}',
      'not json',
      '{"lang": "en"}',
      '{"text": "x", "lang": "fr"}',
      '',
      '{"text": "ok"}',
    ].join('\n');
    const r = await runCli(['match', '--evidence', evidence], input);
    expect(r.code).toBe(1);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0].matches.length).toBeGreaterThan(0);
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].error).toMatch(/"text" must be a string/);
    expect(lines[3].error).toMatch(/"lang"/);
    expect(lines[4].error).toMatch(/empty line/);
    expect(lines[5]).toEqual({ matches: [] });
  });

  it('leaves out claims about events after the page date given on a line, and rejects a date it cannot read', async () => {
    const dated = tempFiles().write(
      'dated.json',
      JSON.stringify(
        FIXTURE_CLAIMS.map((c) => (c.id === 'test.chipmaker-invests' ? { ...c, since: '2025-09-22' } : c)),
      ),
    );
    const text = 'Nvidia will invest up to $100 billion in OpenAI.';
    const input = [
      { text },
      { text, date: '2025-10' },
      { text, date: '2023-04-01' },
      { text, date: '2025-02-30' },
      { text, date: 20251001 },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = await runCli(['match', '--evidence', dated], `${input}\n`);
    expect(r.code).toBe(1);
    const ids = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((l) => l.error ?? l.matches.map((m: { claimId: string }) => m.claimId));
    expect(ids[0]).toContain('test.chipmaker-invests');
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).not.toContain('test.chipmaker-invests');
    expect(ids[3]).toMatch(/"date" must be a date like "2025-10-14"/);
    expect(ids[4]).toMatch(/"date" must be a date/);
  });

  it("reads a topic file's shared vocabulary as its claims' own, and names a malformed one", async () => {
    const claim = FIXTURE_CLAIMS.find((c) => c.id === 'test.chipmaker-invests')!;
    const text = 'Nvidia will invest up to $100 billion in OpenAI.';
    const bare = { ...claim, entities: { en: [], ja: [] }, terms: { en: [], ja: [] } };
    const files = tempFiles();
    const idsFrom = async (file: unknown) => {
      const r = await runCli(
        ['match', '--evidence', files.write('topic.json', JSON.stringify(file))],
        `${JSON.stringify({ text })}\n`,
      );
      return {
        code: r.code,
        err: r.err,
        ids: r.code ? [] : JSON.parse(r.out).matches.map((m: { claimId: string }) => m.claimId),
      };
    };
    const vocabulary = { entities: claim.entities, terms: claim.terms };
    expect((await idsFrom({ topic: claim.topic, claims: [bare] })).ids).toEqual([]);
    expect((await idsFrom({ topic: claim.topic, vocabulary, claims: [bare] })).ids).toContain(claim.id);
    expect(
      (await idsFrom({ topic: claim.topic, vocabulary, claims: [{ ...bare, topicVocabulary: false }] })).ids,
    ).toEqual([]);
    const bad = await idsFrom({ topic: claim.topic, vocabulary: { terms: claim.terms }, claims: [bare] });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/invalid topic vocabulary or term groups \(vocabulary\.entities: /);
  });

  it("reads a topic file's term groups into its claims' requirements, and names an undefined one", async () => {
    const claim = FIXTURE_CLAIMS.find((c) => c.id === 'test.chipmaker-invests')!;
    const files = tempFiles();
    const run = async (file: unknown, text: string) => {
      const r = await runCli(
        ['match', '--evidence', files.write('groups.json', JSON.stringify(file))],
        `${JSON.stringify({ text })}\n`,
      );
      return {
        code: r.code,
        err: r.err,
        ids: r.code ? [] : JSON.parse(r.out).matches.map((m: { claimId: string }) => m.claimId),
      };
    };
    // The group demands a word the sentence lacks: the requirement, read from the group, keeps the claim out.
    const file = {
      topic: claim.topic,
      termGroups: { rounds: { en: ['funding round'], ja: ['資金調達ラウンド'] } },
      claims: [{ ...claim, requires: { events: ['rounds'] } }],
    };
    const text = 'Nvidia will invest up to $100 billion in OpenAI.';
    expect((await run({ ...file, claims: [claim] }, text)).ids).toContain(claim.id);
    expect((await run(file, text)).ids).toEqual([]);
    expect((await run(file, `${text.slice(0, -1)} in its funding round.`)).ids).toContain(claim.id);
    const undefinedGroup = await run({ ...file, termGroups: {} }, text);
    expect(undefinedGroup.code).toBe(2);
    expect(undefinedGroup.err).toMatch(/requires term group "rounds", which its topic file does not define/);
  });

  it('rejects unknown options and a bad evidence file with a clear message', async () => {
    const a = await runCli(['match', '--bogus']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/unknown option "--bogus"/);
    const b = await runCli(['match', '--evidence', '/nonexistent/claims.json']);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/cannot read evidence file ".*": no such file/);
    const c = await runCli(['match', '--strictness', 'extreme']);
    expect(c.err).toMatch(/--strictness must be one of loose, balanced, strict/);
  });
});

describe('kensho lookup', () => {
  it('prints claims with their sources, or JSON', async () => {
    const r = await runCli(['lookup', 'circular financing Nvidia', '--evidence', evidence, '--limit', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/test\.circular/);
    expect(r.out).toMatch(/Example Wire/);
    const j = await runCli(['lookup', 'circular financing', '--json', '--evidence', evidence]);
    const parsed = JSON.parse(j.out);
    expect(parsed.results[0].claim.id).toBe('test.circular');
  });

  it('asks for text when none is given', async () => {
    const r = await runCli(['lookup', '--evidence', evidence]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/give the text to look up/);
  });
});
