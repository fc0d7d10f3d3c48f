/**
 * The CLI knows a claim's dates: `match` and `scan` say where a claim stood at the page's date; `review` lists stale
 * claims.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimUpdate } from '../../../src/evidence/schema';
import { FIXTURE_CLAIMS } from '../core/fixture-claims';
import { runCli, tempFiles } from './run-cli';

const source = {
  url: 'https://example.org/later',
  publisher: 'Example Wire',
  kind: 'news-agency' as const,
  lang: 'en' as const,
  date: '2026-01-30',
  stance: 'disputes' as const,
  summary: 'Reports the plan stalled.',
};
const stalled: ClaimUpdate = {
  date: '2026-01-30',
  status: 'contested',
  summary: { en: 'Reported stalled.', ja: '停滞と報じられた。' },
  sources: [source],
};
const smaller: ClaimUpdate = {
  date: '2026-02-14',
  status: 'overtaken',
  summary: { en: 'Never a commitment; far smaller.', ja: '確約ではなく、はるかに小さい。' },
  sources: [{ ...source, date: '2026-02-14' }],
};

/**
 * The fixture claims with dated updates on the chipmaker claim (listed out of order: the CLI sorts them) and review
 * dates.
 */
function datedClaims(): Claim[] {
  return FIXTURE_CLAIMS.map((c, i) =>
    c.id === 'test.chipmaker-invests'
      ? { ...c, updates: [smaller, stalled], reviewed: '2026-11-20' }
      : i % 2
        ? { ...c, reviewed: '2026-01-05' }
        : c,
  );
}
const files = tempFiles();
const evidence = files.write('dated.json', JSON.stringify(datedClaims()));
const sentence = { text: 'エヌビディアはOpenAIに最大1000億ドルを出資する。', lang: 'ja' };

async function matchOne(input: Record<string, unknown>) {
  const r = await runCli(['match', '--evidence', evidence], `${JSON.stringify(input)}\n`);
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { matches: Record<string, unknown>[] }).matches.find(
    (m) => m.claimId === 'test.chipmaker-invests',
  )!;
}

describe('kensho match: status at the page date and the updates since', () => {
  it('a 2025 page: the claim stood as stated, and both 2026 updates came later (newest first)', async () => {
    const m = await matchOne({ ...sentence, date: '2025-10-01' });
    expect(m.status).toBe('as-stated');
    expect(m.laterUpdates).toEqual([
      { date: '2026-02-14', status: 'overtaken', summary: smaller.summary },
      { date: '2026-01-30', status: 'contested', summary: stalled.summary },
    ]);
  });

  it('without a date: the latest status and every update; the same sentence dated differs only there', async () => {
    const dated = await matchOne({ ...sentence, date: '2025-10-01' });
    const undated = await matchOne(sentence);
    expect(undated.status).toBe('overtaken');
    expect(undated.laterUpdates).toEqual(dated.laterUpdates);
    expect({ ...undated, status: undefined }).toEqual({ ...dated, status: undefined });
  });

  it('a page between the updates sees the first as its status and only the second as later', async () => {
    const m = await matchOne({ ...sentence, date: '2026-02-01' });
    expect(m.status).toBe('contested');
    expect((m.laterUpdates as { date: string }[]).map((u) => u.date)).toEqual(['2026-02-14']);
  });

  it('a claim without updates is as stated with nothing later', async () => {
    const r = await runCli(
      ['match', '--evidence', evidence],
      `${JSON.stringify({ text: 'The Nasdaq fell nearly 80% after the dot-com peak.', lang: 'en' })}\n`,
    );
    const [m] = (JSON.parse(r.out) as { matches: Record<string, unknown>[] }).matches;
    expect(m).toMatchObject({ claimId: 'test.nasdaq', status: 'as-stated', laterUpdates: [] });
  });
});

describe('kensho scan: every annotation carries status and laterUpdates', () => {
  const page = (date: string | null) =>
    files.write(
      `page-${date ?? 'undated'}.html`,
      `<!doctype html><html lang="ja"><head>${date ? `<meta property="article:published_time" content="${date}T09:00:00+09:00">` : ''}</head><body><article><p>${sentence.text}</p></article></body></html>`,
    );

  it('at the page date, and the latest status on a page without one', async () => {
    const dated = JSON.parse((await runCli(['scan', page('2025-10-01'), '--json', '--evidence', evidence])).out);
    const undated = JSON.parse((await runCli(['scan', page(null), '--json', '--evidence', evidence])).out);
    expect(dated.annotations[0]).toMatchObject({ claim: 'test.chipmaker-invests', status: 'as-stated' });
    expect(dated.annotations[0].laterUpdates.map((u: { date: string }) => u.date)).toEqual([
      '2026-02-14',
      '2026-01-30',
    ]);
    expect(undated.annotations[0]).toMatchObject({ status: 'overtaken' });
    const readable = (await runCli(['scan', page('2025-10-01'), '--evidence', evidence])).out;
    expect(readable).toContain('since then, 2026-02-14: overtaken: Never a commitment; far smaller.');
  });
});

describe('kensho review', () => {
  it('lists the claims not reviewed within the given days, never-reviewed first, then oldest', async () => {
    const r = await runCli(['review', '--older-than', '90', '--today', '2026-12-06', '--json', '--evidence', evidence]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { claims: { id: string; reviewed: string | null; daysSince: number | null }[] };
    const claims = datedClaims();
    const never = claims
      .filter((c) => !c.reviewed)
      .map((c) => c.id)
      .sort();
    const old = claims
      .filter((c) => c.reviewed === '2026-01-05')
      .map((c) => c.id)
      .sort();
    expect(out.claims.map((c) => c.id)).toEqual([...never, ...old]);
    expect(out.claims.at(-1)).toMatchObject({ reviewed: '2026-01-05', daysSince: 335 });
    expect(out.claims.map((c) => c.id)).not.toContain('test.chipmaker-invests');
  });

  it('counts whole days: a review exactly the given days old is still fresh', async () => {
    const at = (days: string) =>
      runCli(['review', '--older-than', days, '--today', '2026-12-06', '--json', '--evidence', evidence]);
    const ids = async (days: string) =>
      (JSON.parse((await at(days)).out) as { claims: { id: string }[] }).claims.map((c) => c.id);
    // Reviewed 2026-11-20: 16 days before 2026-12-06.
    expect(await ids('15')).toContain('test.chipmaker-invests');
    expect(await ids('16')).not.toContain('test.chipmaker-invests');
  });

  it('prints a readable list, and refuses a missing or bad --older-than with exit 2', async () => {
    const r = await runCli(['review', '--older-than=90', '--today', '2026-12-06', '--evidence', evidence]);
    expect(r.out).toMatch(/test\.circular\s+\[nvidia-openai-circular\]\s+reviewed 2026-01-05 \(335 days ago\)/);
    expect(r.out).toMatch(/claims? not reviewed in the 90 days before 2026-12-06/);
    for (const args of [
      [],
      ['--older-than', 'soon'],
      ['--older-than', '-3'],
      ['--older-than', '9', '--today', '06/12/2026'],
      ['--older-than', '9', 'extra'],
    ]) {
      const bad = await runCli(['review', ...args, '--evidence', evidence]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.err).toMatch(/^kensho review: /);
    }
  });
});

describe('kensho match on the bundled evidence: the $100B plan, dated and undated', () => {
  const plan = async (input: Record<string, unknown>) => {
    const r = await runCli(['match'], `${JSON.stringify(input)}\n`);
    expect(r.code).toBe(0);
    return (
      JSON.parse(r.out) as { matches: { claimId: string; status: string; laterUpdates: { date: string }[] }[] }
    ).matches.find((m) => m.claimId === 'nvidia.openai-100b')!;
  };
  const text = 'Nvidia plans to invest up to $100 billion in OpenAI as the first gigawatt of systems comes online.';

  it('as stated on 2025-10-01 with the 2026 updates still to come; without a date, the latest status and the same updates', async () => {
    const dated = await plan({ text, lang: 'en', date: '2025-10-01' });
    const undated = await plan({ text, lang: 'en' });
    expect(dated.status).toBe('as-stated');
    expect(dated.laterUpdates.length).toBeGreaterThan(0);
    expect(dated.laterUpdates.some((u) => u.date.startsWith('2026'))).toBe(true);
    expect(undated.status).not.toBe('as-stated');
    expect(undated.laterUpdates).toEqual(dated.laterUpdates);
  });
});
